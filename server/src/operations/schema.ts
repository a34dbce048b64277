// schema: labels and relationship types with counts, endpoint labels and property keys; feeds the
// legend, the filters and Cypher autocompletion. Meanings come from the vocabulary.
import { GraphSchemaSchema, MENTION_TYPE, RELATION_TYPES, type GraphSchema } from '../../../model/index.ts';
import { isPublicProperty, toNumber } from '../../../model/storage/index.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';

export const schema = defineOperation({
  summary: 'Labels, relationship types, property keys (internal properties left out)',
  output: GraphSchemaSchema,
  run: ({ db }) => run(db),
});

const visible = (keys: string[]) => keys.filter(isPublicProperty).sort();

async function run(db: Db): Promise<GraphSchema> {
  return db.readTx(async (tx) => {
    const labels = await tx.run(
      `MATCH (n) UNWIND labels(n) AS label
       WITH label, count(*) AS count, collect(keys(n)) AS keyLists
       RETURN label, count, reduce(acc = [], ks IN keyLists | acc + [k IN ks WHERE NOT k IN acc]) AS props
       ORDER BY label`,
    );
    const types = await tx.run(
      `MATCH (a)-[r]->(b)
       WITH type(r) AS type, [l IN labels(a) WHERE l <> 'Entity'][0] AS from, [l IN labels(b) WHERE l <> 'Entity'][0] AS to, count(*) AS c, collect(keys(r)) AS keyLists
       WITH type, collect({from: from, to: to, count: c}) AS endpoints, sum(c) AS count, reduce(acc = [], ks IN collect(keyLists) | acc + ks) AS lists
       RETURN type, count, endpoints, reduce(acc = [], ks IN lists | acc + [k IN ks WHERE NOT k IN acc]) AS props
       ORDER BY type`,
    );
    const keys = await tx.run('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey');
    return {
      labels: labels.records.map((r) => ({ label: r.get('label'), count: toNumber(r.get('count')), properties: visible([...r.get('props')]) })),
      relationshipTypes: types.records.map((r) => ({
        type: r.get('type'),
        count: toNumber(r.get('count')),
        meaning: (RELATION_TYPES as Record<string, { meaning: string }>)[r.get('type')]?.meaning ?? (r.get('type') === MENTION_TYPE ? 'the entity is named in the article (spans on the relationship)' : null),
        endpoints: r.get('endpoints').map((e: { from: string; to: string; count: unknown }) => ({ from: e.from, to: e.to, count: toNumber(e.count) })).sort((x: { count: number }, y: { count: number }) => y.count - x.count),
        properties: visible([...r.get('props')]),
      })),
      propertyKeys: visible(keys.records.map((r) => r.get('propertyKey'))),
    };
  });
}
