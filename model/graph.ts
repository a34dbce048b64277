// The graph shapes every endpoint draws with: a canvas node, a canvas edge, a graph payload, and the
// evidence record that ties a fact to its sentence. Named fields only: what the canvas draws and filters.
import { z } from 'zod';
import { STATUSES } from './vocabulary.ts';

/** One sentence behind a node or fact: the article file and the character span of the quote. */
export const EvidenceSchema = z
  .object({ article: z.string(), start: z.number().int(), end: z.number().int(), quote: z.string(), year: z.number().int().nullable() })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Whole integers past 2^53 (amount_yuan of a large sum) arrive as decimal strings, never rounded. */
const Integer = z.union([z.number(), z.string()]);

export const CanvasNodeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** the entity's type label (Area, Project, …) or Article; never the shared Entity label */
    labels: z.array(z.string()),
    en: z.string().optional(),
    pinyin: z.string().optional(),
    status: z.enum(STATUSES).optional(),
    mention_count: z.number().optional(),
    first_reported: z.number().optional(),
    last_reported: z.number().optional(),
    /** article files with evidence for it */
    articles: z.array(z.string()).optional(),
  })
  .meta({ id: 'CanvasNode' });
export type CanvasNode = z.infer<typeof CanvasNodeSchema>;

export const CanvasEdgeSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    source: z.string(),
    target: z.string(),
    status: z.enum(STATUSES).optional(),
    /** the extractor rule that proposed it */
    rule: z.string().optional(),
    amount_text: z.string().optional(),
    amount_yuan: Integer.optional(),
    role: z.string().optional(),
    year: z.number().optional(),
    articles: z.array(z.string()).optional(),
    first_reported: z.number().optional(),
    last_reported: z.number().optional(),
    /** the quotes themselves come from GET /api/edges/:id */
    evidence_count: z.number(),
  })
  .meta({ id: 'CanvasEdge' });
export type CanvasEdge = z.infer<typeof CanvasEdgeSchema>;

export const GraphPayloadSchema = z
  .object({ nodes: z.array(CanvasNodeSchema), edges: z.array(CanvasEdgeSchema), truncated: z.boolean() })
  .meta({ id: 'GraphPayload' });
export type GraphPayload = z.infer<typeof GraphPayloadSchema>;

/** Every other stored property that is not internal (model/storage/properties.ts), by name. */
export const PropertiesSchema = z.record(z.string(), z.unknown()).meta({ id: 'Properties' });
