// neighbour groups: an entity's neighbours counted by relationship type, direction and neighbour label
// (with how many of each the client's canvas already holds). The explorer draws a hub's groups instead
// of hundreds of nodes, and pages through one group with the expansion's types/labels/direction. With
// the view's filters, a neighbour counts only when it and its fact pass them, as the canvas decides.
// One pass over the hub's relationships (no sort, no path expansion): a few hundred rows for 市中区.
import { IdParamsSchema, NeighborGroupsRequestSchema, NeighborGroupsSchema, type GroupFilters, type NeighborGroups } from '../../../model/index.ts';
import { toNumber } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import { defineOperation } from './operation.ts';

const NO_FILTERS: GroupFilters = { hiddenLabels: [], hiddenTypes: [], reportedBy: null, article: null, hideProposed: false };

// the canvas's nodePasses/edgePasses in Cypher: a missing year or article list does not hide. Only a
// request with filters carries them: the plain statement stays the one the warm-up plans.
const PASSES = `NOT type(r) IN $f.hiddenTypes
  AND NOT any(l IN labels(m) WHERE l IN $f.hiddenLabels)
  AND (NOT $f.hideProposed OR (coalesce(m.status, '') <> 'proposed' AND coalesce(r.status, '') <> 'proposed'))
  AND ($f.reportedBy IS NULL OR (coalesce(m.first_reported, 0) <= $f.reportedBy AND coalesce(r.first_reported, 0) <= $f.reportedBy))
  AND ($f.article IS NULL OR ((m.articles IS NULL OR any(x IN m.articles WHERE replace(x, '.txt', '') = $f.article))
                          AND (r.articles IS NULL OR any(x IN r.articles WHERE replace(x, '.txt', '') = $f.article))))`;

export const neighborGroups = defineOperation({
  summary: "An entity's neighbours grouped by relationship type, direction and neighbour type, with counts (within the view's filters)",
  params: IdParamsSchema,
  body: NeighborGroupsRequestSchema,
  output: NeighborGroupsSchema,
  errors: { 404: 'no entity with this id' },
  async run({ db }, { id, canvas, filters }): Promise<NeighborGroups> {
    const passes = filters ? `AND ${PASSES}` : '';
    const res = await db.read<{ found: boolean; total: unknown; groups: Array<{ type: string; direction: 'out' | 'in'; label: string; count: unknown; onCanvas: unknown }> }>(
      `OPTIONAL MATCH (c:Entity {id: $id})
       CALL (c) {
         MATCH (c)-[r]-(m:Entity) WHERE m <> c ${passes}
         WITH type(r) AS type, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction,
              coalesce([l IN labels(m) WHERE l <> 'Entity'][0], 'Entity') AS label, m
         WITH type, direction, label, collect(DISTINCT m) AS ms
         RETURN collect({type: type, direction: direction, label: label, count: size(ms),
                         onCanvas: size([x IN ms WHERE x.id IN $canvas])}) AS groups
       }
       CALL (c) { MATCH (c)-[r]-(m:Entity) WHERE m <> c ${passes} RETURN count(DISTINCT m) AS total }
       RETURN c IS NOT NULL AS found, total, groups`,
      filters ? { id, canvas, f: { ...NO_FILTERS, ...filters } } : { id, canvas },
    );
    const rec = res.records[0];
    if (!rec?.get('found')) throw new NotFoundError('entity_not_found', `no entity with id "${id}"`, { id });
    // a few dozen groups at most: sorting them, not the neighbourhood
    const groups = rec
      .get('groups')
      .map((g) => ({ type: g.type, direction: g.direction, label: g.label, count: toNumber(g.count), onCanvas: toNumber(g.onCanvas) }))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
    return { center: id, total: toNumber(rec.get('total')), groups };
  },
});
