// neighbours: the subgraph around an entity, breadth-first up to 3 hops, capped. Over the cap the
// answer says what was left out per relationship type and label, so the client can offer "N more".
// Breadth-first by layers (the hops unrolled in one statement) instead of variable-length paths: a hub
// such as 市中区 has hundreds of neighbours, and enumerating 3-hop paths from it is needlessly expensive.
import { z } from 'zod';
import neo4j from 'neo4j-driver';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { canvasEdge, canvasNode, fromCanvasProjection } from '../store/canvas.ts';
import { toNumber } from '../store/values.ts';
import type { GraphPayload } from '../types.ts';
import { boundedInt, idParam, labelsParam, typesParam } from './params.ts';

export const NeighborsQuerySchema = z.object({
  depth: boundedInt(1, 3, 1),
  types: typesParam,
  labels: labelsParam,
  limit: boundedInt(1, 1000, 100),
});
export type NeighborsQuery = z.output<typeof NeighborsQuerySchema>;
export const NeighborsParamsSchema = z.object({ id: idParam });

export interface NeighborsResult extends GraphPayload {
  center: string;
  /** neighbours that exist beyond the cap: total and per relationship type / label */
  omitted: { total: number; byType: Record<string, number>; byLabel: Record<string, number> };
}

/** One breadth-first hop: the unseen neighbours of the frontier, most-mentioned first. */
const HOP = `
  CALL (seen, frontier) {
    UNWIND frontier AS f
    MATCH (f)-[r]-(m:Entity)
    WHERE NOT m IN seen AND ($types = [] OR type(r) IN $types)
      AND ($labels = [] OR any(l IN labels(m) WHERE l IN $labels))
    WITH m, collect(type(r))[0] AS via
    ORDER BY coalesce(m.mention_count, 0) DESC, m.id
    RETURN collect({m: m, via: via}) AS next
  }
  WITH c, seen + [x IN next | x.m] AS seen, [x IN next | x.m] AS frontier, found + next AS found`;

export async function neighbors(db: Db, id: string, q: NeighborsQuery): Promise<NeighborsResult> {
  const types = q.types ?? [];
  const labels = q.labels ?? [];
  // One statement, one round trip: the hops are unrolled (depth is a validated 1..3).
  const res = await db.read<{ nodes: unknown[]; rels: unknown[]; total: unknown; byType: Array<[string, unknown]>; byLabel: Array<[string, unknown]> }>(
    `MATCH (c:Entity {id: $id})
     WITH c, [c] AS seen, [c] AS frontier, [] AS found
     ${HOP.repeat(q.depth)}
     WITH c, found[0..$limit] AS kept, found[$limit..] AS left
     WITH [c] + [k IN kept | k.m] AS nodes, left
     CALL (nodes) {
       UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b IN nodes AND ($types = [] OR type(r) IN $types)
       RETURN collect(${canvasEdge('r')}) AS rels
     }
     // what was left out is counted here: a hub leaves hundreds of neighbours, not worth shipping
     CALL (left) { UNWIND left AS x WITH x.via AS k, count(*) AS c RETURN collect([k, c]) AS byType }
     CALL (left) { UNWIND left AS x WITH [l IN labels(x.m) WHERE l <> 'Entity'][0] AS k, count(*) AS c RETURN collect([k, c]) AS byLabel }
     RETURN [n IN nodes | ${canvasNode('n')}] AS nodes, rels, size(left) AS total, byType, byLabel`,
    { id, types, labels, limit: neo4j.int(q.limit) },
  );
  const rec = res.records[0];
  if (!rec) throw new NotFoundError(`no entity with id "${id}"`);
  const counts = (pairs: Array<[string, unknown]>) => Object.fromEntries(pairs.map(([k, c]) => [k, toNumber(c)]));
  const omitted = { total: toNumber(rec.get('total')), byType: counts(rec.get('byType')), byLabel: counts(rec.get('byLabel')) };
  return { ...fromCanvasProjection(rec.get('nodes'), rec.get('rels'), omitted.total > 0), center: id, omitted };
}
