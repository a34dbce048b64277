// The CSV a user downloads from the figures table: every figure a row, quotes and commas escaped.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../model/index.ts';
import { CSV_COLUMNS, figuresCsv } from './csv.ts';

const figure: Figure = {
  id: 'f-1', kind: 'gdp', measure: 'level', basis: 'actual', period: 'h1', year: 2020, text: '480.3亿元', value: 48_030_000_000, value_max: null,
  unit: 'yuan', approximate: null, note: '上半年, "地区生产总值"', unparsed: null, status: 'curated',
  evidence: { article: '000_a.txt', start: 10, end: 40, quote: '实现地区生产总值480.3亿元，同比增长3.4%', year: 2020 },
};

describe('figuresCsv', () => {
  it('writes a header and one row per figure, escaping commas and quotes, with a BOM', () => {
    const csv = figuresCsv('市中区', [figure]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toBe('市中区,gdp,level,actual,h1,2020,48030000000,,yuan,,480.3亿元,"上半年, ""地区生产总值""",000_a.txt,2020,10,40,实现地区生产总值480.3亿元，同比增长3.4%,');
    expect(end).toBe('');
  });
});
