// The interface languages: the dictionaries agree, t() fills parameters, server errors are worded by
// code in both languages, and the language lives in the URL beside the view.
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../state/url.ts';
import { EMPTY_VIEW } from '../types.ts';
import { en } from './en.ts';
import { errorText, t, uiLangOf, withUiLang } from './index.ts';
import { zh, type MessageId } from './zh.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  it('English has every message Chinese has, and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('a message takes the same parameters in both languages', () => {
    for (const id of Object.keys(zh) as MessageId[]) {
      const [a, b] = [zh[id], en[id]];
      if (typeof a === 'string' && typeof b === 'string') expect(placeholders(b), id).toEqual(placeholders(a));
    }
  });

  it('t() fills parameters and words English plurals', () => {
    expect(t('console.summary', { rows: 1, nodes: 3, edges: 0, ms: 12 }, 'zh')).toBe('1 行 · 3 个节点 · 0 条关系 · 12 ms');
    expect(t('console.summary', { rows: 1, nodes: 3, edges: 0, ms: 12 }, 'en')).toBe('1 row · 3 nodes · 0 relationships · 12 ms');
    expect(t('status.line', { nodes: 1200, edges: 1 }, 'en')).toBe('1,200 entities · 1 fact');
  });
});

describe('server errors in both languages', () => {
  const syntax = { code: 'cypher_syntax', error: 'Cypher syntax error: Invalid input', details: { reason: "Invalid input 'RETRUN'", line: 2, column: 1, offset: 15 } };

  it('words a code with its details', () => {
    expect(errorText('zh', syntax)).toBe("Cypher 语法错误（第 2 行，第 1 列）：Invalid input 'RETRUN'");
    expect(errorText('en', syntax)).toBe("Cypher syntax error (line 2, column 1): Invalid input 'RETRUN'");
    expect(errorText('zh', { code: 'entity_not_found', error: 'x', details: { id: 'e-9', role: 'to' } })).toBe('找不到实体“e-9”（终点），它可能已被删除');
    expect(errorText('en', { code: 'invalid_parameter', error: 'x', details: [{ where: 'query', field: 'limit', message: 'Too big' }] })).toBe('Invalid query parameter “limit”');
    expect(errorText('zh', { code: 'rate_limited', error: 'x', details: { what: 'cypher', limit: 60, windowS: 60 } })).toBe('查询太频繁：每 60 秒最多 60 次，请稍候再试');
  });

  it("keeps the server's sentence for a code it does not know (a newer server)", () => {
    expect(errorText('zh', { code: 'something_new', error: 'the server says why' })).toBe('the server says why');
  });
});

describe('the language in the URL', () => {
  it('reads ?lang=en; anything else is the Chinese interface (lang=py meant pinyin labels)', () => {
    expect(uiLangOf('?lang=en')).toBe('en');
    expect(uiLangOf('?lang=py')).toBe('zh');
    expect(uiLangOf('')).toBe('zh');
  });

  it('labels follow the interface language unless chosen otherwise, and both survive a round trip', () => {
    expect(encodeView({ ...EMPTY_VIEW, lang: 'en' }, EMPTY_VIEW.layout, 'en')).toBe('lang=en');
    expect(encodeView({ ...EMPTY_VIEW, lang: 'zh' }, EMPTY_VIEW.layout, 'zh')).toBe('');
    const q = encodeView({ ...EMPTY_VIEW, nodes: ['a'], lang: 'py' }, EMPTY_VIEW.layout, 'en');
    expect(q).toMatch(/^lang=en&v=[\w-]+&labels=py$/);
    expect(decodeView(q).lang).toBe('py');
    expect(uiLangOf(q)).toBe('en');
    expect(decodeView('?lang=en').lang).toBe('en');
    expect(decodeView('?lang=py').lang).toBe('py');
  });

  it('switching keeps the rest of the view', () => {
    expect(withUiLang('http://x/?n=a,b&labels=py', 'en')).toBe('http://x/?n=a%2Cb&labels=py&lang=en');
    expect(withUiLang('http://x/?n=a&lang=en', 'zh')).toBe('http://x/?n=a');
  });
});
