// The Cypher console: a read-only query with JSON parameters, and its answer as rows plus a graph.
import { z } from 'zod';
import { GraphPayloadSchema } from './graph.ts';

export const MAX_CYPHER_LENGTH = 10_000;

/** Where a value stops being JSON: functions, dates, class instances, NaN, undefined … */
function firstNonJson(v: unknown, path: (string | number)[]): { path: (string | number)[]; what: string } | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : { path, what: String(v) };
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = firstNonJson(v[i], [...path, i]);
      if (bad) return bad;
    }
    return undefined;
  }
  if (typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v))) {
    for (const [k, x] of Object.entries(v)) {
      const bad = firstNonJson(x, [...path, k]);
      if (bad) return bad;
    }
    return undefined;
  }
  return { path, what: typeof v === 'object' ? `a ${v!.constructor?.name ?? 'object'}` : `a ${typeof v}` };
}

export const CypherRequestSchema = z.strictObject({
  query: z
    .string({ error: 'must be a string of Cypher' })
    .max(MAX_CYPHER_LENGTH, `must be at most ${MAX_CYPHER_LENGTH} characters`)
    .refine((q) => q.trim() !== '', 'must not be blank'),
  params: z
    .record(z.string(), z.unknown(), { error: 'must be an object of named JSON values' })
    .superRefine((params, ctx) => {
      const bad = firstNonJson(params, []);
      if (bad) ctx.addIssue({ code: 'custom', path: bad.path, message: `must be a JSON value (string, number, boolean, null, list or map), not ${bad.what}` });
    })
    .optional(),
});
export type CypherRequest = z.input<typeof CypherRequestSchema>;

/** How a node appears in a row: the graph's id (to find it on the canvas) and its public properties. */
export const RowNodeSchema = z
  .object({ kind: z.literal('node'), id: z.string(), elementId: z.string(), labels: z.array(z.string()), properties: z.record(z.string(), z.unknown()) })
  .meta({ id: 'RowNode' });
export type RowNode = z.infer<typeof RowNodeSchema>;
export const RowRelationshipSchema = z
  .object({
    kind: z.literal('relationship'),
    id: z.string(),
    elementId: z.string(),
    type: z.string(),
    startElementId: z.string(),
    endElementId: z.string(),
    properties: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'RowRelationship' });
export type RowRelationship = z.infer<typeof RowRelationshipSchema>;
export const RowPathSchema = z
  .object({ kind: z.literal('path'), nodes: z.array(RowNodeSchema), relationships: z.array(RowRelationshipSchema) })
  .meta({ id: 'RowPath' });
export type RowPath = z.infer<typeof RowPathSchema>;

export const CypherResultSchema = z
  .object({
    columns: z.array(z.string()),
    /** JSON values; nodes, relationships and paths anywhere in them are RowNode / RowRelationship / RowPath */
    rows: z.array(z.record(z.string(), z.unknown())),
    /** every node, relationship and path in the rows, drawn as elsewhere in the API */
    graph: GraphPayloadSchema,
    summary: z.object({ queryType: z.string(), resultAvailableAfterMs: z.number(), truncated: z.boolean() }),
  })
  .meta({ id: 'CypherResult' });
export type CypherResult = z.infer<typeof CypherResultSchema>;

/** Bounds on one console query (config QUERY_TIMEOUT_MS, CYPHER_ROW_CAP, CYPHER_GRAPH_CAP). */
export interface CypherLimits {
  timeoutMs: number;
  rowCap: number;
  graphCap: number;
}
