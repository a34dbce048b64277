// neighbours: the subgraph around an entity, breadth-first up to 3 hops, capped. Over the cap the
// answer says what was left out per relationship type and label, so the client can offer "N more".
// Breadth-first by layers (the hops unrolled in one statement) instead of variable-length paths: a hub
// such as 市中区 has hundreds of neighbours, and enumerating 3-hop paths from it is needlessly expensive.
// Two doors to one query: GET with a query string, and the client's POST that also sends the ids on its
// canvas, so the facts between the new nodes and the canvas come back in the same round trip, and the
// cap counts only neighbours not on the canvas yet: expanding a hub again brings its next page.
import neo4j from 'neo4j-driver';
import { ExpandRequestSchema, IdParamsSchema, NeighborsQuerySchema, NeighborsResultSchema, type ExpandRequest, type NeighborsResult } from '../../../model/index.ts';
import { CANVAS_PROPERTY, fromCanvasCache, toNumber } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';

/** One breadth-first hop: the unseen neighbours of the frontier, most-mentioned first. */
const HOP = `
  CALL (seen, frontier) {
    UNWIND frontier AS f
    MATCH (f)-[r]-(m:Entity)
    WHERE NOT m IN seen AND ($types = [] OR type(r) IN $types)
      AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = f))
      AND ($labels = [] OR any(l IN labels(m) WHERE l IN $labels))
    WITH m, collect(type(r))[0] AS via
    ORDER BY coalesce(m.mention_count, 0) DESC, m.id
    RETURN collect({m: m, via: via}) AS next
  }
  WITH c, canvas, seen + [x IN next | x.m] AS seen, [x IN next | x.m] AS frontier, found + next AS found`;

type Input = { id: string } & Omit<ExpandRequest, 'canvas' | 'direction'> & { canvas?: string[]; direction?: ExpandRequest['direction'] };

/**
 * `allFacts`: the client's canvas shows every fact among its nodes (a reload restores exactly that), so its
 * expansion brings all of them even when types narrowed which neighbours came; GET keeps to the types.
 */
async function run(db: Db, q: Input, allFacts: boolean): Promise<NeighborsResult> {
  const canvas = q.canvas ?? [];
  // One statement, one round trip: the hops are unrolled (depth is a validated 1..3).
  const res = await db.read<{ nodes: unknown[]; rels: unknown[]; total: unknown; byType: Array<[string, unknown]>; byLabel: Array<[string, unknown]> }>(
    `MATCH (c:Entity {id: $id})
     OPTIONAL MATCH (k:Entity) WHERE k.id IN $canvas
     WITH c, collect(k) AS canvas
     WITH c, canvas, [c] AS seen, [c] AS frontier, [] AS found
     ${HOP.repeat(q.depth)}
     // neighbours already on the canvas are not news: the cap pages through the rest (the next 20 …)
     WITH c, canvas, [x IN found WHERE NOT x.m IN canvas] AS found
     WITH c, canvas, found[0..$limit] AS kept, found[$limit..] AS left
     WITH [c] + [k IN kept | k.m] AS nodes, canvas, left
     // facts among the answer's nodes, and between them and the canvas (not those among the canvas alone)
     CALL (nodes, canvas) {
       UNWIND nodes AS a MATCH (a)-[r]-(b:Entity) WHERE (b IN nodes OR b IN canvas) AND ($allFacts OR $types = [] OR type(r) IN $types)
       RETURN collect(DISTINCT r.${CANVAS_PROPERTY}) AS rels
     }
     // what was left out is counted here: a hub leaves hundreds of neighbours, not worth shipping
     CALL (left) { UNWIND left AS x WITH x.via AS k, count(*) AS c RETURN collect([k, c]) AS byType }
     CALL (left) { UNWIND left AS x WITH [l IN labels(x.m) WHERE l <> 'Entity'][0] AS k, count(*) AS c RETURN collect([k, c]) AS byLabel }
     RETURN [n IN nodes | n.${CANVAS_PROPERTY}] AS nodes, rels, size(left) AS total, byType, byLabel`,
    { id: q.id, canvas, types: q.types ?? [], labels: q.labels ?? [], direction: q.direction ?? 'both', allFacts, limit: neo4j.int(q.limit) },
  );
  const rec = res.records[0];
  if (!rec) throw new NotFoundError('entity_not_found', `no entity with id "${q.id}"`, { id: q.id });
  const counts = (pairs: Array<[string, unknown]>) => Object.fromEntries(pairs.map(([k, c]) => [k, toNumber(c)]));
  const omitted = { total: toNumber(rec.get('total')), byType: counts(rec.get('byType')), byLabel: counts(rec.get('byLabel')) };
  return { ...fromCanvasCache(rec.get('nodes'), rec.get('rels'), omitted.total > 0, canvas), center: q.id, omitted };
}

export const neighbors = defineOperation({
  summary: 'Neighbourhood subgraph',
  params: IdParamsSchema,
  query: NeighborsQuerySchema,
  output: NeighborsResultSchema,
  errors: { 404: 'no entity with this id' },
  run: ({ db }, input) => run(db, input, false),
});

export const expand = defineOperation({
  summary: 'Neighbourhood subgraph plus the facts between it and the entities already on the canvas (one round trip)',
  params: IdParamsSchema,
  body: ExpandRequestSchema,
  output: NeighborsResultSchema,
  errors: { 404: 'no entity with this id' },
  run: ({ db }, input) => run(db, input, true),
});
