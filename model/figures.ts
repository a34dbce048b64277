// Figures: the numbers reports state about an entity, each with its sentence. The shape every answer
// uses (details, the figures view, conflicts, the dashboard, exports), and the one rule that groups the
// figures that speak of the same thing — so the server's conflicts and the client's charts agree.
import { z } from 'zod';
import { EvidenceSchema } from './graph.ts';
import { boundedInt, idParam } from './params.ts';
import {
  FIGURE_BASIS_NAMES,
  FIGURE_KIND_NAMES,
  FIGURE_MEASURE_NAMES,
  FIGURE_PERIOD_NAMES,
  SINGLE_VALUED_KINDS,
  STATUSES,
  UNIT_NAMES,
} from './vocabulary.ts';

export const FigureSchema = z
  .object({
    id: z.string(),
    kind: z.enum(FIGURE_KIND_NAMES),
    measure: z.enum(FIGURE_MEASURE_NAMES),
    basis: z.enum(FIGURE_BASIS_NAMES),
    period: z.enum(FIGURE_PERIOD_NAMES),
    /** the year the figure refers to (the last year of a cumulative one); null when the report does not say */
    year: z.number().int().nullable(),
    /** as printed, e.g. 89.3亿元, 近300家, 同比增长3.4% */
    text: z.string(),
    /** in the unit (yuan, m2, …), a range's lower end; null when the text could not be read as an amount */
    value: z.number().nullable(),
    /** a range's upper end (3—5亿元) */
    value_max: z.number().nullable(),
    unit: z.enum(UNIT_NAMES).nullable(),
    /** the marker that makes the value a bound or an estimate (余, 多, 近, 约, 超, 以上, …) */
    approximate: z.string().nullable(),
    /** what it counts or qualifies, e.g. 新增策划储备项目总投资 */
    note: z.string().nullable(),
    /** why the text could not be read as an amount */
    unparsed: z.string().nullable(),
    status: z.enum(STATUSES),
    evidence: EvidenceSchema,
  })
  .meta({ id: 'Figure' });
export type Figure = z.infer<typeof FigureSchema>;

/** Figures that speak of the same thing: their kind, measure, basis, period, year and unit (and, for kinds with many subjects, the note). */
export function figureKey(f: Pick<Figure, 'kind' | 'measure' | 'basis' | 'period' | 'year' | 'unit' | 'note'>): string {
  const subject = SINGLE_VALUED_KINDS.has(f.kind) ? '' : (f.note ?? '');
  return [f.kind, f.measure, f.basis, f.period, f.year ?? '?', f.unit ?? '?', subject].join('|');
}

/** The step the printed number was rounded to: 107万 → 1万 (in the unit's base: 10000), 107.14万 → 100. */
export function printedStep(f: Pick<Figure, 'text' | 'value'>): number {
  const m = /([0-9０-９]+)(?:[.．]([0-9０-９]+))?/.exec(f.text);
  if (!m || f.value === null) return 0;
  const printed = Number(`${m[1]}.${m[2] ?? ''}`.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  return printed === 0 ? 0 : (Math.abs(f.value) / printed) * 10 ** -(m[2]?.length ?? 0);
}

/** Two values agree when each lies within the other's printed rounding (107万 and 107.14万 do). */
export function valuesAgree(a: Figure, b: Figure): boolean {
  if (a.value === null || b.value === null) return a.text === b.text;
  if (a.value === b.value && a.value_max === b.value_max) return true;
  // an approximate figure (近12万, 2000余名) is a bound, not a rounding: allow a tenth of it
  const loose = (f: Figure) => (f.approximate ? Math.abs(f.value ?? 0) / 10 : 0);
  const tolerance = Math.max(printedStep(a) / 2, printedStep(b) / 2, loose(a), loose(b));
  return Math.abs(a.value - b.value) <= tolerance + 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

export const FigureGroupSchema = z
  .object({
    key: z.string(),
    /** the figures, oldest report first */
    figures: z.array(FigureSchema),
    /** how many articles state it */
    articles: z.number(),
    first_reported: z.number().nullable(),
    last_reported: z.number().nullable(),
    /** the distinct values, as printed, when the articles disagree beyond their rounding */
    conflicting: z.array(z.string()),
  })
  .meta({ id: 'FigureGroup' });
export type FigureGroup = z.infer<typeof FigureGroupSchema>;

/** Groups figures by what they state (figureKey); a group conflicts when two of its articles give values that do not agree. */
export function groupFigures(figures: Figure[]): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = figureKey(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups].map(([key, fs]) => {
    fs.sort((a, b) => (a.evidence.year ?? 0) - (b.evidence.year ?? 0) || a.evidence.article.localeCompare(b.evidence.article) || a.evidence.start - b.evidence.start);
    const years = fs.map((f) => f.evidence.year).filter((y): y is number => y !== null);
    // an undated figure cannot be said to contradict another: the two may speak of different years
    const dated = fs.filter((f) => f.year !== null);
    const disagreeing = dated.filter((a) => dated.some((b) => a.evidence.article !== b.evidence.article && !valuesAgree(a, b)));
    return {
      key,
      figures: fs,
      articles: new Set(fs.map((f) => f.evidence.article)).size,
      first_reported: years.length ? Math.min(...years) : null,
      last_reported: years.length ? Math.max(...years) : null,
      conflicting: [...new Set(disagreeing.map((f) => f.text))],
    };
  });
}

// ---- requests and answers ------------------------------------------------------------------------------
export const EntityFiguresSchema = z
  .object({
    entity: z.object({ id: z.string(), name: z.string() }),
    figures: z.array(FigureSchema),
    /** every group of figures stating the same thing, with its summary; conflicts are those with `conflicting` values */
    groups: z.array(FigureGroupSchema),
  })
  .meta({ id: 'EntityFigures' });
export type EntityFigures = z.infer<typeof EntityFiguresSchema>;

export const FigureConflictsQuerySchema = z.object({ limit: boundedInt(1, 500, 100) });
export const FigureConflictSchema = FigureGroupSchema.extend({ entity: z.object({ id: z.string(), name: z.string() }) }).meta({ id: 'FigureConflict' });
export const FigureConflictsSchema = z.object({ conflicts: z.array(FigureConflictSchema), truncated: z.boolean() }).meta({ id: 'FigureConflicts' });
export type FigureConflicts = z.infer<typeof FigureConflictsSchema>;

/** The headline rows of a district dashboard, in order: kind and the measures shown for it. */
export const DASHBOARD_KINDS = ['gdp', 'fiscal_revenue', 'fixed_asset_investment', 'annual_investment', 'retail_sales', 'market_entities', 'new_enterprises'] as const;

export const DashboardQuerySchema = z.object({ entity: idParam.optional() });
export const DashboardSchema = z
  .object({
    /** en: its English name, for the English interface's heading */
    entity: z.object({ id: z.string(), name: z.string(), en: z.string().nullable() }),
    years: z.array(z.number()),
    rows: z.array(z.object({ kind: z.enum(FIGURE_KIND_NAMES), figures: z.array(FigureSchema) })),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof DashboardSchema>;
