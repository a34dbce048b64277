// paths: the shortest path (or all shortest paths) between two entities, as a subgraph.
import type { Path } from 'neo4j-driver';
import { MAX_PATHS, PathsQuerySchema, PathsResultSchema, type PathsQuery, type PathsResult } from '../../../model/index.ts';
import { toGraphPayload } from '../../../model/storage/index.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';

export const paths = defineOperation({
  summary: 'Shortest path(s) between two entities',
  query: PathsQuerySchema,
  output: PathsResultSchema,
  errors: { 404: 'from or to is not an entity' },
  run: ({ db }, q) => run(db, q),
});

async function run(db: Db, q: PathsQuery): Promise<PathsResult> {
  if (q.from === q.to) throw new BadRequestError('path_same_entity', 'from and to are the same entity; pick two different ones');
  // maxHops is a validated integer: variable-length bounds cannot be parameters in Cypher.
  const fn = q.all ? 'allShortestPaths' : 'shortestPath';
  const res = await db.read<{ p: Path | null; a: string | null; b: string | null }>(
    `OPTIONAL MATCH (a:Entity {id: $from}) OPTIONAL MATCH (b:Entity {id: $to})
     CALL (a, b) {
       WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
       MATCH p = ${fn}((a)-[*..${q.maxHops}]-(b))
       WHERE all(x IN nodes(p) WHERE x:Entity)
       RETURN p LIMIT ${MAX_PATHS}
       UNION
       RETURN null AS p
     }
     RETURN a.id AS a, b.id AS b, p`,
    { from: q.from, to: q.to },
  );
  const first = res.records[0];
  if (!first?.get('a')) throw new NotFoundError('entity_not_found', `no entity with id "${q.from}" (from)`, { id: q.from, role: 'from' });
  if (!first.get('b')) throw new NotFoundError('entity_not_found', `no entity with id "${q.to}" (to)`, { id: q.to, role: 'to' });
  const found = res.records.map((r) => r.get('p')).filter((p): p is Path => p !== null);
  const nodes = found.flatMap((p) => [p.start, ...p.segments.map((s) => s.end)]);
  const rels = found.flatMap((p) => p.segments.map((s) => s.relationship));
  return {
    ...toGraphPayload(nodes, rels),
    paths: found.map((p) => [p.start, ...p.segments.map((s) => s.end)].map((n) => String(n.properties.id))),
    hops: found.length ? found[0].length : null,
  };
}
