// paths: the shortest path (or all shortest paths) between two entities, as a subgraph.
import { z } from 'zod';
import type { Path } from 'neo4j-driver';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { toGraphPayload } from '../store/mapping.ts';
import type { GraphPayload } from '../types.ts';
import { boundedInt, idParam } from './params.ts';

export const MAX_PATHS = 25;

export const PathsQuerySchema = z.object({
  from: idParam,
  to: idParam,
  maxHops: boundedInt(1, 8, 4),
  all: z.enum(['true', 'false', '1', '0'], { error: 'all must be true or false' }).optional().transform((v) => v === 'true' || v === '1'),
});
export type PathsQuery = z.output<typeof PathsQuerySchema>;

export interface PathsResult extends GraphPayload {
  /** each path as the ids of its nodes, from → to */
  paths: string[][];
  hops: number | null;
}

export async function paths(db: Db, q: PathsQuery): Promise<PathsResult> {
  if (q.from === q.to) throw new BadRequestError('from and to are the same entity; pick two different ones');
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
  if (!first?.get('a')) throw new NotFoundError(`no entity with id "${q.from}" (from)`);
  if (!first.get('b')) throw new NotFoundError(`no entity with id "${q.to}" (to)`);
  const found = res.records.map((r) => r.get('p')).filter((p): p is Path => p !== null);
  const nodes = found.flatMap((p) => [p.start, ...p.segments.map((s) => s.end)]);
  const rels = found.flatMap((p) => p.segments.map((s) => s.relationship));
  return {
    ...toGraphPayload(nodes, rels),
    paths: found.map((p) => [p.start, ...p.segments.map((s) => s.end)].map((n) => String(n.properties.id))),
    hops: found.length ? found[0].length : null,
  };
}
