// Exact normalisation of Chinese amounts: '89.3亿元' → 8930000000 yuan, with no floating point.
// Money is normalised to yuan (or usd), areas to m2 (亩 kept as mu), everything else to `value`.

import type { Unit } from '../../model/index.ts';

export interface NormalisedAmount {
  text: string;
  unit: Unit;
  /** exact integer when representable, otherwise a decimal number */
  value: bigint | number;
}

const MULTIPLIERS: Record<string, bigint> = { '': 1n, 十: 10n, 百: 100n, 千: 1000n, 万: 10_000n, 亿: 100_000_000n, 万亿: 1_000_000_000_000n };

const UNIT_MAP: Array<[RegExp, NormalisedAmount['unit']]> = [
  [/^美元$/, 'usd'],
  [/^元$/, 'yuan'],
  [/^平方米$|^平米$|^㎡$/, 'm2'],
  [/^平方公里$/, 'm2'],
  [/^亩$/, 'mu'],
  [/^公里$/, 'km'],
];

const AMOUNT = /^([0-9]+(?:\.[0-9]+)?)(万亿|[十百千万亿]?)(.*)$/;

/** Parse an amount such as 89.3亿元, 3亿美元, 19.8万平方米, 1000亩, 175个. Throws on anything else. */
export function parseAmount(text: string): NormalisedAmount {
  const m = AMOUNT.exec(text.trim());
  if (!m) throw new Error(`figure "${text}": expected a number followed by an optional 万/亿 and a unit, e.g. "89.3亿元"`);
  const [, num, mult, rawUnit] = m;
  const [intPart, frac = ''] = num.split('.');
  let scaled = BigInt(intPart + frac) * MULTIPLIERS[mult];
  let unit: NormalisedAmount['unit'] = 'value';
  for (const [re, u] of UNIT_MAP) if (re.test(rawUnit)) unit = u;
  if (rawUnit === '平方公里') scaled *= 1_000_000n;
  const divisor = 10n ** BigInt(frac.length);
  const value = scaled % divisor === 0n ? scaled / divisor : Number(scaled) / Number(divisor);
  return { text, unit, value };
}
