// schema: labels and relationship types with counts, endpoint labels and property keys; feeds the
// legend, the filters and Cypher autocompletion. Meanings come from the vocabulary.
import { GraphSchemaSchema, MENTION_TYPE, RELATION_TYPES, type GraphSchema } from '../../../model/index.ts';
import { isPublicProperty, toNumber } from '../../../model/storage/index.ts';
import neo4j from 'neo4j-driver';
import type { Db } from '../store/db.ts';
import { quoted } from './stats.ts';
import { defineOperation } from './operation.ts';

export const SCHEMA_TIMEOUT_MS = 15_000;

export const schema = defineOperation({
  summary: 'Labels, relationship types, property keys (internal properties left out)',
  output: GraphSchemaSchema,
  // one statement of ~60 subqueries, planned on its first call: a cold, loaded machine may take
  // seconds for that once (the start-up warm-up usually pays it); later calls run from Neo4j's plan cache
  timeoutMs: SCHEMA_TIMEOUT_MS,
  run: ({ db }) => run(db),
});


const visible = (keys: string[]) => keys.filter(isPublicProperty).sort();

/** Facts read per type for its endpoint pairs, scaled to the type's exact count (200 were 10k of 13k db hits at 1M). */
export const SCHEMA_SAMPLE = 20;
/** Elements whose property keys are read (all of a label's elements carry the same keys from the writer). */
export const KEY_SAMPLE = 2;

const TOKENS = `CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
  CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
  CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys }
  RETURN labels, types, keys`;

/**
 * Everything else in one statement, a subquery per label and per type (labels and types are literals:
 * a dynamic one scans every node): counts from the count store (the count alone in its subquery, or the
 * planner groups and scans), property keys from the first KEY_SAMPLE elements (the writer gives every
 * element of a label the same keys), endpoint label pairs from the first SCHEMA_SAMPLE facts of a type.
 * It was ~30 statements, one round trip each; its plan is cached per graph's tokens. Endpoint counts per
 * start and per end label from the count store (a UNION of ~330 reads at 1M) cost fewer hits but twice the time.
 */
function statement(labels: string[], types: string[]) {
  const parts = [
    ...labels.flatMap((l, i) => [
      `CALL () { MATCH (n:${quoted(l)}) RETURN count(n) AS lc${i} }`,
      `CALL () { MATCH (n:${quoted(l)}) WITH n LIMIT $keySample RETURN collect(keys(n)) AS lk${i} }`,
    ]),
    ...types.flatMap((t, i) => [
      `CALL () { MATCH ()-[r:${quoted(t)}]->() RETURN count(r) AS tc${i} }`,
      `CALL () { MATCH (a)-[r:${quoted(t)}]->(b) WITH a, r, b LIMIT $sample
         RETURN collect([[l IN labels(a) WHERE l <> 'Entity'][0], [l IN labels(b) WHERE l <> 'Entity'][0]]) AS te${i},
                [x IN collect(r)[0..$keySample] | keys(x)] AS tk${i} }`,
    ]),
  ];
  const list = (prefix: string, n: number) => `[${Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(', ')}]`;
  return `${parts.join('\n')}
    RETURN ${list('lc', labels.length)} AS lc, ${list('lk', labels.length)} AS lk, ${list('tc', types.length)} AS tc, ${list('te', types.length)} AS te, ${list('tk', types.length)} AS tk`;
}

async function run(db: Db): Promise<GraphSchema> {
  return db.readTx(async (tx) => {
    const tokens = (await tx.run(TOKENS)).records[0];
    const labels: string[] = [...tokens.get('labels')].sort();
    const types: string[] = [...tokens.get('types')].sort();
    const rec = (await tx.run(statement(labels, types), { sample: neo4j.int(SCHEMA_SAMPLE), keySample: neo4j.int(KEY_SAMPLE) })).records[0];
    const keysOf = (lists: string[][]) => visible([...new Set(lists.flat())]);
    const labelCounts: unknown[] = rec.get('lc');
    const typeCounts: unknown[] = rec.get('tc');
    return {
      labels: labels
        .map((label, i) => ({ label, count: toNumber(labelCounts[i]), properties: keysOf(rec.get('lk')[i]) }))
        .filter((l) => l.count > 0),
      relationshipTypes: types
        .map((type, i) => {
          const count = toNumber(typeCounts[i]);
          // an endpoint pair's count is exact when the type has no more facts than the sample, scaled
          // from the sample otherwise, so the pairs' counts always add up to the type's count
          const pairs = new Map<string, { from: string; to: string; seen: number }>();
          for (const [from, to] of rec.get('te')[i] as Array<[string | null, string | null]>) {
            const key = `${from}\u0000${to}`;
            const p = pairs.get(key) ?? pairs.set(key, { from: String(from), to: String(to), seen: 0 }).get(key)!;
            p.seen++;
          }
          const seen = [...pairs.values()].reduce((sum, p) => sum + p.seen, 0);
          const scale = seen > 0 && count > seen ? count / seen : 1;
          return {
            type,
            count,
            meaning: (RELATION_TYPES as Record<string, { meaning: string }>)[type]?.meaning ?? (type === MENTION_TYPE ? 'the entity is named in the article (spans on the relationship)' : null),
            endpoints: [...pairs.values()].map((p) => ({ from: p.from, to: p.to, count: Math.round(p.seen * scale) })).sort((x, y) => y.count - x.count),
            properties: keysOf(rec.get('tk')[i]),
          };
        })
        .filter((t) => t.count > 0),
      propertyKeys: visible([...tokens.get('keys')]),
    };
  }, SCHEMA_TIMEOUT_MS);
}
