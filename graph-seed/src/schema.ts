// zod schemas of the curated files (graph-seed/data/*.yaml and articles/articles.yaml).
// These are the contract for reviewers: errors name the file and the entry (see compile.ts).
import { z } from 'zod';
import { ENTITY_LABELS, FIGURE_BASIS_NAMES, FIGURE_KIND_NAMES, FIGURE_MEASURE_NAMES, FIGURE_PERIOD_NAMES, RELATION_TYPE_NAMES } from '../../model/index.ts';

const nonEmpty = z.string().trim().min(1);

/** A quote from the article; `occurrence` (1-based) disambiguates a quote that appears more than once. */
export const QuoteSchema = z.union([
  nonEmpty,
  z.strictObject({ text: nonEmpty, occurrence: z.number().int().positive() }),
]);
export type QuoteInput = z.infer<typeof QuoteSchema>;

export const FigureSchema = z.strictObject({
  kind: z.enum(FIGURE_KIND_NAMES),
  /** the figure exactly as printed, e.g. 89.3亿元 */
  amount: nonEmpty,
  year: z.number().int().min(1900).max(2100).optional(),
  /** what the figure counts or qualifies, e.g. 能源互联网重点项目, 建筑面积 */
  note: z.string().optional(),
  /** read from the quote when left out (graph-seed/src/figure-context.ts): a growth rate or a share, a target, half a year */
  measure: z.enum(FIGURE_MEASURE_NAMES).optional(),
  basis: z.enum(FIGURE_BASIS_NAMES).optional(),
  period: z.enum(FIGURE_PERIOD_NAMES).optional(),
  quote: QuoteSchema,
});

export const EntitySchema = z.strictObject({
  name: z.string().trim().min(2, 'a canonical name has at least 2 characters'),
  type: z.enum(ENTITY_LABELS),
  aliases: z.array(z.string().trim().min(2, 'an alias has at least 2 characters')).optional(),
  en: z.string().trim().min(1).optional(),
  description: z.string().trim().min(1).optional(),
  quotes: z.array(QuoteSchema).min(1, 'every entity needs at least one quote'),
  figures: z.array(FigureSchema).optional(),
});
export type EntityInput = z.infer<typeof EntitySchema>;

export const RelationSchema = z.strictObject({
  source: nonEmpty,
  type: z.enum(RELATION_TYPE_NAMES),
  target: nonEmpty,
  quote: QuoteSchema,
  /** money on the relationship (INVESTED_IN), e.g. 3亿美元 */
  amount: nonEmpty.optional(),
  /** role of a person (LEADS), e.g. 区委书记 */
  role: nonEmpty.optional(),
  year: z.number().int().min(1900).max(2100).optional(),
});
export type RelationInput = z.infer<typeof RelationSchema>;

export const ArticleDataSchema = z.strictObject({
  article: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'expected an article file name such as 000_3b9feea827c40a6b.txt'),
  entities: z.array(EntitySchema).default([]),
  relations: z.array(RelationSchema).default([]),
});
export type ArticleData = z.infer<typeof ArticleDataSchema>;

export const ArticleMetaSchema = z.array(
  z.strictObject({
    file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
    headline: nonEmpty,
    byline: nonEmpty,
    reporters: z.array(nonEmpty),
    year: z.number().int(),
    newspaper: nonEmpty,
  }),
);
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>[number];
