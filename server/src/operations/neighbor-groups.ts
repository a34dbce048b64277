// neighbour groups: an entity's neighbours counted by relationship type, direction and neighbour label
// (with how many of each the client's canvas already holds). The explorer draws a hub's groups instead
// of hundreds of nodes, and pages through one group with the expansion's types/labels/direction. With
// the view's filters, a neighbour counts only when it and its fact pass them, as the canvas decides.
// Without filters, or with filters that only hide types and labels, a hub's groups are read a sample per
// type and direction (GROUP_SAMPLE, below).
// Two doors: one hub (`/nodes/:id/groups`), and every hub of a canvas in one statement (`/groups`),
// which the explorer asks after each change of its view.
import { IdParamsSchema, NeighborGroupsBatchRequestSchema, NeighborGroupsBatchSchema, NeighborGroupsRequestSchema, NeighborGroupsSchema, type GroupFilters, type NeighborGroups } from '../../../model/index.ts';
import neo4j from 'neo4j-driver';
import { toNumber } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';
import { degreeOf, sameShare, typedReads, type Degree } from './typed-reads.ts';

const NO_FILTERS: GroupFilters = { hiddenLabels: [], hiddenTypes: [], reportedBy: null, article: null, hideProposed: false };

/** The filters as the statements' `$f` parameter (every field present). */
export const filterParam = (filters: Partial<GroupFilters>): GroupFilters => ({ ...NO_FILTERS, ...filters });

/**
 * The canvas's nodePasses/edgePasses in Cypher over a fact `r` and its far end `m`: a missing year or
 * article list does not hide. Shared with the expansion (neighbors.ts), so a group's page holds exactly
 * what its count counted. Only a request with filters carries them: the plain statements stay the ones
 * the warm-up plans.
 */
export const PASSES = `NOT type(r) IN $f.hiddenTypes
  AND NOT any(l IN labels(m) WHERE l IN $f.hiddenLabels)
  AND (NOT $f.hideProposed OR (coalesce(m.status, '') <> 'proposed' AND coalesce(r.status, '') <> 'proposed'))
  AND ($f.reportedBy IS NULL OR (coalesce(m.first_reported, 0) <= $f.reportedBy AND coalesce(r.first_reported, 0) <= $f.reportedBy))
  AND ($f.article IS NULL OR ((m.articles IS NULL OR any(x IN m.articles WHERE replace(x, '.txt', '') = $f.article))
                          AND (r.articles IS NULL OR any(x IN r.articles WHERE replace(x, '.txt', '') = $f.article))))`;

type Row = { type: string; direction: 'out' | 'in'; label: string; count: unknown; onCanvas: unknown };

/**
 * Relationships read per type and direction to split its count by neighbour label. A smaller group is
 * counted exactly (distinct neighbours); a bigger one has its count from the degree store and its split
 * by label scaled from the first GROUP_SAMPLE read, so a 121k-fact hub is ~1,300 reads (200 a group was 8.1k db hits), where one pass
 * over every relationship was 728k db hits and ran past the 5 s timeout at 1M entities.
 */
export const GROUP_SAMPLE = 100;

/**
 * Without view filters: each hub's groups from typed reads of at most GROUP_SAMPLE (typed-reads.ts) and
 * its degree store; what the canvas holds from the canvas's side (each canvas entity's facts with the hub).
 * The sample is counted here, a row per type, direction and neighbour label (distinct neighbours, facts
 * read), not sent as 2,600 rows of element ids for the server to decode and count (the 121k-fact hub at
 * 1M: 80k characters over Bolt for a 12 KB answer). Groups a view hides whole are left out here; their
 * types and labels come in one map, `$h`: a list parameter empty in one call and not in the next is
 * another parameter type to Neo4j, which plans the statement again (seconds on a loaded machine).
 */
const SAMPLED = `UNWIND $ids AS id
  OPTIONAL MATCH (c:Entity {id: id})
  CALL (c) {
    ${typedReads('c', 'WHERE m <> c')}
    WITH type(r) AS t, startNode(r) = c AS out, coalesce([l IN labels(m) WHERE l <> 'Entity'][0], 'Entity') AS label, m
    WHERE NOT t IN $h.hiddenTypes AND NOT label IN $h.hiddenLabels
    WITH t, out, label, m, count(*) AS k
    WITH collect([t, out, label, k]) AS rows, count(DISTINCT m) AS neighbours
    UNWIND rows AS x
    WITH neighbours, x[0] AS t, x[1] AS out, x[2] AS label, count(*) AS distinctM, sum(x[3]) AS reads
    RETURN collect([t, out, label, distinctM, reads]) AS sample, max(neighbours) AS neighbours
  }
  RETURN id, c IS NOT NULL AS found, ${degreeOf('c')} AS degree, sample, coalesce(neighbours, 0) AS neighbours,
         COLLECT { MATCH (k:Entity)-[r]-(c) WHERE k.id IN $canvas AND k <> c
                   RETURN [type(r), startNode(r) = c, coalesce([l IN labels(k) WHERE l <> 'Entity'][0], 'Entity'), k.id] } AS onCanvas`;

/** type, out, label, and the neighbour's id (a canvas entity's fact with the hub) */
type Read = [string, boolean, string, string];
/** type, out, neighbour label, distinct neighbours and facts read in the sample (SAMPLED) */
type Sampled = [string, boolean, string, unknown, unknown];

/** The filters a group is hidden by as a whole (its type or its neighbours' label): no fact needs reading for them. */
type Hides = Pick<GroupFilters, 'hiddenTypes' | 'hiddenLabels'>;
const NO_HIDES: Hides = { hiddenTypes: [], hiddenLabels: [] };

/** Filters that hide whole groups only: the sample answers them (a group's split is the same, hidden groups left out). */
const hidesOnly = (f: GroupFilters) => !f.hideProposed && f.reportedBy === null && f.article === null;

/** One hub's groups from its counted sample, its degree per type and the canvas's links to it. */
function fromSample(id: string, degree: Degree, sample: Sampled[], neighbours: unknown, onCanvas: Read[], hide: Hides = NO_HIDES): NeighborGroups {
  const shown = (type: string, label: string) => !hide.hiddenTypes.includes(type) && !hide.hiddenLabels.includes(label);
  sample = sample.filter(([t, , l]) => shown(t, l));
  onCanvas = onCanvas.filter(([t, , l]) => shown(t, l));
  const key = (type: string, out: boolean, label: string) => `${type}\u0000${out ? 'out' : 'in'}\u0000${label}`;
  const groups = new Map<string, { type: string; direction: 'out' | 'in'; label: string; count: number; onCanvas: Set<string> }>();
  const group = (type: string, out: boolean, label: string) => {
    const k = key(type, out, label);
    return groups.get(k) ?? groups.set(k, { type, direction: out ? 'out' : 'in', label, count: 0, onCanvas: new Set() }).get(k)!;
  };
  let whole = true;
  for (const [type, o, i] of degree)
    for (const [out, size] of [[true, toNumber(o)], [false, toNumber(i)]] as const) {
      // by label, in label order so that ties in the remainders below always go the same way
      const read = sample.filter(([t, isOut]) => t === type && isOut === out).sort((a, b) => a[2].localeCompare(b[2]));
      const reads = read.reduce((sum, r) => sum + toNumber(r[4]), 0);
      if (!size || !reads) continue;
      if (size <= reads) for (const [, , label, ms] of read) group(type, out, label).count = toNumber(ms);
      else {
        // scaled from the sample, the remainders to the largest labels so the group adds up to its degree
        whole = false;
        const parts = read.map(([, , label, ms]) => ({ label, exact: (size * toNumber(ms)) / reads }));
        let given = 0;
        for (const p of parts) (group(type, out, p.label).count = Math.floor(p.exact)), (given += Math.floor(p.exact));
        parts.sort((x, y) => (y.exact % 1) - (x.exact % 1));
        for (let j = 0; given < size; j++, given++) group(type, out, parts[j % parts.length].label).count += 1;
      }
    }
  for (const [type, out, label, k] of onCanvas) group(type, out, label).onCanvas.add(k);
  const list = [...groups.values()]
    .filter((g) => g.count > 0 && shown(g.type, g.label))
    .map((g) => ({ type: g.type, direction: g.direction, label: g.label, count: g.count, onCanvas: Math.min(g.onCanvas.size, g.count) }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.label.localeCompare(b.label) || a.direction.localeCompare(b.direction));
  // distinct neighbours: exact when every group was read whole, else the facts' count (a pair joined by two facts counts twice)
  const total = whole ? toNumber(neighbours) : list.reduce((sum, g) => sum + g.count, 0);
  return { center: id, total, onCanvas: new Set(onCanvas.map((r) => r[3])).size, groups: list };
}

/** The groups of each of `ids` that exists, in the order asked; the rest are `missing`. */
async function countGroups(db: Db, ids: string[], canvas: string[], filters?: GroupFilters): Promise<{ hubs: NeighborGroups[]; missing: string[] }> {
  if (!filters || hidesOnly(filterParam(filters))) {
    const hide = filters ? filterParam(filters) : NO_HIDES;
    const share = sameShare(GROUP_SAMPLE).map((x) => neo4j.int(x));
    const res = await db.read<{ id: string; found: boolean; degree: Degree; sample: Sampled[]; neighbours: unknown; onCanvas: Read[] }>(SAMPLED, { ids, canvas, share, h: { hiddenTypes: hide.hiddenTypes, hiddenLabels: hide.hiddenLabels } });
    const hubs: NeighborGroups[] = [];
    const missing: string[] = [];
    for (const rec of res.records) {
      if (rec.get('found')) hubs.push(fromSample(rec.get('id'), rec.get('degree'), rec.get('sample'), rec.get('neighbours'), rec.get('onCanvas'), hide));
      else missing.push(rec.get('id'));
    }
    return { hubs, missing };
  }
  // filters on a fact's or neighbour's properties: every relationship is checked (exact, and slow on a hub of 100k facts)
  const passes = `AND ${PASSES}`;
  const res = await db.read<{ id: string; found: boolean; total: unknown; onCanvas: unknown; groups: Row[] }>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (c:Entity {id: id})
     CALL (c) {
       MATCH (c)-[r]-(m:Entity) WHERE m <> c ${passes}
       WITH type(r) AS type, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction,
            coalesce([l IN labels(m) WHERE l <> 'Entity'][0], 'Entity') AS label, m
       WITH type, direction, label, collect(DISTINCT m) AS ms
       RETURN collect({type: type, direction: direction, label: label, count: size(ms),
                       onCanvas: size([x IN ms WHERE x.id IN $canvas])}) AS groups
     }
     CALL (c) {
       MATCH (c)-[r]-(m:Entity) WHERE m <> c ${passes}
       WITH DISTINCT m
       RETURN count(m) AS total, count(CASE WHEN m.id IN $canvas THEN 1 END) AS onCanvas
     }
     RETURN id, c IS NOT NULL AS found, total, onCanvas, groups`,
    { ids, canvas, f: filterParam(filters) },
  );
  const hubs: NeighborGroups[] = [];
  const missing: string[] = [];
  for (const rec of res.records) {
    const id = rec.get('id');
    if (!rec.get('found')) {
      missing.push(id);
      continue;
    }
    // a few dozen groups at most: sorting them, not the neighbourhood
    const groups = rec
      .get('groups')
      .map((g) => ({ type: g.type, direction: g.direction, label: g.label, count: toNumber(g.count), onCanvas: toNumber(g.onCanvas) }))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
    hubs.push({ center: id, total: toNumber(rec.get('total')), onCanvas: toNumber(rec.get('onCanvas')), groups });
  }
  return { hubs, missing };
}

export const neighborGroups = defineOperation({
  summary: "An entity's neighbours grouped by relationship type, direction and neighbour type, with counts (within the view's filters)",
  params: IdParamsSchema,
  body: NeighborGroupsRequestSchema,
  output: NeighborGroupsSchema,
  errors: { 404: 'no entity with this id' },
  async run({ db }, { id, canvas, filters }): Promise<NeighborGroups> {
    const { hubs } = await countGroups(db, [id], canvas, filters);
    if (!hubs.length) throw new NotFoundError('entity_not_found', `no entity with id "${id}"`, { id });
    return hubs[0];
  },
});

export const neighborGroupsBatch = defineOperation({
  summary: "Several entities' neighbour groups in one request (every hub on a canvas), within the view's filters; unknown ids are listed as missing",
  body: NeighborGroupsBatchRequestSchema,
  output: NeighborGroupsBatchSchema,
  run: ({ db }, { ids, canvas, filters }) => countGroups(db, [...new Set(ids)], canvas, filters),
});
