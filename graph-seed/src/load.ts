// Writes a compiled SeedGraph into Neo4j: schema first (idempotent), then every node and relationship
// with MERGE in batched UNWIND statements inside ONE write transaction, so a failure leaves the
// database exactly as it was. Curated items no longer in the files are removed; proposed ones stay.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { refreshCanvas } from '../../server/src/store/canvas.ts';
import { evidenceArrays } from '../../server/src/store/evidence.ts';
import type { Evidence, SeedEntity, SeedGraph, SeedRelation } from './model.ts';
import { searchProps } from './pinyin.ts';
import { ENTITY_LABELS, RELATION_TYPE_NAMES } from './vocabulary.ts';

export const BATCH_SIZE = 250;

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'CREATE INDEX entity_pinyin IF NOT EXISTS FOR (n:Entity) ON (n.pinyin)',
  'CREATE INDEX entity_initials IF NOT EXISTS FOR (n:Entity) ON (n.pinyin_initials)',
  'CREATE INDEX entity_status IF NOT EXISTS FOR (n:Entity) ON (n.status)',
  'CREATE INDEX entity_first_reported IF NOT EXISTS FOR (n:Entity) ON (n.first_reported)',
  'CREATE INDEX article_year IF NOT EXISTS FOR (n:Article) ON (n.year)',
  "CREATE FULLTEXT INDEX entity_fulltext IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.alias_text, n.en, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
];

export interface LoadOptions {
  database?: string;
  /** wipe the whole database first (same transaction) */
  reset?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface LoadCounts {
  articles: number;
  entities: number;
  relations: number;
  mentions: number;
}

const int = (v: bigint | number | undefined) => (v === undefined ? null : typeof v === 'bigint' ? neo4j.int(v.toString()) : v);

function evidenceProps(evidence: Evidence[]) {
  const years = evidence.map((e) => e.year);
  return {
    ...evidenceArrays(evidence),
    articles: [...new Set(evidence.map((e) => e.article))].sort(),
    first_reported: Math.min(...years),
    last_reported: Math.max(...years),
  };
}

function entityProps(e: SeedEntity): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: e.id,
    name: e.name,
    type: e.label,
    aliases: e.aliases,
    en: e.en ?? null,
    description: e.description ?? null,
    ...searchProps(e.name, e.aliases, e.en),
    status: 'curated',
    mention_count: [...e.mentions.values()].reduce((n, s) => n + s.length, 0),
    figures: JSON.stringify(e.figures, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)),
    figure_kinds: e.figures.map((f) => f.kind),
    figure_texts: e.figures.map((f) => f.text),
    ...evidenceProps(e.evidence),
  };
  // Scalar shortcuts for Cypher users (`n.investment_yuan`), only where a kind is unambiguous.
  for (const f of e.figures) {
    if (e.figures.filter((g) => g.kind === f.kind).length !== 1) continue;
    const kind = f.kind;
    props[`${kind}_text`] = f.text;
    props[`${kind}_${f.unit}`] = int(f.value);
    if (f.year) props[`${kind}_year`] = f.year;
  }
  return props;
}

function relationProps(r: SeedRelation): Record<string, unknown> {
  return {
    id: r.id,
    status: 'curated',
    amount_text: r.amountText ?? null,
    amount_yuan: int(r.amountYuan),
    role: r.role ?? null,
    year: r.year ?? null,
    ...evidenceProps(r.evidence),
  };
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}

export async function loadSeed(driver: Driver, graph: SeedGraph, options: LoadOptions = {}): Promise<LoadCounts> {
  await ensureSchema(driver, options.database);
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const mentionRows = graph.entities.flatMap((e) =>
    [...e.mentions].map(([file, spans]) => ({
      entity: e.id,
      article: file.replace(/\.txt$/, ''),
      starts: spans.map((s) => s.start),
      ends: spans.map((s) => s.end),
      count: spans.length,
    })),
  );

  // Each step is one parameterised statement over a batch. Labels and types come from the
  // vocabulary enum (never from user input), which is why they may be spliced into the text.
  type Step = (tx: ManagedTransaction) => Promise<unknown>;
  const steps: Step[] = [];
  if (options.reset) steps.push((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  for (const rows of batches(graph.articles.map(({ text, ...a }) => ({ ...a, text, length: text.length }))))
    steps.push((tx) => tx.run('UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row', { rows }));
  for (const label of ENTITY_LABELS) {
    const rows = graph.entities.filter((e) => e.label === label).map(entityProps);
    const otherLabels = ENTITY_LABELS.filter((l) => l !== label).map((l) => `n:${l}`).join(' OR ');
    for (const batch of batches(rows))
      steps.push((tx) =>
        tx.run(
          `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row, n:${label}
           WITH n WHERE ${otherLabels} REMOVE n:${ENTITY_LABELS.filter((l) => l !== label).join(':')}`,
          { rows: batch },
        ),
      );
  }
  for (const type of RELATION_TYPE_NAMES) {
    const rows = graph.relations.filter((r) => r.type === type).map((r) => ({ source: r.source, target: r.target, props: relationProps(r) }));
    for (const batch of batches(rows))
      steps.push((tx) =>
        tx.run(
          `UNWIND $rows AS row MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
           MERGE (s)-[r:${type} {id: row.props.id}]->(t) SET r = row.props`,
          { rows: batch },
        ),
      );
  }
  for (const batch of batches(mentionRows))
    steps.push((tx) =>
      tx.run(
        `UNWIND $rows AS row MATCH (e:Entity {id: row.entity}), (a:Article {id: row.article})
         MERGE (e)-[m:MENTIONED_IN]->(a) SET m.starts = row.starts, m.ends = row.ends, m.count = row.count`,
        { rows: batch },
      ),
    );
  // Make the database equal to the files for curated data.
  steps.push((tx) =>
    tx.run(`MATCH (n:Entity {status: 'curated'}) WHERE NOT n.id IN $ids DETACH DELETE n`, { ids: [...byId.keys()] }),
  );
  steps.push((tx) =>
    tx.run(`MATCH ()-[r {status: 'curated'}]->() WHERE NOT r.id IN $ids DELETE r`, { ids: graph.relations.map((r) => r.id) }),
  );
  steps.push((tx) =>
    tx.run(
      `MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article) WHERE e.status = 'curated' AND NOT (e.id + '|' + a.id) IN $keys DELETE m`,
      { keys: mentionRows.map((m) => `${m.entity}|${m.article}`) },
    ),
  );
  // the explorer reads each element's canvas values from one property (server/src/store/canvas.ts)
  steps.push(refreshCanvas);

  const session = driver.session({ database: options.database });
  try {
    await session.executeWrite(async (tx) => {
      for (let i = 0; i < steps.length; i++) {
        await steps[i](tx);
        options.onProgress?.(i + 1, steps.length);
      }
    });
  } finally {
    await session.close();
  }
  return { articles: graph.articles.length, entities: graph.entities.length, relations: graph.relations.length, mentions: mentionRows.length };
}
