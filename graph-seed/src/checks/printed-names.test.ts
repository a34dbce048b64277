// Names are printed forms; marks only around a slogan inside a longer name.
import { describe, expect, it } from 'vitest';
import { printedIn, wrappedInQuotes } from './printed-names.ts';

describe('printed names', () => {
  it('finds a name wrapped whole in quotation marks', () => {
    expect(wrappedInQuotes('“项目突破年”')).toBe(true);
    expect(wrappedInQuotes('"深化提升年"')).toBe(true);
  });
  it('accepts marks around a slogan inside a longer name, and bare names', () => {
    expect(wrappedInQuotes('“中优”战略')).toBe(false);
    expect(wrappedInQuotes('“东强”与“西兴”')).toBe(false);
    expect(wrappedInQuotes('一带一城')).toBe(false);
  });
  it('knows whether a form is printed, also across a line break', () => {
    expect(printedIn('山大科技园', ['山东大学国家大学科技园'])).toBe(false);
    expect(printedIn('四级医保公共服务体系', ['持续加快四级医保公共\n\n服务体系'])).toBe(true);
  });
});
