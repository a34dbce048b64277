// Which figures speak of the same thing, and when two reports of it disagree: beyond their printed
// rounding (107万 and 107.14万 agree), or beyond a tenth for a bound (近12万); undated figures never conflict.
import { describe, expect, it } from 'vitest';
import { figureKey, groupFigures, valuesAgree, type Figure } from './figures.ts';

let n = 0;
const fig = (over: Partial<Figure> & { text: string; value: number }, article = 'a.txt', year = 2023): Figure => ({
  id: `f-${n++}`, kind: 'gdp', measure: 'level', basis: 'actual', period: 'year', year: 2022, value_max: null, unit: 'yuan',
  approximate: null, note: null, unparsed: null, status: 'curated', evidence: { article, start: n, end: n + 5, quote: over.text, year }, ...over,
});

describe('figureKey', () => {
  it('tells a rate from an amount, a target from an outcome, half a year from a year', () => {
    const base = fig({ text: '480.3亿元', value: 48_030_000_000 });
    for (const other of [{ measure: 'growth' }, { basis: 'target' }, { period: 'h1' }, { year: 2021 }, { unit: 'usd' }] as const)
      expect(figureKey({ ...base, ...other })).not.toBe(figureKey(base));
  });
  it('ignores the note for single-valued kinds (GDP) but not for kinds with many subjects (count)', () => {
    expect(figureKey(fig({ text: '1', value: 1, note: '上半年' }))).toBe(figureKey(fig({ text: '1', value: 1, note: '地区生产总值' })));
    expect(figureKey(fig({ kind: 'count', text: '1个', value: 1, note: '公园' }))).not.toBe(figureKey(fig({ kind: 'count', text: '1个', value: 1, note: '学校' })));
  });
});

describe('valuesAgree', () => {
  it.each([
    ['107万平方米', 1_070_000, '107.14万平方米', 1_071_400, true],
    ['480亿元', 48_000_000_000, '480.3亿元', 48_030_000_000, true],
    ['480.3亿元', 48_030_000_000, '490.1亿元', 49_010_000_000, false],
    ['3.4%', 3.4, '3.5%', 3.5, false],
    ['近12万家', 120_000, '11.5万家', 115_000, true],
    ['12万家', 120_000, '11.4万家', 114_000, false],
  ])('%s and %s: %s', (a, av, b, bv, agree) => {
    const approximate = a.startsWith('近') ? '近' : null;
    expect(valuesAgree(fig({ text: a, value: av, approximate }), fig({ text: b, value: bv }))).toBe(agree);
  });
});

describe('groupFigures', () => {
  it('summarises each group (articles, first and last reported) and names the values that conflict', () => {
    const groups = groupFigures([
      fig({ text: '1300亿元', value: 130_000_000_000 }, 'b.txt', 2023),
      fig({ text: '1250亿元', value: 125_000_000_000 }, 'c.txt', 2024),
      fig({ text: '1300亿元', value: 130_000_000_000 }, 'b.txt', 2023),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ articles: 2, first_reported: 2023, last_reported: 2024, conflicting: ['1300亿元', '1250亿元'] });
  });
  it('never flags figures of one article, or undated ones, as conflicting', () => {
    expect(groupFigures([fig({ text: '1亿元', value: 1e8 }), fig({ text: '2亿元', value: 2e8 })])[0].conflicting).toEqual([]);
    expect(groupFigures([fig({ text: '1亿元', value: 1e8, year: null }, 'a.txt'), fig({ text: '2亿元', value: 2e8, year: null }, 'b.txt')])[0].conflicting).toEqual([]);
  });
});
