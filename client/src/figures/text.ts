// How a figure reads: its value scaled the way the interface language counts (亿 and 万 in Chinese,
// billion and million in English), its unit, and the qualifiers a reader needs (上半年, 目标, 增速).
// The figures views' words are in ../i18n (figures.*), the vocabulary's names in ../i18n/vocabulary.ts.
import { FIGURE_KINDS, type FigureKind } from '../../../model/vocabulary.ts';
import type { Figure } from '../../../model/index.ts';
import { basisName, measureName, periodName, uiLang, unitName } from '../i18n/index.ts';

const zhScaled = (v: number) => (Math.abs(v) >= 1e8 ? `${+(v / 1e8).toFixed(2)}亿` : Math.abs(v) >= 1e4 ? `${+(v / 1e4).toFixed(2)}万` : `${+v.toFixed(2)}`);
const enScaled = (v: number) => (Math.abs(v) >= 1e9 ? `${+(v / 1e9).toFixed(2)} billion` : Math.abs(v) >= 1e6 ? `${+(v / 1e6).toFixed(2)} million` : (+v.toFixed(2)).toLocaleString('en-US'));

/** 48030000000 yuan → "480.3亿元" / "48.03 billion yuan"; 1071400 m2 → "107.14万平方米" / "1.07 million m²"; 3.4 percent → "3.4%". */
export function formatValue(f: Pick<Figure, 'value' | 'value_max' | 'unit' | 'text'>): string {
  if (f.value === null || f.unit === null) return f.text;
  const one = uiLang === 'en' ? enScaled : zhScaled;
  const unit = f.unit === 'count' ? '' : unitName(f.unit);
  const gap = uiLang === 'en' && unit && unit !== '%' ? ' ' : '';
  return `${one(f.value)}${f.value_max !== null ? `—${one(f.value_max)}` : ''}${gap}${unit}`;
}

/** The value as the interface shows it: as printed in Chinese ("近12万家"), formatted in English ("120,000"); the printed form goes beside it. */
export const shownValue = (f: Pick<Figure, 'value' | 'value_max' | 'unit' | 'text'>): string => (uiLang === 'en' && f.value !== null && f.unit !== null ? formatValue(f) : f.text);

/** The chart axis's scale: 亿/万 of the unit in Chinese, billion/million in English. */
export function axisScale(max: number, unit: string): { div: number; label: string } {
  if (uiLang === 'en') return max >= 1e9 ? { div: 1e9, label: `billion ${unit}`.trim() } : max >= 1e6 ? { div: 1e6, label: `million ${unit}`.trim() } : { div: 1, label: unit };
  return max >= 1e8 ? { div: 1e8, label: `亿${unit}` } : max >= 1e4 ? { div: 1e4, label: `万${unit}` } : { div: 1, label: unit };
}

/** What qualifies a figure beyond its kind: 上半年 · 目标 · 增速 (nothing for a full year's actual amount). */
export function qualifiers(f: Pick<Figure, 'measure' | 'period' | 'basis'>): string[] {
  return [f.period !== 'year' ? periodName(f.period) : '', f.measure !== 'level' ? measureName(f.measure) : '', f.basis !== 'actual' ? basisName(f.basis) : ''].filter(Boolean);
}

/** The series a chart draws: one kind, one measure, one unit (a rate and an amount never share an axis). */
export const seriesKey = (f: Pick<Figure, 'kind' | 'measure' | 'unit'>) => `${f.kind}|${f.measure}|${f.unit ?? ''}`;

/** The order kinds are shown in: the vocabulary's. */
export const KIND_ORDER = Object.keys(FIGURE_KINDS) as FigureKind[];
