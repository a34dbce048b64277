// Amounts are normalised exactly, the Chinese way (亿 = 10^8, 万 = 10^4); approximate ones keep the printed
// bound, ranges both ends, growth rates their sign. One row per printed form: the table is the spec.
import { describe, expect, it } from 'vitest';
import { halfWidth, parseAmount, parseFigure } from './figures.ts';

type Row = [printed: string, unit: string, value: bigint | number, extra?: Record<string, unknown>];

const FORMS: Row[] = [
  // money, exact to the yuan
  ['89.3亿元', 'yuan', 8_930_000_000n],
  ['1082.6亿元', 'yuan', 108_260_000_000n],
  ['0.1亿元', 'yuan', 10_000_000n],
  ['2.17亿元', 'yuan', 217_000_000n],
  ['8600万元', 'yuan', 86_000_000n],
  ['1045元', 'yuan', 1045n],
  ['1.2万亿元', 'yuan', 1_200_000_000_000n],
  ['3亿美元', 'usd', 300_000_000n],
  ['500万美元', 'usd', 5_000_000n],
  // areas and lengths, with 万 before every unit
  ['19.8万平方米', 'm2', 198_000n],
  ['287万平米', 'm2', 2_870_000n],
  ['2平方公里', 'm2', 2_000_000n],
  ['1.5平方千米', 'm2', 1_500_000n],
  ['30公顷', 'm2', 300_000n],
  ['1000亩', 'mu', 1000n],
  ['1.2万亩', 'mu', 12_000n],
  ['15公里', 'km', 15n],
  ['1.7万米', 'km', 17n],
  ['800米', 'km', 0.8],
  // counts with a counter word, and 万/亿 before it
  ['175个', 'count', 175n],
  ['2.77万户', 'count', 27_700n],
  ['9.4万人', 'count', 94_000n],
  ['3.9万人次', 'count', 39_000n],
  ['1973栋', 'count', 1973n],
  // percentages and growth rates
  ['6.5%', 'percent', 6.5],
  ['100%', 'percent', 100n],
  ['同比增长3.4%', 'percent', 3.4, { growth: true }],
  ['增长12%以上', 'percent', 12n, { growth: true, approximate: '以上' }],
  ['增速21.4%', 'percent', 21.4, { growth: true }],
  ['下降2.1%', 'percent', -2.1, { growth: true }],
  ['同比下降0.5%', 'percent', -0.5, { growth: true }],
  // approximate markers: printed value kept, marker named
  ['1100余万元', 'yuan', 11_000_000n, { approximate: '余' }],
  ['1.2万余亩', 'mu', 12_000n, { approximate: '余' }],
  ['200余家', 'count', 200n, { approximate: '余' }],
  ['1300多人', 'count', 1300n, { approximate: '多' }],
  ['近300家', 'count', 300n, { approximate: '近' }],
  ['约1466亩', 'mu', 1466n, { approximate: '约' }],
  ['超1800亿元', 'yuan', 180_000_000_000n, { approximate: '超' }],
  ['逾50亿元', 'yuan', 5_000_000_000n, { approximate: '逾' }],
  ['突破90亿元', 'yuan', 9_000_000_000n, { approximate: '突破' }],
  ['100亩以上', 'mu', 100n, { approximate: '以上' }],
  ['3000人左右', 'count', 3000n, { approximate: '左右' }],
  // ranges: both ends, the lower borrowing the upper's 万/亿 and unit
  ['3—5亿元', 'yuan', 300_000_000n, { max: 500_000_000n }],
  ['3亿—5亿元', 'yuan', 300_000_000n, { max: 500_000_000n }],
  ['3-5万平方米', 'm2', 30_000n, { max: 50_000n }],
  ['10%～15%', 'percent', 10n, { max: 15n }],
  ['20至30家', 'count', 20n, { max: 30n }],
  // full-width digits, point and percent sign
  ['４８０．３亿元', 'yuan', 48_030_000_000n],
  ['５％', 'percent', 5n],
  ['同比增长３．４％', 'percent', 3.4, { growth: true }],
  ['1,200万元', 'yuan', 12_000_000n],
];

describe('parseAmount reads every printed form', () => {
  it.each(FORMS)('%s → %s %s', (printed, unit, value, extra = {}) => {
    expect(parseAmount(printed)).toEqual({ text: printed, unit, value, ...extra });
  });
});

describe('parseAmount refuses what is not an amount', () => {
  it.each([
    ['千亿元', /expected a number/],
    ['1100万余元余', /unknown unit/],
    ['12斤', /unknown unit "斤"/],
    ['1100余余万元', /unknown unit|approximate/],
    ['增长5亿元', /only in percent/],
    ['5—3亿元', /backwards/],
    ['3亩—5万元', /different units/],
    ['5万%', /万\/亿 before a percent/],
  ])('%s', (printed, reason) => {
    expect(() => parseAmount(printed)).toThrow(reason);
  });
});

describe('parseFigure', () => {
  it('keeps an unreadable figure with the reason instead of throwing', () => {
    expect(parseFigure('三成')).toEqual({ ok: false, reason: expect.stringMatching(/expected a number/) });
    expect(parseFigure('3亿元')).toMatchObject({ ok: true, amount: { unit: 'yuan', value: 300_000_000n } });
  });
  it('reads full-width forms as ASCII and leaves other text alone', () => {
    expect(halfWidth('１２３．５％')).toBe('123.5%');
    expect(halfWidth('1,200,000')).toBe('1200000');
    expect(halfWidth('市中区，2023')).toBe('市中区，2023');
  });
});
