// Why a search suggestion matched: the field and the text in it, name first, description last.
import { describe, expect, it } from 'vitest';
import { searchProps } from '../../../model/storage/index.ts';
import { fuzzyScore, matchedBy } from './search.ts';
import { normaliseQuery, pinyinQuery } from './text.ts';

const entity = (name: string, aliases: string[], en: string, description: string) => {
  const keys = searchProps(name, aliases, en);
  return { id: name, name, aliases, en, description, pinyin: keys.pinyin, pinyin_initials: keys.pinyin_initials, alias_pinyin: keys.alias_pinyin };
};
const district = entity('市中区', ['济南市市中区', '市中'], 'Shizhong District, Jinan', '济南市中心城区，“中优”战略的主战场');
const why = (typed: string) => {
  const q = normaliseQuery(typed);
  return matchedBy(district, q, pinyinQuery(q));
};

describe('matchedBy', () => {
  it.each([
    ['市中', { field: 'name', text: '市中区' }],
    ['济南市市中', { field: 'alias', text: '济南市市中区' }],
    ['szq', { field: 'pinyin', text: 'shizhongqu' }],
    ['jnsszq', { field: 'pinyin', text: 'jinanshishizhongqu（济南市市中区）' }],
    ['District', { field: 'en', text: 'Shizhong District, Jinan' }],
    ['主战场', { field: 'description', text: '…中心城区，“中优”战略的主战场' }],
    ['ＳＨＩＺＨＯＮＧ ＤＩＳＴＲＩＣＴ', { field: 'en', text: 'Shizhong District, Jinan' }],
  ])('%s → %j', (typed, expected) => {
    expect(why(typed)).toEqual(expected);
  });
});

describe('fuzzyScore', () => {
  it('ranks a full-text hit on a name (a two-character infix) above any hit on a description only', () => {
    const q = normaliseQuery('百强');
    const byName = entity('中国城区高质量发展百强区', [], 'Top 100 Urban Districts', '');
    const byDescription = entity('市中区', [], 'Shizhong District, Jinan', '进入“2020年中国百强区”榜单');
    expect(fuzzyScore(byName, q, pinyinQuery(q), 0.5)).toBeGreaterThan(fuzzyScore(byDescription, q, pinyinQuery(q), 50));
    expect(fuzzyScore(byName, q, pinyinQuery(q), 50)).toBeLessThan(50);
  });
});
