// Normalising what people type: full-width → half-width (NFKC), traditional → simplified, case.
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function normaliseQuery(q: string): string {
  return toSimplified(q.normalize('NFKC')).trim().toLowerCase();
}

/** The latin-only form used to match pinyin keys ("Zhong Yang" → "zhongyang"); '' when q has CJK. */
export function pinyinQuery(q: string): string {
  if (/[\u3400-\u9fff]/.test(q)) return '';
  return q.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A Lucene query that matches the words literally: special characters and operators are neutralised. */
export function luceneLiteral(q: string): string {
  return q
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(AND|OR|NOT|TO)$/i.test(w))
    .map((w) => w.toLowerCase())
    .join(' ');
}
