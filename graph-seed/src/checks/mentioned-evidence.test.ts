// An entity with evidence in an article is named there.
import { describe, expect, it } from 'vitest';
import type { SeedArticle, SeedEntity } from '../model.ts';
import { unmentionedEvidence } from './mentioned-evidence.ts';

const article = (text: string): SeedArticle => ({ id: 'a', file: 'a.txt', headline: '', byline: '', reporters: [], year: 2024, newspaper: '', text });
const entity = (name: string, aliases: string[], quote: string, text: string, mentioned = false): SeedEntity => {
  const start = text.indexOf(quote);
  return {
    id: name,
    name,
    label: 'Enterprise',
    aliases,
    figures: [],
    evidence: [{ article: 'a.txt', start, end: start + quote.length, quote, year: 2024 }],
    mentions: new Map(mentioned ? [['a.txt', [{ start, end: start + 2 }]]] : []),
  };
};

describe('unmentionedEvidence', () => {
  const text = '联合移动、联通等运营商。山东新金融产\n业园成为功能区。';
  it('names an entity whose printed form is missing from its aliases', () => {
    expect(unmentionedEvidence([article(text)], [entity('中国移动', [], '联合移动、联通', text)])).toEqual([
      expect.stringMatching(/中国移动 \(Enterprise\) has evidence in a.txt but none of its forms is printed there/),
    ]);
    expect(unmentionedEvidence([article(text)], [entity('中国移动', ['移动'], '联合移动、联通', text)])).toEqual([]);
  });
  it('accepts a mention, and a quote cut by the layout', () => {
    expect(unmentionedEvidence([article(text)], [entity('中国联通', [], '联合移动、联通', text, true)])).toEqual([]);
    expect(unmentionedEvidence([article(text)], [entity('山东新金融产业园', [], '山东新金融产', text)])).toEqual([]);
  });
});
