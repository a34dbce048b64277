// stats: counts of nodes and relationships, by label and by type, from Neo4j's count store: a count
// per label or type written as a literal pattern (`MATCH (n:Area)`) is read in O(1), at any size.
import type { ManagedTransaction } from 'neo4j-driver';
import { StatsSchema, type Stats } from '../../../model/index.ts';
import { toNumber } from '../../../model/storage/index.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';

export const stats = defineOperation({
  summary: 'Counts by label and type',
  output: StatsSchema,
  run: ({ db }) => countGraph(db),
});

/** A label or type as a Cypher identifier (they come from the database, never from a request). */
export const quoted = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** Every label and relationship type with its count, from the count store (two small statements). */
export async function countStore(tx: ManagedTransaction): Promise<{ labels: Map<string, number>; types: Map<string, number> }> {
  const tokens = await tx.run(
    `CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
     CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
     RETURN labels, types`,
  );
  const labels: string[] = tokens.records[0].get('labels');
  const types: string[] = tokens.records[0].get('types');
  const parts = [
    // the count alone in its WITH: with the name beside it the planner groups, and scans
    ...labels.map((l) => `MATCH (n:${quoted(l)}) WITH count(n) AS c RETURN 'label' AS kind, ${JSON.stringify(l)} AS name, c`),
    ...types.map((t) => `MATCH ()-[r:${quoted(t)}]->() WITH count(r) AS c RETURN 'type' AS kind, ${JSON.stringify(t)} AS name, c`),
  ];
  const out = { labels: new Map<string, number>(), types: new Map<string, number>() };
  if (!parts.length) return out;
  const counts = await tx.run(parts.join('\nUNION ALL\n'));
  for (const r of counts.records) (r.get('kind') === 'label' ? out.labels : out.types).set(r.get('name'), toNumber(r.get('c')));
  return out;
}

/** Also printed by `npm run seed` after a load. */
export async function countGraph(db: Db): Promise<Stats> {
  return db.readTx(async (tx) => {
    const totals = await tx.run('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
    const { labels, types } = await countStore(tx);
    const positive = (m: Map<string, number>) => Object.fromEntries([...m].filter(([, c]) => c > 0));
    const rec = totals.records[0];
    return { nodes: toNumber(rec.get('nodes')), relationships: toNumber(rec.get('relationships')), labels: positive(labels), relationshipTypes: positive(types) };
  });
}
