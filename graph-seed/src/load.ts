// Writes a compiled SeedGraph into Neo4j: schema first (idempotent), then every node and relationship
// with MERGE in batched UNWIND statements inside ONE write transaction, so a failure leaves the
// database exactly as it was. Curated items no longer in the files are removed; proposed ones and
// their mention links stay. The property maps come from the one storage writer (model/storage).
// Drafts and their reviews (model/storage/drafts.ts) are never deleted, not even by --reset: after
// the files, each draft's graph is written again, so reviewed entities, facts, aliases and evidence
// come back exactly as the reviewer left them, and rejections stay remembered.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, RELATION_TYPE_NAMES } from '../../model/index.ts';
import { articleRecord, ensureSchema, entityRecord, relationRecord, writeFigures } from '../../model/storage/index.ts';
import { DRAFT_LABEL, writeAllDraftGraphs } from '../../model/storage/drafts.ts';
import { SCENE_LABEL } from '../../model/scene.ts';
import { figureToStore } from './figures.ts';
import type { SeedEntity, SeedGraph, SeedRelation } from './model.ts';

export const BATCH_SIZE = 250;

export interface LoadOptions {
  database?: string;
  /** wipe the database first (same transaction), except the drafts and their reviews, which are written again after the files */
  reset?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface LoadCounts {
  articles: number;
  /** drafts whose graph (reviewed and still proposed items) was written again after the files */
  drafts: number;
  entities: number;
  relations: number;
  mentions: number;
}

const entityProps = (e: SeedEntity) =>
  entityRecord({ ...e, status: 'curated', mentionCount: [...e.mentions.values()].reduce((n, s) => n + s.length, 0) });

const relationProps = (r: SeedRelation) => relationRecord({ ...r, status: 'curated' });

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
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
  // drafts and saved scenes are the users' work, not derived from the files: a reset keeps them
  if (options.reset) steps.push((tx) => tx.run(`MATCH (n) WHERE NOT n:${DRAFT_LABEL} AND NOT n:${SCENE_LABEL} DETACH DELETE n`));
  for (const rows of batches(graph.articles.map(articleRecord)))
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
      // only curated links: a curated entity's mentions in an ingested article (status 'proposed') stay
      `MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article) WHERE e.status = 'curated' AND coalesce(m.status, 'curated') = 'curated'
         AND NOT (e.id + '|' + a.id) IN $keys DELETE m`,
      { keys: mentionRows.map((m) => `${m.entity}|${m.article}`) },
    ),
  );
  // each entity's figures become exactly the files' (Figure nodes, model/storage/figures.ts); after the
  // removals above, so the figures of an entity the files dropped go with it
  steps.push((tx) => writeFigures(tx, graph.entities.map((e) => ({ id: e.id, status: 'curated', figures: e.figures }))));
  let drafts = 0;
  steps.push(async (tx) => {
    drafts = await writeAllDraftGraphs(tx, figureToStore);
  });

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
  return { articles: graph.articles.length, drafts, entities: graph.entities.length, relations: graph.relations.length, mentions: mentionRows.length };
}
