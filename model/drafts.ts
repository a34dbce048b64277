// Drafts: what the extractor proposes from a new article (ingest/), in the curated data's shape, and
// the review requests of the browser workflow that accepts, rejects or edits its items (issue 16).
import { z } from 'zod';
import { ENTITY_LABELS, FIGURE_BASIS_NAMES, FIGURE_KIND_NAMES, FIGURE_MEASURE_NAMES, FIGURE_PERIOD_NAMES, RELATION_TYPE_NAMES, UNIT_NAMES } from './vocabulary.ts';

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
  /** a reviewer's reading where the clause's words mislead the parser (graph-seed/src/figure-context.ts) */
  measure: z.enum(FIGURE_MEASURE_NAMES).optional(),
  basis: z.enum(FIGURE_BASIS_NAMES).optional(),
  period: z.enum(FIGURE_PERIOD_NAMES).optional(),
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

// ---- the review workflow (issue 16) ------------------------------------------------------------------
/** An article's size limit for drafts, in UTF-8 bytes of the decoded text (or of an uploaded file). */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** Where an item of a draft stands: proposed until a reviewer accepts or rejects it. */
export const DRAFT_ITEM_STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export type DraftItemStatus = (typeof DRAFT_ITEM_STATUSES)[number];

const Year = z.number().int().min(1900).max(2100);

export const DraftCreateRequestSchema = z
  .strictObject({
    /** the article as text (pasted); or `file` */
    text: z.string().optional(),
    /** an uploaded file's bytes, base64: UTF-8, GBK/GB18030 or Big5 are decoded on the server */
    file: z.strictObject({ name: z.string().trim().min(1).max(200), base64: z.string().min(1, 'the file is empty') }).optional(),
    title: z.string().trim().min(1).max(200).optional(),
    /** the day it was published, YYYY-MM-DD; gives the year when `year` is absent */
    date: z.iso.date('date must be a day such as 2025-06-30').optional(),
    year: Year.optional(),
  })
  .refine((r) => r.text !== undefined || r.file !== undefined, { message: 'text is required: the article to extract from (or file: {name, base64} for an upload)', path: ['text'] })
  .refine((r) => r.text === undefined || r.file === undefined, { message: 'send either text or file, not both', path: ['file'] })
  .meta({ id: 'DraftCreateRequest' });
export type DraftCreateRequest = z.infer<typeof DraftCreateRequestSchema>;

const EditSchema = z.strictObject({
  /** entities: a corrected name or type */
  name: z.string().trim().min(2, 'a name has at least 2 characters').max(100).optional(),
  type: z.enum(ENTITY_LABELS).optional(),
  /** entities: accept as an alias of this existing entity (its id) instead of as a new one */
  mergeInto: z.string().min(1).optional(),
  /** relations: another endpoint (a draft entity's id or an existing entity's id), another type */
  source: z.string().min(1).optional(),
  target: z.string().min(1).optional(),
  relation: z.enum(RELATION_TYPE_NAMES).optional(),
  /** figures: the amount as the clause prints it (its value and unit are read from it), what it measures, its entity */
  amount: z.string().trim().min(1).max(40).optional(),
  kind: z.enum(FIGURE_KIND_NAMES).optional(),
  measure: z.enum(FIGURE_MEASURE_NAMES).optional(),
  basis: z.enum(FIGURE_BASIS_NAMES).optional(),
  period: z.enum(FIGURE_PERIOD_NAMES).optional(),
  year: Year.optional(),
  /** figures: the draft entity it is about (its id) */
  entity: z.string().min(1).optional(),
});
export type DraftEdit = z.infer<typeof EditSchema>;
export type DraftAddedEntity = z.infer<typeof AddedEntitySchema>;
export type DraftAddedRelation = z.infer<typeof AddedRelationSchema>;

/** A name the extractor missed, added by the reviewer where the article prints it (the selection's span). */
const AddedEntitySchema = z.strictObject({
  name: z.string().trim().min(2, 'a name has at least 2 characters').max(100),
  type: z.enum(ENTITY_LABELS),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});
/** A fact the extractor missed: endpoints as draft item ids or existing entity ids; the span, if given, lies in the sentence that states it. */
const AddedRelationSchema = z.strictObject({
  source: z.string().min(1),
  target: z.string().min(1),
  type: z.enum(RELATION_TYPE_NAMES),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(1).optional(),
});

export const DraftReviewRequestSchema = z
  .strictObject({
    accept: z.array(z.string().min(1)).max(5000).default([]),
    reject: z.array(z.string().min(1)).max(5000).default([]),
    /** item id → corrected fields; applied to the accepted items (and kept on proposed ones) */
    edits: z.record(z.string(), EditSchema).optional(),
    /** what the extractor missed: added as items of the draft and accepted in this review */
    add: z
      .strictObject({
        entities: z.array(AddedEntitySchema).max(200).default([]),
        relations: z.array(AddedRelationSchema).max(200).default([]),
      })
      .optional(),
  })
  .meta({ id: 'DraftReviewRequest' });
export type DraftReviewRequest = z.output<typeof DraftReviewRequestSchema>;

export const DraftParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

/** An existing entity a draft entity is (match) or may be (candidate), and why. */
export const DraftEntityRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(ENTITY_LABELS),
    status: z.enum(['curated', 'proposed']),
    /** name: the same name; alias: one of its aliases; prefix: the same up to 济南/市中区; pinyin: the same pinyin */
    by: z.enum(['name', 'alias', 'prefix', 'pinyin']),
  })
  .meta({ id: 'DraftEntityRef' });
export type DraftEntityRef = z.infer<typeof DraftEntityRefSchema>;

export const DraftEntityItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(ENTITY_LABELS),
    status: z.enum(DRAFT_ITEM_STATUSES),
    evidence: z.array(DraftEvidenceSchema),
    /** every mention in the article (the highlighting) */
    mentions: z.array(Span),
    aliases: z.array(z.string()),
    rules: z.array(z.string()),
    /** its node in the graph (dashed on the canvas while proposed); null once rejected */
    node: z.string().nullable(),
    /** the existing entity it is: accepting adds this article's evidence to it */
    match: DraftEntityRefSchema.nullable(),
    /** existing entities it may be the same as (merge into one as an alias) */
    candidates: z.array(DraftEntityRefSchema),
    /** accepted as an alias of this existing entity */
    mergedInto: z.string().nullable(),
    /** the name it had when proposed, when a reviewer changed it */
    proposedName: z.string().nullable(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'DraftEntityItem' });
export type DraftEntityItem = z.infer<typeof DraftEntityItemSchema>;

export const DraftRelationItemSchema = z
  .object({
    id: z.string(),
    /** a draft entity's id, or an existing entity's id after an edit */
    source: z.string(),
    target: z.string(),
    type: z.enum(RELATION_TYPE_NAMES),
    status: z.enum(DRAFT_ITEM_STATUSES),
    evidence: z.array(DraftEvidenceSchema),
    rule: z.string().nullable(),
    amount: z.string().nullable(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'DraftRelationItem' });
export type DraftRelationItem = z.infer<typeof DraftRelationItemSchema>;

/** A figure the extractor read about an entity of the draft (new or matched), reviewed like a fact. */
export const DraftFigureItemSchema = z
  .object({
    id: z.string(),
    /** the draft entity it is about (its id); on accept it becomes a Figure of that entity's node */
    entity: z.string(),
    kind: z.enum(FIGURE_KIND_NAMES),
    /** as printed (89.3亿元, 近300家) */
    amount: z.string(),
    /** as the seed's parser reads it (graph-seed/src/figures.ts): value in the base unit, or why it could not */
    value: z.number().nullable(),
    unit: z.enum(UNIT_NAMES).nullable(),
    unparsed: z.string().nullable(),
    measure: z.enum(FIGURE_MEASURE_NAMES),
    basis: z.enum(FIGURE_BASIS_NAMES),
    period: z.enum(FIGURE_PERIOD_NAMES),
    year: z.number().int().nullable(),
    rule: z.string(),
    status: z.enum(DRAFT_ITEM_STATUSES),
    /** its clause */
    evidence: DraftEvidenceSchema,
    /** where the amount is printed in the text (the highlighting) */
    span: Span,
    /** what the extractor proposed, when a reviewer changed the amount, kind or entity */
    proposed: z.object({ entity: z.string(), kind: z.enum(FIGURE_KIND_NAMES), amount: z.string() }).nullable(),
    reviewedAt: z.string().nullable(),
  })
  .meta({ id: 'DraftFigureItem' });
export type DraftFigureItem = z.infer<typeof DraftFigureItemSchema>;

const Counts = z.object({ proposed: z.number().int(), accepted: z.number().int(), rejected: z.number().int() });

export const DraftSummarySchema = z
  .object({
    id: z.string(),
    /** the article's id (GET /api/articles/:id) */
    article: z.string(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    year: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    entities: Counts,
    relations: Counts,
    figures: Counts,
  })
  .meta({ id: 'DraftSummary' });
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

export const DraftListSchema = z.object({ drafts: z.array(DraftSummarySchema) }).meta({ id: 'DraftList' });
export type DraftList = z.infer<typeof DraftListSchema>;

export const DraftViewSchema = DraftSummarySchema.extend({
  text: z.string(),
  encoding: z.string(),
  convertedFromTraditional: z.boolean(),
  entities: z.array(DraftEntityItemSchema),
  relations: z.array(DraftRelationItemSchema),
  figures: z.array(DraftFigureItemSchema),
  counts: z.object({ entities: Counts, relations: Counts, figures: Counts }),
  /** existing entities the relations point to after an edit (id → name and type), for display */
  others: z.record(z.string(), z.object({ name: z.string(), type: z.enum(ENTITY_LABELS) })),
}).meta({ id: 'DraftView' });
export type DraftView = z.infer<typeof DraftViewSchema>;

export const DraftReviewResultSchema = DraftViewSchema.extend({
  applied: z.object({ accepted: z.array(z.string()), rejected: z.array(z.string()) }),
}).meta({ id: 'DraftReviewResult' });
export type DraftReviewResult = z.infer<typeof DraftReviewResultSchema>;
