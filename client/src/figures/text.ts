// The figures views' words (Chinese first, English complete) and how a figure reads: its value scaled
// the Chinese way (亿, 万), its unit, and the qualifiers a reader needs (上半年, 目标, 增速).
import { FIGURE_BASES, FIGURE_KINDS, FIGURE_MEASURES, FIGURE_PERIODS, UNITS, type FigureKind, type Names } from '../../../model/vocabulary.ts';
import type { Figure } from '../../../model/index.ts';
import { uiLang, type UiLang } from '../i18n/index.ts';

const STRINGS = {
  figures: { zh: '数据', en: 'Figures' },
  chart: { zh: '图表', en: 'Charts' },
  table: { zh: '表格', en: 'Table' },
  csv: { zh: '导出 CSV', en: 'Export CSV' },
  undated: { zh: '未注明年份', en: 'year not stated' },
  conflict: { zh: '报道不一致', en: 'reports disagree' },
  agree: { zh: '多篇报道一致', en: 'reports agree' },
  articles: { zh: '篇报道', en: 'articles' },
  first: { zh: '首次报道', en: 'first reported' },
  last: { zh: '最近报道', en: 'last reported' },
  dashboard: { zh: '区情数据', en: 'District dashboard' },
  dashboardHint: { zh: '主要指标按年份排列；点击任一数字查看原文。', en: 'Headline figures by year; click any number to read its sentence.' },
  close: { zh: '关闭', en: 'Close' },
  none: { zh: '—', en: '—' },
  pointHint: { zh: '点击数据点查看原文', en: 'click a point to read its sentence' },
  kind: { zh: '类别', en: 'kind' },
  measure: { zh: '口径', en: 'measure' },
  period: { zh: '时段', en: 'period' },
  basis: { zh: '性质', en: 'basis' },
  year: { zh: '年份', en: 'year' },
  value: { zh: '数值', en: 'value' },
  unit: { zh: '单位', en: 'unit' },
  text: { zh: '原文数字', en: 'as printed' },
  note: { zh: '说明', en: 'note' },
  article: { zh: '文章', en: 'article' },
  reported: { zh: '报道年份', en: 'report year' },
  quote: { zh: '原句', en: 'sentence' },
  unread: { zh: '无法解析，按原文保留', en: 'could not be read; kept as printed' },
} satisfies Record<string, Names>;

/** The interface language (client/src/i18n: ?lang=en); the figures' words live here beside their English. */
export const lang = (): UiLang => uiLang;
export const t = (key: keyof typeof STRINGS) => STRINGS[key][lang()];
const named = (table: Record<string, Names>, key: string) => table[key]?.[lang()] ?? key;

export const kindName = (k: string) => named(FIGURE_KINDS, k);
export const periodName = (p: string) => named(FIGURE_PERIODS, p);
export const measureName = (m: string) => named(FIGURE_MEASURES, m);
export const basisName = (b: string) => named(FIGURE_BASES, b);
export const unitName = (u: string | null) => (u ? named(UNITS, u) : '');

/** 48030000000 yuan → "480.3亿元"; 1071400 m2 → "107.14万平方米"; 3.4 percent → "3.4%". */
export function formatValue(f: Pick<Figure, 'value' | 'value_max' | 'unit' | 'text'>): string {
  if (f.value === null || f.unit === null) return f.text;
  const one = (v: number) => (Math.abs(v) >= 1e8 ? `${+(v / 1e8).toFixed(2)}亿` : Math.abs(v) >= 1e4 ? `${+(v / 1e4).toFixed(2)}万` : `${+v.toFixed(2)}`);
  const unit = f.unit === 'count' ? '' : unitName(f.unit);
  return `${one(f.value)}${f.value_max !== null ? `—${one(f.value_max)}` : ''}${unit}`;
}

/** What qualifies a figure beyond its kind: 上半年 · 目标 · 增速 (nothing for a full year's actual amount). */
export function qualifiers(f: Pick<Figure, 'measure' | 'period' | 'basis'>): string[] {
  return [f.period !== 'year' ? periodName(f.period) : '', f.measure !== 'level' ? measureName(f.measure) : '', f.basis !== 'actual' ? basisName(f.basis) : ''].filter(Boolean);
}

/** The series a chart draws: one kind, one measure, one unit (a rate and an amount never share an axis). */
export const seriesKey = (f: Pick<Figure, 'kind' | 'measure' | 'unit'>) => `${f.kind}|${f.measure}|${f.unit ?? ''}`;

/** The order kinds are shown in: the vocabulary's. */
export const KIND_ORDER = Object.keys(FIGURE_KINDS) as FigureKind[];
