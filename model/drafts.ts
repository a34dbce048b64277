// Drafts: what the extractor proposes from a new article (ingest/), in the curated data's shape, and
// the review requests of the browser workflow that accepts, rejects or edits its items (issue 16).
import { z } from 'zod';
import { ENTITY_LABELS, FIGURE_KIND_NAMES, RELATION_TYPE_NAMES } from './vocabulary.ts';

const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const DraftEvidenceSchema = Span.extend({ quote: z.string() }).meta({ id: 'DraftEvidence' });
export type DraftEvidence = z.infer<typeof DraftEvidenceSchema>;

/** A figure of the entity in the curated `figures` shape (kind, amount as printed), with its clause. */
export const DraftFigureSchema = z.object({
  kind: z.enum(FIGURE_KIND_NAMES),
  amount: z.string(),
  amount_yuan: z.string().optional(),
  year: z.number().int().optional(),
  rule: z.string(),
  evidence: DraftEvidenceSchema,
});
export type DraftFigure = z.infer<typeof DraftFigureSchema>;

export const DraftEntitySchema = z
  .object({
    name: z.string().min(1),
    type: z.enum(ENTITY_LABELS),
    aliases: z.array(z.string()).optional(),
    figures: z.array(DraftFigureSchema).optional(),
    /** true: the curated data already has this canonical name (the draft only adds evidence) */
    known: z.boolean(),
    rules: z.array(z.string()),
    mentions: z.array(Span),
    evidence: z.array(DraftEvidenceSchema),
  })
  .meta({ id: 'DraftEntity' });
export type DraftEntity = z.infer<typeof DraftEntitySchema>;

export const DraftRelationSchema = z
  .object({
    source: z.string(),
    target: z.string(),
    type: z.enum(RELATION_TYPE_NAMES),
    properties: z.object({ amount: z.string().optional(), amount_yuan: z.string().optional(), rule: z.string() }).optional(),
    evidence: z.array(DraftEvidenceSchema),
  })
  .meta({ id: 'DraftRelation' });
export type DraftRelation = z.infer<typeof DraftRelationSchema>;

export const DraftArticleSchema = z.object({
  file: z.string(),
  title: z.string().optional(),
  year: z.number().int().optional(),
  encoding: z.string(),
  convertedFromTraditional: z.boolean(),
  length: z.number().int(),
});
export type DraftArticle = z.infer<typeof DraftArticleSchema>;

export const DraftSchema = z
  .object({
    status: z.literal('proposed'),
    article: DraftArticleSchema,
    entities: z.array(DraftEntitySchema),
    relationships: z.array(DraftRelationSchema),
  })
  .meta({ id: 'Draft' });
export type Draft = z.infer<typeof DraftSchema>;

// ---- the review workflow (issue 16): requests the browser will send ---------------------------------
export const MAX_ARTICLE_BYTES = 1_000_000;

export const DraftCreateRequestSchema = z.strictObject({
  text: z.string({ error: 'text is required: the article to extract from' }).trim().min(1, 'text must not be empty'),
  title: z.string().trim().min(1).max(200).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
});
export type DraftCreateRequest = z.infer<typeof DraftCreateRequestSchema>;

export const DraftReviewRequestSchema = z.strictObject({
  accept: z.array(z.string()).default([]),
  reject: z.array(z.string()).default([]),
  /** item id → corrected fields (name, type, endpoints, relation type) */
  edits: z
    .record(
      z.string(),
      z.strictObject({
        name: z.string().trim().min(2).optional(),
        type: z.enum(ENTITY_LABELS).optional(),
        source: z.string().optional(),
        target: z.string().optional(),
        relation: z.enum(RELATION_TYPE_NAMES).optional(),
        mergeInto: z.string().optional(),
      }),
    )
    .optional(),
});
export type DraftReviewRequest = z.output<typeof DraftReviewRequestSchema>;
