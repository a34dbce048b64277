// neighbour groups: an entity's neighbours counted by relationship type, direction and neighbour label
// (with how many of each the client's canvas already holds). The explorer draws a hub's groups instead
// of hundreds of nodes, and pages through one group with the expansion's types/labels/direction.
import { IdParamsSchema, NeighborGroupsRequestSchema, NeighborGroupsSchema, type NeighborGroups } from '../../../model/index.ts';
import { toNumber } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import { defineOperation } from './operation.ts';

export const neighborGroups = defineOperation({
  summary: "An entity's neighbours grouped by relationship type, direction and neighbour type, with counts",
  params: IdParamsSchema,
  body: NeighborGroupsRequestSchema,
  output: NeighborGroupsSchema,
  errors: { 404: 'no entity with this id' },
  async run({ db }, { id, canvas }): Promise<NeighborGroups> {
    const res = await db.read<{ found: boolean; total: unknown; groups: Array<{ type: string; direction: 'out' | 'in'; label: string; count: unknown; onCanvas: unknown }> }>(
      `OPTIONAL MATCH (c:Entity {id: $id})
       CALL (c) {
         MATCH (c)-[r]-(m:Entity) WHERE m <> c
         WITH type(r) AS type, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction,
              coalesce([l IN labels(m) WHERE l <> 'Entity'][0], 'Entity') AS label, m
         WITH type, direction, label, collect(DISTINCT m) AS ms
         RETURN collect({type: type, direction: direction, label: label, count: size(ms),
                         onCanvas: size([x IN ms WHERE x.id IN $canvas])}) AS groups
       }
       CALL (c) { MATCH (c)--(m:Entity) WHERE m <> c RETURN count(DISTINCT m) AS total }
       RETURN c IS NOT NULL AS found, total, groups`,
      { id, canvas },
    );
    const rec = res.records[0];
    if (!rec?.get('found')) throw new NotFoundError('entity_not_found', `no entity with id "${id}"`, { id });
    const groups = rec
      .get('groups')
      .map((g) => ({ type: g.type, direction: g.direction, label: g.label, count: toNumber(g.count), onCanvas: toNumber(g.onCanvas) }))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
    return { center: id, total: toNumber(rec.get('total')), groups };
  },
});
