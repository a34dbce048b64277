// paths: the shortest path, all shortest paths, or the k shortest paths between two entities, as a
// subgraph with each path's nodes and relationships in order (the client lists them as steps). A path
// may avoid relationship types, named entities and hubs (entities with more neighbours than maxDegree).
import neo4j, { type Path } from 'neo4j-driver';
import { MAX_PATHS, PathsQuerySchema, RELATION_TYPE_NAMES, PathsResultSchema, type PathsQuery, type PathsResult } from '../../../model/index.ts';
import { graphId, toGraphPayload } from '../../../model/storage/index.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';

export const paths = defineOperation({
  summary: 'Shortest path(s) between two entities: all of the shortest length, or the k shortest; avoiding relation types, entities or hubs',
  query: PathsQuerySchema,
  output: PathsResultSchema,
  errors: { 404: 'from or to is not an entity' },
  run: ({ db }, q) => run(db, q),
});

/** One statement: the ends, the hubs to avoid, and the shortest path(s) whose inner nodes avoid `avoid`. */
async function shortest(db: Db, q: PathsQuery, avoid: string[], all: boolean) {
  // maxHops is a validated integer: variable-length bounds cannot be parameters in Cypher. The predicates
  // are over all nodes / relationships of the path, which shortestPath checks during its search.
  const fn = all ? 'allShortestPaths' : 'shortestPath';
  // Hubs are judged on the path's own nodes (a degree read per visited node), only when asked: listing
  // every hub first scanned all entities on every path search (100k db hits at 100k entities).
  // The count is the degree store's (fact types only join entities): with an end label, `(x)--(:Entity)`
  // expanded every relationship of each visited hub (29k db hits for one 14.5k-fact hub; typed: 13).
  const hubs = q.maxDegree > 0 ? ` AND COUNT { (x)-[:${RELATION_TYPE_NAMES.join('|')}]-() } <= $maxDegree` : '';
  return db.read<{ p: Path | null; a: string | null; b: string | null }>(
    `OPTIONAL MATCH (a:Entity {id: $from}) OPTIONAL MATCH (b:Entity {id: $to})
     CALL (a, b) {
       WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
       MATCH p = ${fn}((a)-[*..${q.maxHops}]-(b))
       WHERE all(x IN nodes(p) WHERE x:Entity AND (x = a OR x = b OR (NOT x.id IN $avoid${hubs})))
         AND none(r IN relationships(p) WHERE type(r) IN $excludeTypes)
       RETURN p LIMIT ${MAX_PATHS}
       UNION
       RETURN null AS p
     }
     RETURN a.id AS a, b.id AS b, p`,
    { from: q.from, to: q.to, excludeTypes: q.excludeTypes, avoid, maxDegree: neo4j.int(q.maxDegree) },
  );
}

const nodeIds = (p: Path) => [p.start, ...p.segments.map((s) => s.end)].map((n) => String(n.properties.id));

async function run(db: Db, q: PathsQuery): Promise<PathsResult> {
  if (q.from === q.to) throw new BadRequestError('path_same_entity', 'from and to are the same entity; pick two different ones');
  // the ends are never avoided (a path to a hub must be able to reach it)
  const avoid = q.avoid.filter((id) => id !== q.from && id !== q.to);
  const res = await shortest(db, q, avoid, q.all);
  const first = res.records[0];
  if (!first?.get('a')) throw new NotFoundError('entity_not_found', `no entity with id "${q.from}" (from)`, { id: q.from, role: 'from' });
  if (!first.get('b')) throw new NotFoundError('entity_not_found', `no entity with id "${q.to}" (to)`, { id: q.to, role: 'to' });
  const found = res.records.map((r) => r.get('p')).filter((p): p is Path => p !== null);
  // k shortest (Yen's idea, one level deep): the best path avoiding each inner node of the shortest in
  // turn; each search is a fast shortestPath, where SHORTEST k over a 300-neighbour hub timed out
  if (!q.all && q.k > 1 && found.length) {
    const seen = new Set(found.map((p) => nodeIds(p).join('>')));
    // alternatives at most one hop longer: where none is that short, shortestPath's fallback would
    // enumerate every longer path around the hubs
    const near = { ...q, maxHops: Math.min(q.maxHops, found[0].length + 1) };
    for (const inner of nodeIds(found[0]).slice(1, -1)) {
      const alt = (await shortest(db, near, [...avoid, inner], false)).records.map((r) => r.get('p')).find((p): p is Path => p !== null);
      if (alt && !seen.has(nodeIds(alt).join('>'))) (seen.add(nodeIds(alt).join('>')), found.push(alt));
    }
    found.sort((x, y) => x.length - y.length);
    found.splice(q.k);
  }
  const nodes = found.flatMap((p) => [p.start, ...p.segments.map((s) => s.end)]);
  const rels = found.flatMap((p) => p.segments.map((s) => s.relationship));
  return {
    ...toGraphPayload(nodes, rels),
    paths: found.map(nodeIds),
    steps: found.map((p) => p.segments.map((s) => graphId(s.relationship))),
    hops: found.length ? found[0].length : null,
  };
}
