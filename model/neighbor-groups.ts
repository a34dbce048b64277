// A hub's neighbours in groups: by relationship type, direction and the neighbour's type, with counts,
// so the explorer can offer "支撑 · 战略 89" instead of loading hundreds of nodes at once.
import { z } from 'zod';
import { idParam } from './params.ts';

export const GROUPS_CANVAS_CAP = 5000;
/** Hubs one batch counts: a canvas rarely holds more than a few; past this the client splits its ask. */
export const GROUPS_BATCH_CAP = 50;

/**
 * The explorer's filters, as its canvas applies them (client/src/state/store.ts nodePasses/edgePasses):
 * a neighbour counts when it and the fact linking it pass, so a group never offers what the view hides.
 */
export const GroupFiltersSchema = z.strictObject({
  /** entity labels the view hides */
  hiddenLabels: z.array(z.string().max(40)).max(50).default([]),
  /** relationship types the view hides */
  hiddenTypes: z.array(z.string().max(40)).max(200).default([]),
  /** "as reported by" year: what was first reported later is hidden */
  reportedBy: z.number().int().min(1900).max(2100).nullable().default(null),
  /** only what this article reports (id without .txt) */
  article: z.string().min(1).max(200).nullable().default(null),
  /** hide what the extractor proposed and nobody reviewed */
  hideProposed: z.boolean().default(false),
});
export type GroupFilters = z.output<typeof GroupFiltersSchema>;

export const NeighborGroupsRequestSchema = z.strictObject({
  /** entities already on the canvas: each group says how many of its members are drawn already */
  canvas: z.array(idParam, { error: 'must be a list of entity ids' }).max(GROUPS_CANVAS_CAP, `may name at most ${GROUPS_CANVAS_CAP} entities`).default([]),
  filters: GroupFiltersSchema.optional(),
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
    /** of those, how many the request's canvas holds (total - onCanvas is the hub's "+N" badge) */
    onCanvas: z.number(),
    /** largest first */
    groups: z.array(NeighborGroupSchema),
  })
  .meta({ id: 'NeighborGroups' });
export type NeighborGroups = z.infer<typeof NeighborGroupsSchema>;

/** Every hub on a canvas counted in one request (the explorer asks again after each change of the view). */
export const NeighborGroupsBatchRequestSchema = z.strictObject({
  ids: z
    .array(idParam, { error: 'must be a list of entity ids' })
    .min(1, 'must name at least one entity')
    .max(GROUPS_BATCH_CAP, `may name at most ${GROUPS_BATCH_CAP} entities`),
  canvas: NeighborGroupsRequestSchema.shape.canvas,
  filters: GroupFiltersSchema.optional(),
});
export type NeighborGroupsBatchRequest = z.output<typeof NeighborGroupsBatchRequestSchema>;

export const NeighborGroupsBatchSchema = z
  .object({
    /** in the order of the request's ids, the missing left out */
    hubs: z.array(NeighborGroupsSchema),
    /** ids no entity has (a reseed removed them): not an error for a batch */
    missing: z.array(z.string()),
  })
  .meta({ id: 'NeighborGroupsBatch' });
export type NeighborGroupsBatch = z.infer<typeof NeighborGroupsBatchSchema>;
