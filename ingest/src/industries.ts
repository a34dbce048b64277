// Industries printed bare under their usual names (发展储能电池产业, 围绕预制菜、乳制品…): the terms are
// data (ingest/lexicon.yaml's industry_terms); the rule takes one only where jieba's words begin and end with it,
// so a term is never cut out of a longer word, and longer names that hold one (…陶瓷新材料产业园) win in selection.
import { fromLexicon, lexicon } from './lexicon.ts';
import type { Candidate } from './model.ts';
import type { Token } from './segment.ts';

export function industryCandidates(text: string, tokens: Token[], knownField: (name: string) => boolean = () => false): Candidate[] {
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
  // a list of fields closed as one (A、B、C等领域, A、B和C三大产业) is a list of industries when one of them is an industry's
  // usual name or a curated industry: its other members are fields too (A、B、C等领域: 某某零售, 某某健康)
  for (const m of text.matchAll(/((?:[\u4e00-\u9fa5]{2,8}、)+[\u4e00-\u9fa5]{2,8})(?:等(?:领域|产业|行业)|[两三四五六]大(?:产业|领域))/g)) {
    const members: { start: number; name: string }[] = [];
    let at = m.index;
    for (const part of m[1].split('、')) {
      members.push({ start: at, name: part });
      at += part.length + 1;
    }
    // the first member may carry the clause's verb (提供某某技术): only a field's name at its end is taken from it
    const first = members[0];
    const isField = (name: string) => terms.includes(name) || knownField(name);
    const known = terms.find((t) => first.name.endsWith(t)) ?? [4, 3, 2].map((k) => first.name.slice(-k)).find(isField);
    if (known) members[0] = { start: first.start + first.name.length - known.length, name: known };
    else members.shift();
    if (!members.some((x) => isField(x.name))) continue;
    for (const x of members) {
      const end = x.start + x.name.length;
      if (x.name.length > 6 || !starts.has(x.start) || !ends.has(end) || /[的和与及]/.test(x.name) || taken.subarray(x.start, end).some((y) => y)) continue;
      taken.fill(1, x.start, end);
      out.push({ start: x.start, end, name: x.name, type: 'Industry', rule: 'list' });
    }
  }
  return out;
}

/** Whether a phrase is an industry's usual name (a site named 农机装备生产基地 is no company's). */
export function isIndustryTerm(phrase: string): boolean {
  return lexicon().industry_terms.includes(phrase);
}
