// Quotes become exact spans, or a clear complaint.
import { describe, expect, it } from 'vitest';
import { locateQuote } from './quotes.ts';

const text = '市中区，中央活力区。中央活力区建设。';
describe('locateQuote', () => {
  it('finds a unique quote', () => {
    expect(locateQuote(text, '活力区。中')).toEqual({ start: 6, end: 11 });
  });
  it('refuses an ambiguous quote unless an occurrence is given', () => {
    expect(locateQuote(text, '中央活力区')).toMatch(/ambiguous: it occurs 2 times/);
    expect(locateQuote(text, '中央活力区', 2)).toEqual({ start: 10, end: 15 });
    expect(locateQuote(text, '中央活力区', 3)).toMatch(/occurs 2 time\(s\), occurrence 3 asked/);
  });
  it('refuses a quote that is not in the text', () => {
    expect(locateQuote(text, '中央活力圈')).toMatch(/not found verbatim/);
  });
});
