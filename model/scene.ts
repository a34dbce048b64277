// Named scenes: a view saved on the server and shared by link (`?scene=<id>`). A scene holds what the
// explorer needs to draw the view again exactly — which entities and hub groups, where each node sat,
// the viewport, the filters and the layout — and nothing about the interface language, so a link opens
// the same picture in Chinese and in English. Stored as (:Scene {id, name, created_at, updated_at,
// payload}) nodes with the payload as JSON; never :Entity, and kept by a reseed (graph-seed/src/load.ts).
import { z } from 'zod';
import { idParam } from './params.ts';

export const SCENE_LABEL = 'Scene';
export const SCENE_NAME_MAX = 80;
/** Entities one scene may hold (the canvas is unreadable long before; the URL codec's own scale). */
export const SCENE_NODE_CAP = 5000;
/** The payload as JSON, in bytes: well under the API's 1 MB body limit. */
export const SCENE_MAX_BYTES = 512 * 1024;
/** Scenes one list answer holds, newest first. */
export const SCENE_LIST_CAP = 200;

/** The explorer's layouts (client/src/types.ts LAYOUTS names the same four). */
export const SCENE_LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;

const coordinate = z.number().finite().min(-1e7).max(1e7);
const point = z.strictObject({ x: coordinate, y: coordinate });

export const SceneGroupSchema = z.strictObject({
  type: z.string().regex(/^[A-Z_]{1,40}$/, 'a relationship type such as SUPPORTS'),
  direction: z.enum(['out', 'in']),
  label: z.string().regex(/^\w{1,40}$/, 'an entity label such as Strategy'),
  /** neighbours of the group not drawn when the scene was saved */
  left: z.number().int().min(1),
});

export const ScenePayloadSchema = z
  .strictObject({
    /** entity ids, in the order they arrived on the canvas */
    nodes: z.array(idParam).max(SCENE_NODE_CAP, `may hold at most ${SCENE_NODE_CAP} entities`),
    /** model coordinates of the nodes (rounded); a node without one is laid out around the rest */
    positions: z.record(idParam, point).default({}),
    camera: z.strictObject({ zoom: z.number().finite().positive().max(100), pan: point }),
    /** hub id → its groups of neighbours not drawn ("支撑 · 战略 89") */
    groups: z.record(idParam, z.array(SceneGroupSchema).max(200)).default({}),
    /** hub id → neighbours left out by the expansion cap ("+N 更多") */
    more: z.record(idParam, z.number().int().min(1)).default({}),
    pinned: z.array(idParam).max(SCENE_NODE_CAP).default([]),
    filters: z
      .strictObject({
        hiddenLabels: z.array(z.string().max(40)).max(50).default([]),
        hiddenTypes: z.array(z.string().max(40)).max(200).default([]),
        reportedBy: z.number().int().min(1900).max(2100).nullable().default(null),
        article: z.string().max(200).nullable().default(null),
        hideProposed: z.boolean().default(false),
      })
      .default({ hiddenLabels: [], hiddenTypes: [], reportedBy: null, article: null, hideProposed: false }),
    layout: z.enum(SCENE_LAYOUTS).default('fcose'),
  })
  .meta({ id: 'ScenePayload' });
export type ScenePayload = z.output<typeof ScenePayloadSchema>;
export type ScenePayloadInput = z.input<typeof ScenePayloadSchema>;

const sceneName = z
  .string({ error: 'a name is required' })
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'a name is required').max(SCENE_NAME_MAX, `a name has at most ${SCENE_NAME_MAX} characters`));

export const SceneCreateSchema = z.strictObject({ name: sceneName, payload: ScenePayloadSchema });
/** A rename, a new view under the same name, or both. */
export const SceneUpdateSchema = z
  .strictObject({ name: sceneName.optional(), payload: ScenePayloadSchema.optional() })
  .refine((u) => u.name !== undefined || u.payload !== undefined, 'give a name, a payload or both');

export const SceneParamsSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'a scene id is letters, digits, - and _ (at most 40)'),
});

export const SceneSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** ISO 8601 */
    created_at: z.string(),
    updated_at: z.string(),
    /** entities in the scene */
    nodeCount: z.number(),
  })
  .meta({ id: 'SceneSummary' });
export type SceneSummary = z.infer<typeof SceneSummarySchema>;

export const SceneSchema = SceneSummarySchema.extend({ payload: ScenePayloadSchema }).meta({ id: 'Scene' });
export type Scene = z.output<typeof SceneSchema>;

export const SceneListSchema = z.object({ scenes: z.array(SceneSummarySchema) }).meta({ id: 'SceneList' });
export type SceneList = z.infer<typeof SceneListSchema>;

export const SceneDeletedSchema = z.object({ id: z.string(), deleted: z.literal(true) }).meta({ id: 'SceneDeleted' });
