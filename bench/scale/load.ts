// The bench's bulk path: the synthetic graph into a fresh Neo4j, in many small write transactions of
// batched UNWIND (one transaction per batch: a million-entity load is not one transaction's memory).
// The next batch is generated while the previous one is in flight, so the generator's pinyin and JSON
// work overlaps Neo4j's writes. The constraints exist before the facts (their endpoints are matched by
// id); the other indexes are built at the end, over the finished store, and timed apart.
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABELS, RELATION_TYPE_NAMES } from '../../model/index.ts';
import { articleRecord, ensureSchema } from '../../model/storage/index.ts';
import type { FactRow, SyntheticGraph } from './generate.ts';

export const ENTITY_BATCH = 2000;
export const FACT_BATCH = 5000;

export interface LoadReport {
  /** the bulk path */
  via: string;
  entities: number;
  facts: number;
  mentions: number;
  entitySeconds: number;
  factSeconds: number;
  indexSeconds: number;
  factsPerSecond: number;
}

async function write(driver: Driver, statements: Array<[string, Record<string, unknown>]>) {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      for (const [cypher, params] of statements) await tx.run(cypher, params);
    });
  } finally {
    await session.close();
  }
}

/** Labels and types come from the vocabulary (never from input), so they are spliced into the text. */
const entityStatement = (label: string) => `UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row.props`;
const mentionStatement = `UNWIND $rows AS row MATCH (e:Entity {id: row.entity}) MATCH (a:Article {id: row.article})
  CREATE (e)-[:MENTIONED_IN {starts: row.starts, ends: row.ends, count: row.count}]->(a)`;
const factStatement = (type: string) => `UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target})
  CREATE (s)-[r:${type}]->(t) SET r = row.props`;

/** The id constraints (ensureSchema makes them too, with the other indexes): facts find their ends by id. */
export async function createConstraints(driver: Driver) {
  const session = driver.session();
  try {
    await session.run('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
    await session.run('CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE');
  } finally {
    await session.close();
  }
}

export async function bulkLoad(driver: Driver, graph: SyntheticGraph, say: (msg: string) => void): Promise<LoadReport> {
  await createConstraints(driver);
  await write(driver, [['UNWIND $rows AS row CREATE (a:Article) SET a = row', { rows: graph.articles.map((a) => articleRecord({ ...a })) }]]);

  const n = graph.plan.entities;
  let mentions = 0;
  let t0 = performance.now();
  let pending: Promise<void> = Promise.resolve();
  for (let from = 0; from < n; from += ENTITY_BATCH) {
    const rows = Array.from({ length: Math.min(ENTITY_BATCH, n - from) }, (_, k) => graph.entity(from + k));
    const statements: Array<[string, Record<string, unknown>]> = [];
    for (const label of ENTITY_LABELS) {
      const ofLabel = rows.filter((r) => r.label === label);
      if (ofLabel.length) statements.push([entityStatement(label), { rows: ofLabel.map((r) => ({ props: r.props })) }]);
    }
    const links = rows.flatMap((r) => r.mentions.map((m) => ({ entity: r.props.id, ...m })));
    mentions += links.length;
    statements.push([mentionStatement, { rows: links }]);
    await pending;
    pending = write(driver, statements);
    if ((from / ENTITY_BATCH) % 50 === 0) say(`  entities ${from.toLocaleString('en')} / ${n.toLocaleString('en')}`);
  }
  await pending;
  const entitySeconds = (performance.now() - t0) / 1000;
  say(`  ${n.toLocaleString('en')} entities and ${mentions.toLocaleString('en')} mention links in ${entitySeconds.toFixed(0)} s`);

  t0 = performance.now();
  let facts = 0;
  let batches = 0;
  for (const batch of graph.facts(FACT_BATCH)) {
    const byType = new Map<string, FactRow[]>();
    for (const f of batch) byType.set(f.type, [...(byType.get(f.type) ?? []), f]);
    const statements: Array<[string, Record<string, unknown>]> = RELATION_TYPE_NAMES.filter((t) => byType.has(t)).map((t) => [
      factStatement(t),
      { rows: byType.get(t)!.map((f) => ({ source: f.source, target: f.target, props: f.props })) },
    ]);
    facts += batch.length;
    await pending;
    pending = write(driver, statements);
    if (++batches % 40 === 0) say(`  facts ${facts.toLocaleString('en')} (${(facts / ((performance.now() - t0) / 1000)).toFixed(0)}/s)`);
  }
  await pending;
  const factSeconds = (performance.now() - t0) / 1000;
  say(`  ${facts.toLocaleString('en')} facts in ${factSeconds.toFixed(0)} s (${(facts / factSeconds).toFixed(0)} facts/s)`);

  t0 = performance.now();
  await ensureSchema(driver);
  const session2 = driver.session();
  try {
    // ensureSchema waits 60 s; a big store's full-text index takes longer to populate
    await session2.run('CALL db.awaitIndexes(3600)');
  } finally {
    await session2.close();
  }
  const indexSeconds = (performance.now() - t0) / 1000;
  say(`  indexes built in ${indexSeconds.toFixed(0)} s`);
  return { via: 'batched UNWIND over Bolt, one transaction per batch', entities: n, facts, mentions, entitySeconds, factSeconds, indexSeconds, factsPerSecond: facts / factSeconds };
}
