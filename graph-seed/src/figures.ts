// Exact normalisation of Chinese amounts: '89.3亿元' → 8930000000 yuan, with no floating point.
// Money is normalised to yuan (or usd), areas to m2 (亩 kept as mu), lengths to km, counts to `value`.
// Approximate amounts (1100余万元, 1.2万余亩, 近300家, 超1800亿元, 1300多人) keep the printed number as
// their value (the bound the text states) and say which marker made them approximate; the text keeps it.
// Anything else — an unknown unit, a marker in the wrong place — is refused, never read as a bare number.

import type { Unit } from '../../model/index.ts';

export interface NormalisedAmount {
  text: string;
  unit: Unit;
  /** exact integer when representable, otherwise a decimal number */
  value: bigint | number;
  /** the marker that makes the printed number a bound or an estimate (余, 多, 近, 约, 超, 逾, 以上, 左右) */
  approximate?: string;
}

const MULTIPLIERS: Record<string, bigint> = { '': 1n, 十: 10n, 百: 100n, 千: 1000n, 万: 10_000n, 亿: 100_000_000n, 万亿: 1_000_000_000_000n };

/** Measurement units: the unit they normalise to and the factor (or divisor, for metres → km). */
const MEASURES: Record<string, { unit: Unit; factor?: bigint; divisor?: bigint }> = {
  元: { unit: 'yuan' },
  美元: { unit: 'usd' },
  平方米: { unit: 'm2' },
  平米: { unit: 'm2' },
  '㎡': { unit: 'm2' },
  平方公里: { unit: 'm2', factor: 1_000_000n },
  亩: { unit: 'mu' },
  公里: { unit: 'km' },
  米: { unit: 'km', divisor: 1000n },
};

/** Counters (量词) and percent: a plain number of things, unit `value`. */
export const COUNTERS = [
  '', '%', '个', '家', '处', '名', '条', '户', '件', '人', '人次', '部', '栋', '所', '座', '套', '项', '只', '辆',
  '间', '批', '位', '次', '届', '场', '类', '款', '本', '台', '张', '支', '亿人次', '万人次',
];

/** Markers of an approximate amount, before the number or after the number / its 万 or 亿. */
const PREFIXES = ['超过', '近', '约', '超', '逾'];
const INNER = ['余', '多'];
const SUFFIXES = ['以上', '左右'];

const AMOUNT = new RegExp(
  `^(${PREFIXES.join('|')})?([0-9]+(?:\\.[0-9]+)?)(${INNER.join('|')})?(万亿|[十百千万亿])?(${INNER.join('|')})?(.*?)(${SUFFIXES.join('|')})?$`,
);

/** Parse an amount such as 89.3亿元, 3亿美元, 19.8万平方米, 1000亩, 175个, 1100余万元. Throws on anything else. */
export function parseAmount(text: string): NormalisedAmount {
  const m = AMOUNT.exec(text.trim());
  if (!m) throw new Error(`figure "${text}": expected a number followed by an optional 万/亿 and a unit, e.g. "89.3亿元" or "1100余万元"`);
  const [, prefix, num, innerBefore, mult = '', innerAfter, rawUnit, suffix] = m;
  if (innerBefore && innerAfter) throw new Error(`figure "${text}": two approximate markers (${innerBefore}, ${innerAfter})`);
  const measure = MEASURES[rawUnit];
  if (!measure && !COUNTERS.includes(rawUnit))
    throw new Error(`figure "${text}": unknown unit "${rawUnit}" after the number (known: ${Object.keys(MEASURES).join(' ')}, counters such as 个 家 处 名 人 %)`);
  const [intPart, frac = ''] = num.split('.');
  const scaled = BigInt(intPart + frac) * MULTIPLIERS[mult] * (measure?.factor ?? 1n);
  const divisor = 10n ** BigInt(frac.length) * (measure?.divisor ?? 1n);
  const value = scaled % divisor === 0n ? scaled / divisor : Number(scaled) / Number(divisor);
  const approximate = prefix ?? innerBefore ?? innerAfter ?? suffix;
  return { text, unit: measure?.unit ?? 'value', value, ...(approximate && { approximate }) };
}
