// schema: labels and relationship types with counts, endpoint labels and property keys; feeds the
// legend, the filters and Cypher autocompletion. Meanings come from the vocabulary.
import { GraphSchemaSchema, MENTION_TYPE, RELATION_TYPES, type GraphSchema } from '../../../model/index.ts';
import { isPublicProperty, toNumber } from '../../../model/storage/index.ts';
import neo4j from 'neo4j-driver';
import type { Db } from '../store/db.ts';
import { countStore, quoted } from './stats.ts';
import { defineOperation } from './operation.ts';

export const SCHEMA_TIMEOUT_MS = 15_000;

export const schema = defineOperation({
  summary: 'Labels, relationship types, property keys (internal properties left out)',
  output: GraphSchemaSchema,
  // ~30 small statements, each planned on its first call: a cold, loaded machine took over 5 s for
  // that once (the start-up warm-up usually pays it); later calls run from Neo4j's plan cache
  timeoutMs: SCHEMA_TIMEOUT_MS,
  run: ({ db }) => run(db),
});


const visible = (keys: string[]) => keys.filter(isPublicProperty).sort();

/** Elements read per label and per type for their property keys and endpoints (the counts are exact). */
export const SCHEMA_SAMPLE = 200;
/** Elements whose property keys are read (all of a label's elements carry the same keys from the writer). */
export const KEY_SAMPLE = 10;

// At 1M entities, collecting every element's keys took 25 s at 100k and ran out of memory at 1M. Counts
// now come from the count store (stats.ts); property keys and endpoint label pairs from the first
// KEY_SAMPLE elements of each label and type and the first SCHEMA_SAMPLE facts of each type (the writer gives every element of a label the same
// keys). An endpoint pair's count is exact when its type has no more facts than the sample, scaled from
// the sample otherwise, so the pairs' counts always add up to the type's count.
async function run(db: Db): Promise<GraphSchema> {
  return db.readTx(async (tx) => {
    const { labels: labelCounts, types: typeCounts } = await countStore(tx);
    const labelList = [...labelCounts].filter(([, c]) => c > 0).map(([l]) => l).sort();
    const typeList = [...typeCounts].filter(([, c]) => c > 0).map(([t]) => t).sort();
    // one small statement per label and type (a UNION of all of them planned for seconds)
    const params = { sample: neo4j.int(SCHEMA_SAMPLE), keySample: neo4j.int(KEY_SAMPLE) };
    const byName = new Map<string, { props: string[]; pairs: Array<{ from: string | null; to: string | null; count: unknown }> }>();
    for (const l of labelList) {
      const res = await tx.run(`MATCH (n:${quoted(l)}) WITH n LIMIT $keySample UNWIND keys(n) AS k RETURN collect(DISTINCT k) AS props`, params);
      byName.set(`label:${l}`, { props: res.records[0]?.get('props') ?? [], pairs: [] });
    }
    for (const t of typeList) {
      const res = await tx.run(
        `MATCH (a)-[r:${quoted(t)}]->(b) WITH a, r, b LIMIT $sample
         WITH collect({from: [l IN labels(a) WHERE l <> 'Entity'][0], to: [l IN labels(b) WHERE l <> 'Entity'][0], r: r}) AS rows
         CALL (rows) { UNWIND rows AS x WITH x.from AS from, x.to AS to, count(*) AS c RETURN collect({from: from, to: to, count: c}) AS pairs }
         CALL (rows) { UNWIND rows[0..$keySample] AS x UNWIND keys(x.r) AS k RETURN collect(DISTINCT k) AS props }
         RETURN props, pairs`,
        params,
      );
      byName.set(`type:${t}`, { props: res.records[0]?.get('props') ?? [], pairs: res.records[0]?.get('pairs') ?? [] });
    }
    const keys = await tx.run('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey');
    return {
      labels: labelList.map((label) => ({ label, count: labelCounts.get(label)!, properties: visible([...new Set<string>(byName.get(`label:${label}`)?.props ?? [])]) })),
      relationshipTypes: typeList.map((type) => {
        const rec = byName.get(`type:${type}`);
        const count = typeCounts.get(type)!;
        const pairs = rec?.pairs ?? [];
        const seen = pairs.reduce((sum, p) => sum + toNumber(p.count), 0);
        const scale = seen > 0 && count > seen ? count / seen : 1;
        return {
          type,
          count,
          meaning: (RELATION_TYPES as Record<string, { meaning: string }>)[type]?.meaning ?? (type === MENTION_TYPE ? 'the entity is named in the article (spans on the relationship)' : null),
          endpoints: pairs
            .map((p) => ({ from: String(p.from), to: String(p.to), count: Math.round(toNumber(p.count) * scale) }))
            .sort((x, y) => y.count - x.count),
          properties: visible([...new Set<string>(rec?.props ?? [])]),
        };
      }),
      propertyKeys: visible(keys.records.map((r) => r.get('propertyKey'))),
    };
  }, SCHEMA_TIMEOUT_MS);
}
