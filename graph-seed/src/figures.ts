// Exact normalisation of Chinese amounts: '89.3亿元' → 8930000000 yuan, with no floating point.
// Money is normalised to yuan (or usd), areas to m2 (亩 kept as mu), lengths to km, things to a count,
// percentages to percent. Approximate amounts (1100余万元, 1.2万余亩, 近300家, 超1800亿元, 1300多人) keep
// the printed number as their value (the bound the text states) and say which marker made them
// approximate; ranges (3—5亿元) keep both ends; a growth rate (同比增长3.4%, 下降2.1%) is a signed percent.
// Full-width digits and signs (４８０．３亿元, ５％) read as their ASCII forms.
// Anything else — an unknown unit, a marker in the wrong place — is refused, never read as a bare number:
// parseFigure keeps such a figure as text with the reason, and `npm run seed -- --check` lists it.

import type { Evidence, FigureBasis, FigureKind, FigureMeasure, FigurePeriod, Unit } from '../../model/index.ts';
import type { FigureToStore } from '../../model/storage/index.ts';
import { figureContext } from './figure-context.ts';

export interface NormalisedAmount {
  text: string;
  unit: Unit;
  /** exact integer when representable, otherwise a decimal number; for a range, its lower end */
  value: bigint | number;
  /** the upper end of a range (3—5亿元) */
  max?: bigint | number;
  /** the marker that makes the printed number a bound or an estimate (余, 多, 近, 约, 超, 逾, 以上, 左右) */
  approximate?: string;
  /** printed as a change (同比增长3.4%, 下降2.1%): the value is the signed rate */
  growth?: true;
}

const MULTIPLIERS: Record<string, bigint> = { '': 1n, 十: 10n, 百: 100n, 千: 1000n, 万: 10_000n, 亿: 100_000_000n, 万亿: 1_000_000_000_000n };

/** Measurement units: the unit they normalise to and the factor (or divisor, for metres → km). */
const MEASURES: Record<string, { unit: Unit; factor?: bigint; divisor?: bigint }> = {
  元: { unit: 'yuan' },
  人民币: { unit: 'yuan' },
  美元: { unit: 'usd' },
  平方米: { unit: 'm2' },
  平米: { unit: 'm2' },
  '㎡': { unit: 'm2' },
  平方公里: { unit: 'm2', factor: 1_000_000n },
  平方千米: { unit: 'm2', factor: 1_000_000n },
  公顷: { unit: 'm2', factor: 10_000n },
  亩: { unit: 'mu' },
  公里: { unit: 'km' },
  千米: { unit: 'km' },
  米: { unit: 'km', divisor: 1000n },
  '%': { unit: 'percent' },
};

/** Counters (量词): a number of things, unit `count`. */
export const COUNTERS = [
  '', '个', '家', '处', '名', '条', '户', '件', '人', '人次', '部', '栋', '所', '座', '套', '项', '只', '辆',
  '间', '批', '位', '次', '届', '场', '类', '款', '本', '台', '张', '支', '座', '幢', '宗', '笔', '期', '亿人次', '万人次',
];

/** Markers of an approximate amount, before the number or after the number / its 万 or 亿. */
const PREFIXES = ['超过', '近', '约', '超', '逾', '突破'];
const INNER = ['余', '多'];
const SUFFIXES = ['以上', '左右'];
/** A change printed before a rate: 同比增长3.4%, 增速21.4%, 下降2.1% (a fall is a negative rate). */
const RISES = ['同比增长', '同比提高', '比上年增长', '增长', '增速', '增幅', '提高', '上升'];
const FALLS = ['同比下降', '比上年下降', '下降', '减少', '降低', '回落'];
/** Dashes and words that join the two ends of a range. */
const RANGE = /[—–－~～至到]|-(?=\d)/;

const NUMBER = `([0-9]+(?:\\.[0-9]+)?)(${INNER.join('|')})?(万亿|[十百千万亿])?(${INNER.join('|')})?`;
const AMOUNT = new RegExp(`^(${PREFIXES.join('|')})?${NUMBER}(.*?)(${SUFFIXES.join('|')})?$`);

/** Full-width digits, point and percent sign read as ASCII; thousands separators (1,200万) dropped. */
export function halfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/％/g, '%')
    .replace(/(?<=\d)[,，](?=\d{3}(?!\d))/g, '')
    .trim();
}

const scale = (num: string, mult: string, measure?: { factor?: bigint; divisor?: bigint }): bigint | number => {
  const [intPart, frac = ''] = num.split('.');
  const scaled = BigInt(intPart + frac) * MULTIPLIERS[mult] * (measure?.factor ?? 1n);
  const divisor = 10n ** BigInt(frac.length) * (measure?.divisor ?? 1n);
  return scaled % divisor === 0n ? scaled / divisor : Number(scaled) / Number(divisor);
};

const negate = (v: bigint | number): bigint | number => -v;

/** Parse an amount such as 89.3亿元, 3亿美元, 19.8万平方米, 1000亩, 175个, 1100余万元, 3—5亿元, 同比增长3.4%. Throws on anything else. */
export function parseAmount(text: string): NormalisedAmount {
  const plain = halfWidth(text);
  const rise = RISES.find((r) => plain.startsWith(r));
  const fall = FALLS.find((r) => plain.startsWith(r));
  const change = rise ?? fall;
  if (change) {
    const rate = parseAmount(plain.slice(change.length));
    if (rate.unit !== 'percent') throw new Error(`figure "${text}": a change (${change}) is read as a rate only in percent, e.g. "同比增长3.4%"`);
    return { ...rate, text, growth: true, ...(fall && { value: negate(rate.value), ...(rate.max !== undefined && { max: negate(rate.max) }) }) };
  }
  const range = RANGE.exec(plain);
  if (range) {
    const low = plain.slice(0, range.index);
    const highText = plain.slice(range.index + range[0].length);
    const high = parseAmount(highText);
    // 3—5亿元, 3亿—5亿元: the lower end borrows the upper end's 万/亿 (when it prints none) and its unit
    const [, highMult = '', tail = ''] = /^\D*[0-9.]+(?:余|多)?(万亿|[十百千万亿])?(?:余|多)?(.*)$/.exec(highText) ?? [];
    const lowText = /^[0-9.]+$/.test(low) ? low + highMult + tail : /[万亿十百千余多]$/.test(low) ? low + tail : low;
    const lowAmount = parseAmount(lowText);
    if (lowAmount.unit !== high.unit) throw new Error(`figure "${text}": the two ends of the range are in different units (${lowAmount.unit}, ${high.unit})`);
    if (Number(lowAmount.value) > Number(high.value)) throw new Error(`figure "${text}": the range runs backwards`);
    return { text, unit: high.unit, value: lowAmount.value, max: high.value, ...((lowAmount.approximate ?? high.approximate) && { approximate: lowAmount.approximate ?? high.approximate }) };
  }
  const m = AMOUNT.exec(plain);
  if (!m) throw new Error(`figure "${text}": expected a number followed by an optional 万/亿 and a unit, e.g. "89.3亿元" or "1100余万元"`);
  const [, prefix, num, innerBefore, mult = '', innerAfter, rawUnit, suffix] = m;
  if (innerBefore && innerAfter) throw new Error(`figure "${text}": two approximate markers (${innerBefore}, ${innerAfter})`);
  const measure = MEASURES[rawUnit];
  if (!measure && !COUNTERS.includes(rawUnit))
    throw new Error(`figure "${text}": unknown unit "${rawUnit}" after the number (known: ${Object.keys(MEASURES).join(' ')}, counters such as 个 家 处 名 人)`);
  if (measure?.unit === 'percent' && mult) throw new Error(`figure "${text}": 万/亿 before a percent sign`);
  const approximate = prefix ?? innerBefore ?? innerAfter ?? suffix;
  return { text, unit: measure?.unit ?? 'count', value: scale(num, mult, measure), ...(approximate && { approximate }) };
}

/** A figure's amount, or the reason it could not be read: an unreadable figure is kept as text, never dropped. */
export type ParsedFigure = { ok: true; amount: NormalisedAmount } | { ok: false; reason: string };

export function parseFigure(text: string): ParsedFigure {
  try {
    return { ok: true, amount: parseAmount(text) };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

/** What a curator or an extractor says of a figure besides its printed amount. */
export interface FigureInput {
  kind: FigureKind;
  amount: string;
  year?: number | null;
  note?: string | null;
  measure?: FigureMeasure;
  basis?: FigureBasis;
  period?: FigurePeriod;
}

/**
 * A figure as every loader stores it (seed, ingest, drafts): the amount read, the context read from its
 * quote (figure-context.ts) unless given, and an unreadable amount kept as text with the reason.
 */
export function figureToStore(f: FigureInput, evidence: Evidence): FigureToStore {
  const parsed = parseFigure(f.amount);
  const amount = parsed.ok ? parsed.amount : undefined;
  const context = figureContext(evidence.quote, f.amount, amount?.unit ?? null, !!amount?.growth, f);
  // a stock stated without a date (共有70家) stands as of its report
  const year = f.year ?? (context.period === 'as_of' ? evidence.year : null);
  return {
    kind: f.kind,
    ...context,
    year,
    text: f.amount,
    value: amount?.value ?? null,
    value_max: amount?.max ?? null,
    unit: amount?.unit ?? null,
    approximate: amount?.approximate ?? null,
    note: f.note ?? null,
    unparsed: parsed.ok ? null : parsed.reason,
    evidence,
  };
}
