// A hub's neighbours in groups: by relationship type, direction and the neighbour's type, with counts,
// so the explorer can offer "支撑 · 战略 89" instead of loading hundreds of nodes at once.
import { z } from 'zod';
import { idParam } from './params.ts';

export const GROUPS_CANVAS_CAP = 5000;

export const NeighborGroupsRequestSchema = z.strictObject({
  /** entities already on the canvas: each group says how many of its members are drawn already */
  canvas: z.array(idParam, { error: 'must be a list of entity ids' }).max(GROUPS_CANVAS_CAP, `may name at most ${GROUPS_CANVAS_CAP} entities`).default([]),
});
export type NeighborGroupsRequest = z.output<typeof NeighborGroupsRequestSchema>;

export const NeighborGroupSchema = z
  .object({
    /** relationship type (e.g. SUPPORTS) */
    type: z.string(),
    /** out: the entity is the fact's subject; in: its object */
    direction: z.enum(['out', 'in']),
    /** the neighbours' entity label (e.g. Strategy) */
    label: z.string(),
    /** distinct neighbours in the group */
    count: z.number(),
    /** of those, how many the request's canvas holds */
    onCanvas: z.number(),
  })
  .meta({ id: 'NeighborGroup' });
export type NeighborGroup = z.infer<typeof NeighborGroupSchema>;

export const NeighborGroupsSchema = z
  .object({
    center: z.string(),
    /** distinct neighbours in all (a neighbour linked two ways is in two groups, counted once here) */
    total: z.number(),
    /** largest first */
    groups: z.array(NeighborGroupSchema),
  })
  .meta({ id: 'NeighborGroups' });
export type NeighborGroups = z.infer<typeof NeighborGroupsSchema>;
