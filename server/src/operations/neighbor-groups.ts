// neighbour groups: an entity's neighbours counted by relationship type, direction and neighbour label
// (with how many of each the client's canvas already holds). The explorer draws a hub's groups instead
// of hundreds of nodes, and pages through one group with the expansion's types/labels/direction. With
// the view's filters, a neighbour counts only when it and its fact pass them, as the canvas decides.
// One pass over each hub's relationships (no sort, no path expansion): a few hundred rows for 市中区.
// Two doors: one hub (`/nodes/:id/groups`), and every hub of a canvas in one statement (`/groups`),
// which the explorer asks after each change of its view.
import { IdParamsSchema, NeighborGroupsBatchRequestSchema, NeighborGroupsBatchSchema, NeighborGroupsRequestSchema, NeighborGroupsSchema, type GroupFilters, type NeighborGroups } from '../../../model/index.ts';
import { toNumber } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';

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

/** The groups of each of `ids` that exists, in the order asked; the rest are `missing`. */
async function countGroups(db: Db, ids: string[], canvas: string[], filters?: GroupFilters): Promise<{ hubs: NeighborGroups[]; missing: string[] }> {
  const passes = filters ? `AND ${PASSES}` : '';
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
    filters ? { ids, canvas, f: filterParam(filters) } : { ids, canvas },
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
