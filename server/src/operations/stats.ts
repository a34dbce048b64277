// stats: counts of nodes and relationships, by label and by type. A scan per label: fine at this graph's size.
import { StatsSchema, type Stats } from '../../../model/index.ts';
import { toNumber } from '../../../model/storage/index.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';

export const stats = defineOperation({
  summary: 'Counts by label and type',
  output: StatsSchema,
  run: ({ db }) => countGraph(db),
});

/** Also printed by `npm run seed` after a load. */
export async function countGraph(db: Db): Promise<Stats> {
    const res = await db.read(`
      CALL () { MATCH (n) RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
      CALL () { CALL db.labels() YIELD label
                CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS c }
                RETURN collect([label, c]) AS labels }
      CALL () { CALL db.relationshipTypes() YIELD relationshipType AS t
                CALL (t) { MATCH ()-[r]->() WHERE type(r) = t RETURN count(r) AS c }
                RETURN collect([t, c]) AS types }
      RETURN nodes, relationships, labels, types`);
    const rec = res.records[0];
    const pairs = (key: string) => Object.fromEntries((rec.get(key) as [string, unknown][]).map(([k, c]) => [k, toNumber(c)]).filter(([, c]) => (c as number) > 0));
  return { nodes: toNumber(rec.get('nodes')), relationships: toNumber(rec.get('relationships')), labels: pairs('labels'), relationshipTypes: pairs('types') };
}
