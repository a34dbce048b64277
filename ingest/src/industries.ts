// Industries printed bare under their usual names (发展储能电池产业, 围绕预制菜、乳制品…): the terms are
// data (ingest/lexicon.yaml's industry_terms); the rule takes one only where jieba's words begin and end with it,
// so a term is never cut out of a longer word, and longer names that hold one (…陶瓷新材料产业园) win in selection.
import { fromLexicon, lexicon } from './lexicon.ts';
import type { Candidate } from './model.ts';
import type { Token } from './segment.ts';

export function industryCandidates(text: string, tokens: Token[]): Candidate[] {
  const terms = fromLexicon('industries', (lex) => [...lex.industry_terms].sort((a, b) => b.length - a.length));
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const out: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  for (const term of terms)
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
      // the parts made for an industry are an industry of their own (新能源汽车零部件)
      const parts = text.startsWith('零部件', i + term.length) ? '零部件' : '';
      const end = i + term.length + parts.length;
      if (!starts.has(i) || !ends.has(i + term.length) || taken.subarray(i, end).some((x) => x)) continue;
      taken.fill(1, i, end);
      out.push({ start: i, end, name: term + parts, type: 'Industry', rule: 'lexicon' });
    }
  return out;
}

/** Whether a phrase is an industry's usual name (a site named 农机装备生产基地 is no company's). */
export function isIndustryTerm(phrase: string): boolean {
  return lexicon().industry_terms.includes(phrase);
}
