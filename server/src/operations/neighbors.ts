// neighbours: the subgraph around an entity, breadth-first up to 3 hops, capped. Over the cap the
// answer says what was left out per relationship type and label, so the client can offer "N more".
// Two doors to one query: GET with a query string, and the client's POST that also sends the ids on its
// canvas, so the facts between the new nodes and the canvas come back in the same round trip, and the
// cap counts only neighbours not on the canvas yet: expanding a hub again brings its next page.
//
// Bounded reads (issue #19): a hop reads at most HOP_READ relationships, however big the hub. At 100k
// entities, sorting all 14.5k neighbours of the biggest hub, re-reading their labels and re-expanding the
// hub for the facts among the kept nodes was 112k db hits per click. Now a hop is one statement whose
// per-node LIMIT this file computes from the frontier's size (a Cypher LIMIT cannot depend on a row),
// the facts among the answer are checked pair by pair (Expand(Into) walks the smaller side, never the
// hub's 100k relationships), and what a capped read left unread is counted from the degree store.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { ExpandRequestSchema, IdParamsSchema, NeighborsQuerySchema, NeighborsResultSchema, RELATION_TYPE_NAMES, type ExpandRequest, type NeighborsResult } from '../../../model/index.ts';
import { CANVAS_PROPERTY, fromCanvasCache, toNumber } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { filterParam, PASSES } from './neighbor-groups.ts';
import { degreeOf, shares, typedReads, type Degree } from './typed-reads.ts';
import { defineOperation } from './operation.ts';

/**
 * Relationships one hop reads. An entity with fewer is read whole (its neighbours exactly ranked, most
 * mentioned first); a hub's first page is the best of the first HOP_READ of its relationships, and its
 * "N more" adds the rest from the degree store. Deeper hops share the same budget over their frontier.
 */
export const HOP_READ = 1000;

/**
 * A hub's first hop reads this many relationships per neighbour shown (at most HOP_READ): its page is a
 * sample ranked by mentions either way, and ranking 1,000 to show the client's 20 was 6.5k db hits at 1M.
 */
export const HUB_READ_PER_SHOWN = 10;

type Input = { id: string } & Omit<ExpandRequest, 'canvas' | 'direction'> & { canvas?: string[]; direction?: ExpandRequest['direction'] };
interface Found {
  e: string;
  via: string;
  label: string;
}

/** Counts per fact type and direction from the degree store (typed COUNT { } patterns, no relationship read). */
const DEGREE = degreeOf('c');

const CENTRE = `MATCH (c:Entity {id: $id})
  RETURN elementId(c) AS c, ${DEGREE} AS degree,
         COLLECT { MATCH (k:Entity) WHERE k.id IN $canvas RETURN elementId(k) } AS canvas`;

/** Every fact type: a typed pattern reaches only entities, so the other end's label is not read (a hit per row). */
const FACT_TYPES = RELATION_TYPE_NAMES.join('|');

/**
 * One hop: the unseen neighbours of the frontier (at most $read relationships from each), most-mentioned
 * first. With the view's filters (a hub group's page) a neighbour and its fact must pass them, as the
 * group's count (neighbor-groups.ts) requires: the page and the count agree.
 * `ranked` false: the page is already full, this hop's neighbours are only counted ("N more"), so they
 * are not ordered and their mentions and ids are not read (depth 2 from a mid entity at 1M: 721 rows,
 * three property reads each).
 */
const hopStatement = (filtered: boolean, ranked = true) => `UNWIND $frontier AS fe
  MATCH (f) WHERE elementId(f) = fe
  CALL (f) {
    MATCH (f)-[r:${FACT_TYPES}]-(m)
    WHERE NOT elementId(m) IN $seen AND ($types = [] OR type(r) IN $types)
      AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = f))
      AND ($labels = [] OR any(l IN labels(m) WHERE l IN $labels))
      ${filtered ? `AND ${PASSES}` : ''}
    RETURN m, type(r) AS t LIMIT $read
  }
  WITH m, collect(t) AS ts
  RETURN elementId(m) AS e, ts[0] AS via, ts, [l IN labels(m) WHERE l <> 'Entity'][0] AS label
  ${ranked ? 'ORDER BY coalesce(m.mention_count, 0) DESC, m.id' : ''}`;

/**
 * The first hop from a centre with more facts than it reads (a hub): a share per relation type and
 * direction (typed-reads.ts), so its first page is not all one type, as the first HOP_READ in store order
 * were. The types and direction asked for pick the groups; labels and the view's filters are checked on
 * each read.
 */
const hubHopStatement = (filtered: boolean) => `MATCH (f) WHERE elementId(f) = $frontier[0]
  ${typedReads('f', `WHERE NOT elementId(m) IN $seen AND ($labels = [] OR any(l IN labels(m) WHERE l IN $labels)) ${filtered ? `AND ${PASSES}` : ''}`)}
  WITH m, collect(type(r)) AS ts
  RETURN elementId(m) AS e, ts[0] AS via, ts, [l IN labels(m) WHERE l <> 'Entity'][0] AS label
  ORDER BY coalesce(m.mention_count, 0) DESC, m.id`;

/**
 * The answer's nodes, and the facts among them and between them and the canvas. A fact is read from its
 * end with fewer relationships: the ends in order of degree (from the degree store), each expanded only
 * towards the ends after it, so the biggest (usually the hub expanded) is never read. Checking pairs
 * with Expand(Into) cost more: each pair walks its smaller side, once per pair instead of once per end.
 */
// with the canvas values of the answer's nodes (one statement: a second seek per node cost 101 hits at depth 2)
const DEGREES = `UNWIND $ends AS xe MATCH (x) WHERE elementId(x) = xe
  RETURN xe, COUNT { (x)--() } AS d, CASE WHEN xe IN $nodes THEN x.${CANVAS_PROPERTY} END AS canvas`;
const ANSWER = `UNWIND $order AS xe MATCH (x) WHERE elementId(x) = xe
  CALL (x) {
    MATCH (x)-[r]-(y) WHERE elementId(y) IN $ends
    // only towards ends after x; facts among the canvas alone are not news
    WITH r, y WHERE $rank[elementId(y)] > $rank[elementId(x)] AND (elementId(x) IN $nodes OR elementId(y) IN $nodes)
      AND ($allFacts OR $types = [] OR type(r) IN $types)
    RETURN r
  }
  RETURN collect(DISTINCT r.${CANVAS_PROPERTY}) AS rels`;

const tally = (keys: string[]) => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
};

/** Spreads `extra` over the keys of `shares` in proportion (largest remainders), so the sum stays exact. */
function spread(counts: Record<string, number>, shares: Record<string, number>, extra: number) {
  const total = Object.values(shares).reduce((a, b) => a + b, 0);
  if (extra <= 0 || total === 0) return counts;
  const parts = Object.entries(shares).map(([k, s]) => ({ k, exact: (extra * s) / total }));
  let given = 0;
  for (const p of parts) (counts[p.k] = (counts[p.k] ?? 0) + Math.floor(p.exact)), (given += Math.floor(p.exact));
  parts.sort((x, y) => (y.exact % 1) - (x.exact % 1));
  for (let i = 0; given < extra; i++, given++) counts[parts[i % parts.length].k] += 1;
  return counts;
}

/**
 * `allFacts`: the client's canvas shows every fact among its nodes (a reload restores exactly that), so its
 * expansion brings all of them even when types narrowed which neighbours came; GET keeps to the types.
 */
async function run(db: Db, q: Input, allFacts: boolean): Promise<NeighborsResult> {
  const canvasIds = q.canvas ?? [];
  const filters = { types: q.types ?? [], labels: q.labels ?? [], direction: q.direction ?? 'both' };
  return db.readTx(async (tx: ManagedTransaction) => {
    const centre = (await tx.run(CENTRE, { id: q.id, canvas: canvasIds })).records[0];
    if (!centre) throw new NotFoundError('entity_not_found', `no entity with id "${q.id}"`, { id: q.id });
    const c = String(centre.get('c'));
    const canvas = new Set<string>(centre.get('canvas'));
    const degree: Degree = centre.get('degree');
    const wanted = (type: string, out: boolean) => (!filters.types.length || filters.types.includes(type as never)) && (filters.direction === 'both' || (filters.direction === 'out') === out);
    const wantedDegree = shares(degree, Infinity, wanted).reduce((a, b) => a + b, 0);
    // breadth-first: a hop's frontier is the previous hop's best `limit` (only they can be shown)
    const seen = [c];
    let frontier = [c];
    const found: Found[] = [];
    let firstRead: Record<string, number> = {};
    let capped = false;
    for (let hop = 1; hop <= q.depth && frontier.length; hop++) {
      // the first hop may read past the canvas's nodes (they do not count against the page)
      const read = hop === 1 ? HOP_READ + canvas.size : Math.max(1, Math.ceil(HOP_READ / frontier.length));
      const whole = hop === 1 ? shares(degree, read, wanted) : [];
      const hub = hop === 1 && whole.reduce((a, b) => a + b, 0) < wantedDegree;
      // (the parameters keep their shape for a smaller node: Neo4j plans again for a parameter of another type)
      const share = hub ? shares(degree, Math.min(HOP_READ, HUB_READ_PER_SHOWN * q.limit) + canvas.size, wanted) : whole;
      const params = { frontier, seen, read: neo4j.int(read), share: share.map((x) => neo4j.int(x)), ...filters, ...(q.filters ? { f: filterParam(q.filters) } : {}) };
      // past hop 1 with the page full, this hop's neighbours cannot be shown: they are only counted
      const ranked = hop === 1 || found.filter((x) => !canvas.has(x.e)).length < q.limit;
      const res = await tx.run(hub ? hubHopStatement(!!q.filters) : hopStatement(!!q.filters, ranked), params);
      const next = res.records.map((r) => ({ e: String(r.get('e')), via: String(r.get('via')), label: String(r.get('label')) }));
      if (hop === 1) {
        const types = res.records.flatMap((r) => r.get('ts') as string[]);
        firstRead = tally(types);
        capped = hub || types.length >= read;
      }
      found.push(...next);
      seen.push(...next.map((x) => x.e));
      frontier = next.slice(0, q.limit).map((x) => x.e);
    }
    // neighbours already on the canvas are not news: the cap pages through the rest (the next 20 …)
    const fresh = found.filter((x) => !canvas.has(x.e));
    const kept = fresh.slice(0, q.limit);
    const left = fresh.slice(q.limit);
    const byType = tally(left.map((x) => x.via));
    const byLabel = tally(left.map((x) => x.label));
    let total = left.length;
    if (capped) {
      // what the capped first hop did not read: each unread relationship one more neighbour (at most)
      let unread = 0;
      for (const [type, out, inn] of centre.get('degree') as Array<[string, unknown, unknown]>) {
        if (filters.types.length && !filters.types.includes(type as never)) continue;
        const degree = (filters.direction === 'in' ? 0 : toNumber(out)) + (filters.direction === 'out' ? 0 : toNumber(inn));
        const rest = degree - (firstRead[type] ?? 0);
        if (rest > 0) (byType[type] = (byType[type] ?? 0) + rest), (unread += rest);
      }
      // labels are not in the degree store: the unread share those of the neighbours read
      spread(byLabel, tally(found.map((x) => x.label)), unread);
      total += unread;
    }
    const nodes = [c, ...kept.map((x) => x.e)];
    const ends = [...new Set([...nodes, ...canvas])];
    const ended = (await tx.run(DEGREES, { ends, nodes })).records;
    const degrees = ended.map((r) => ({ e: String(r.get('xe')), d: toNumber(r.get('d')) }));
    degrees.sort((x, y) => x.d - y.d || (x.e < y.e ? -1 : 1));
    const rank = Object.fromEntries(degrees.map((x, i) => [x.e, i]));
    const rels = (await tx.run(ANSWER, { order: degrees.slice(0, -1).map((x) => x.e), ends, rank, nodes, allFacts, types: filters.types })).records[0].get('rels');
    // the centre first, then the kept in rank order
    const canvasOf = new Map(ended.map((r) => [String(r.get('xe')), r.get('canvas')]));
    const canvasValues = nodes.map((e) => canvasOf.get(e));
    return { ...fromCanvasCache(canvasValues, rels, total > 0, canvasIds), center: q.id, omitted: { total, byType, byLabel } };
  });
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
