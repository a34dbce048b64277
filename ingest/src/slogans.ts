// Well-known national and Shandong policy slogans (碳达峰碳中和, 海洋强国, 健康中国…) and nationwide
// campaigns (…宣传月, …攻坚行动), read from the curated lexicon (ingest/lexicon.yaml): these set phrases
// are printed unquoted with no head noun (推动碳达峰碳中和) and no structural rule can see them as names.
import { fromLexicon } from './lexicon.ts';
import type { Candidate } from './model.ts';

/**
 * Every printed slogan, longest first and non-overlapping; a 战略 right after it belongs to the name, and
 * a campaign word after it (禁毒 + 攻坚行动) names an event. Campaigns printed after a topic
 * (…法治宣传月) are suffixes of the suffix rule.
 */
export function sloganCandidates(text: string): Candidate[] {
  const byLength = fromLexicon('slogans', (lex) => [...lex.slogans].sort((a, b) => b.length - a.length));
  const campaign = fromLexicon('campaigns', (lex) => new RegExp(`^(?:${[...lex.campaigns].sort((a, b) => b.length - a.length).join('|')})`));
  const out: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  const take = (start: number, end: number, type: Candidate['type']) => {
    if (taken.subarray(start, end).some((x) => x)) return;
    taken.fill(1, start, end);
    out.push({ start, end, name: text.slice(start, end), type, rule: 'lexicon' });
  };
  for (const term of byLength)
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
      const after = text.slice(i + term.length, i + term.length + 6);
      const event = campaign.exec(after)?.[0];
      take(i, i + term.length + (event?.length ?? (after.startsWith('战略') ? 2 : 0)), event ? 'Event' : 'Strategy');
    }
  return out;
}
