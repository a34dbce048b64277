// The extractor: gazetteer, suffix, list and quote candidates → one non-overlapping set of mentions
// (longest first) → entities with aliases → relations. Pure: text and gazetteer in, facts out.
import type { Gazetteer } from './gazetteer.ts';
import { matchGazetteer, typeByEnding } from './gazetteer.ts';
import { listCandidates } from './lists.ts';
import type { Candidate, ExtractedEntity, Extraction, Mention, Rule } from './model.ts';
import { quotedCandidates } from './quoted.ts';
import { extractRelations } from './relations.ts';
import { createSegmenter, type Segmenter } from './segment.ts';
import { hasVerb, suffixCandidates } from './suffixes.ts';

const PRIORITY: Record<Rule, number> = { gazetteer: 0, quoted: 1, 'list-suffix': 2, list: 3, suffix: 4 };

export interface Extractor {
  gazetteer: Gazetteer;
  extract(text: string, options?: { year?: number }): Extraction;
}

/** Resolve a rule's candidate against the gazetteer: a known surface form names the known entity. */
function resolve(c: Candidate, gazetteer: Gazetteer, text: string): Candidate {
  if (c.rule === 'gazetteer') return c;
  const known = gazetteer.byTerm.get(c.name) ?? gazetteer.byTerm.get(text.slice(c.start, c.end));
  if (known) return { ...c, name: known.name, type: known.type };
  // the suffix table gives a default type; curated names with the same ending know better
  return c.rule === 'suffix' ? { ...c, type: typeByEnding(gazetteer, c.name) ?? c.type } : c;
}

/** Longest first; on equal length the more reliable rule wins. Never overlapping. */
function select(candidates: Candidate[], length: number): Candidate[] {
  const taken = new Uint8Array(length);
  const chosen: Candidate[] = [];
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.rule] - PRIORITY[b.rule] || a.start - b.start);
  for (const c of sorted) {
    if (taken.subarray(c.start, c.end).some((x) => x)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

export function createExtractor(gazetteer: Gazetteer, segmenter: Segmenter = createSegmenter(gazetteer)): Extractor {
  return {
    gazetteer,
    extract(text, options = {}) {
      const tokens = segmenter.tokens(text);
      const known = matchGazetteer(text, gazetteer);
      const knownEnds = new Map(known.map((k) => [k.end, k]));
      // a suffix name that ends in a known name is only a longer name if what it adds has no verb
      // (市中区紧紧抓住国家城乡融合发展试验区 is a clause ending in a known honour)
      const suffixed = suffixCandidates(text, tokens).filter((c) => {
        const k = knownEnds.get(c.end);
        return !k || k.start <= c.start || !hasVerb(tokens, c.start, k.start);
      });
      const raw = [...known, ...quotedCandidates(text), ...listCandidates(text, tokens, gazetteer), ...suffixed];
      const chosen = select(raw.map((c) => resolve(c, gazetteer, text)), text.length);

      const entities = new Map<string, ExtractedEntity>();
      const byRank = [...chosen].sort((a, b) => PRIORITY[a.rule] - PRIORITY[b.rule]);
      for (const c of byRank) {
        const e = entities.get(c.name) ?? { name: c.name, type: c.type, aliases: [], known: gazetteer.byTerm.get(c.name)?.name === c.name, rules: [], mentions: [] };
        if (!e.rules.includes(c.rule)) e.rules.push(c.rule);
        const surface = text.slice(c.start, c.end);
        if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
        entities.set(c.name, e);
      }
      // Later occurrences of names the rules found once (兴隆 after 兴隆、七贤…五大片区) are mentions too.
      const extra: Candidate[] = [];
      const taken = new Uint8Array(text.length);
      for (const c of chosen) taken.fill(1, c.start, c.end);
      const terms = [...entities.values()].filter((e) => !e.known).flatMap((e) => [e.name, ...e.aliases].map((term) => ({ term, e })));
      terms.sort((a, b) => b.term.length - a.term.length);
      for (const { term, e } of terms) {
        for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
          if (taken.subarray(i, i + term.length).some((x) => x)) continue;
          taken.fill(1, i, i + term.length);
          extra.push({ start: i, end: i + term.length, name: e.name, type: e.type, rule: e.rules[0] });
        }
      }
      const mentions: Mention[] = [...chosen, ...extra]
        .map((c) => {
          const e = entities.get(c.name)!;
          return { start: c.start, end: c.end, name: e.name, type: e.type };
        })
        .sort((a, b) => a.start - b.start);
      for (const m of mentions) entities.get(m.name)!.mentions.push({ start: m.start, end: m.end });
      const list = [...entities.values()];
      return { text, entities: list, mentions, relations: extractRelations(text, mentions, list, options) };
    },
  };
}
