// The learned decision stage (issue 16): the rules propose well but decide badly, so every entity the rules propose
// and a wider set of candidates (jieba's proper nouns, noun chunks ending in a head noun or a proper noun, quoted and
// 《》 spans) are described by short categorical features and a logistic regression (logistic.ts) keeps or drops
// each and types the wider ones (the rules' proposals keep the rules' type). No feature holds more than two characters of text, so the model learns shapes (a head's last
// characters, the character before, a part of speech, which rule fired), never a phrase. Weights: ingest/model/weights.json,
// trained by `npm run train:extract` (ingest/model/train.ts) on the gold lists of the in-sample evaluation texts.
import { readFileSync } from 'node:fs';
import { ENTITY_LABELS, type EntityLabel } from '../../model/vocabulary.ts';
import { typeByEnding, type Gazetteer } from './gazetteer.ts';
import type { ExtractedEntity, Extraction, Mention, Span } from './model.ts';
import { best, probabilities, type Weights } from './logistic.ts';
import { extractRelations } from './relations.ts';
import { wordFrequency, type Token } from './segment.ts';
import { SUFFIX_TYPES, suffixOf } from './suffixes.ts';

/** "none" first: on a tie, nothing is kept. */
export const CLASSES = ['none', ...ENTITY_LABELS] as const;
export const WEIGHTS_FILE = new URL('../model/weights.json', import.meta.url).pathname;

export interface LearnedCandidate {
  /** the printed form the features describe (first occurrence) */
  surface: string;
  /** forms that identify it with a gold entry: the rule entity's name and aliases, or the surface */
  forms: string[];
  spans: Span[];
  features: string[];
  /** the rule entity it stands for, when the rules proposed it */
  entity?: ExtractedEntity;
}

/** jieba tags of proper nouns: places, organisations, people, other names. */
const NAME_TAGS = new Set(['ns', 'nt', 'nr', 'nrfg', 'nrt', 'nz']);
/** Tags that never sit inside a name: prepositions, conjunctions, particles, pronouns, adverbs, punctuation. */
const STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'd', 'w', 'y', 'e', 'o', 'zg']);
const NAME_TEXT = /^[\u4e00-\u9fa5A-Za-z\d·]+$/;
/** How far left a chunk may grow from its head, in tokens; and its longest form in characters. */
const MAX_TOKENS = 6;
const MAX_CHARS = 22;
/** Words that open a clause rather than a name (西至, 位于, 暨…): a mark of a fragment, as a feature. */
const CLAUSE_WORDS = /(?:[东西南北][至起接]|位于|坐落|选址|暨|建设方|由|与|在|将|对|是|为|和|及|以|其中|此外|同时|目前|今年|去年|举办|举行|召开|引进|落户|签约|投资|建设|打造|推进)$/;

/** One pair of quote marks wrapping a whole form is formatting (as the evaluation reads names). */
const unquote = (name: string) => /^[“"]([^“”"]+)[”"]$/.exec(name)?.[1] ?? name;
const bucket = (n: number, edges: number[]) => String(edges.find((e) => n <= e) ?? `>${edges[edges.length - 1]}`);

/** Wider candidates than the rules': distinct printed forms with every place they are printed. */
export function wideCandidates(text: string, tokens: Token[]): Map<string, string> {
  const kinds = new Map<string, string>();
  const add = (surface: string, kind: string) => {
    if (surface.length < 2 || surface.length > MAX_CHARS || !NAME_TEXT.test(surface)) return;
    if (!kinds.has(surface)) kinds.set(surface, kind);
  };
  for (const t of tokens) if (NAME_TAGS.has(t.tag)) add(t.word, 'tag');
  const nameLike = (t: Token) => !STOP_TAGS.has(t.tag) && NAME_TEXT.test(t.word);
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(tokens[i])) continue;
    for (let j = i; j >= 0 && j > i - MAX_TOKENS && nameLike(tokens[j]); j--) {
      const surface = text.slice(tokens[j].start, tokens[i].end);
      if (j < i && (suffixOf(surface) || NAME_TAGS.has(tokens[i].tag))) add(surface, 'chunk');
    }
  }
  for (const m of text.matchAll(/“([^“”\n]{2,30})”/g)) add(m[1], 'quote');
  for (const m of text.matchAll(/《([^《》\n]{2,40})》/g)) add(m[1], 'title');
  return kinds;
}

function occurrences(text: string, surface: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(surface); i !== -1; i = text.indexOf(surface, i + surface.length)) out.push({ start: i, end: i + surface.length });
  return out;
}

const crosses = (a: Span, b: Span) => a.start < b.end && b.start < a.end && !(a.start <= b.start && a.end >= b.end) && !(b.start <= a.start && b.end >= a.end);
const inside = (a: Span, b: Span) => b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start;

/** The features of one candidate at its first printed place: categories and at most two characters of text each. */
function features(text: string, tokens: Token[], gazetteer: Gazetteer, c: { surface: string; span: Span; count: number; ruleSpans: Span[]; entity?: ExtractedEntity; kind?: string }): string[] {
  const { surface, span } = c;
  const f = ['bias'];
  if (c.entity) {
    f.push('src=rule', `rtype=${c.entity.type}`, ...c.entity.rules.map((r) => `rule=${r}`), ...c.entity.rules.map((r) => `rule=${r}|${c.entity!.type}`));
    if (c.entity.known) f.push('known', `known|${c.entity.type}`);
    if (c.entity.name !== surface) f.push('renamed');
  } else f.push(`src=${c.kind}`);
  const suffix = suffixOf(surface);
  const stype = suffix ? SUFFIX_TYPES[suffix] : undefined;
  f.push(`stype=${stype ?? '-'}`, `slen=${suffix?.length ?? 0}`);
  const ending = typeByEnding(gazetteer, surface);
  f.push(`etype=${ending ?? '-'}`);
  const gaz = gazetteer.byTerm.get(surface);
  if (gaz) f.push(`gaz=${gaz.type}`);
  const last1 = surface.slice(-1);
  const last2 = surface.slice(-2);
  f.push(`L1=${last1}`, `L2=${last2}`, `F1=${surface[0]}`, `F2=${surface.slice(0, 2)}`);
  const before = text.slice(Math.max(0, span.start - 2), span.start);
  const after = text.slice(span.end, span.end + 2);
  f.push(`B1=${before.slice(-1) || '^'}`, `B2=${before}`, `A1=${after.slice(0, 1) || '$'}`, `A2=${after}`);
  if (CLAUSE_WORDS.test(text.slice(Math.max(0, span.start - 4), span.start))) f.push('afterClause');
  if (CLAUSE_WORDS.test(surface.slice(0, 3)) || /^(?:[东西南北][至起接]|位于|暨|由|与|在|将|对)/.test(surface)) f.push('opensClause');
  f.push(`len=${bucket(surface.length, [1, 2, 3, 4, 6, 9, 14])}`, `count=${bucket(c.count, [1, 2, 3])}`);
  const inner = tokens.filter((t) => t.end > span.start && t.start < span.end);
  f.push(`ntok=${bucket(inner.length, [1, 2, 3, 4, 6])}`);
  const first = inner[0];
  const lastTok = inner[inner.length - 1];
  if (first) f.push(`ft=${first.tag}`, `lt=${lastTok.tag}`, `ft|lt=${first.tag}|${lastTok.tag}`, `lt|stype=${lastTok.tag}|${stype ?? '-'}`);
  // the tokens just outside: a name starts after a verb, a preposition or punctuation, not after another noun
  const prev = tokens.findLast((t) => t.end <= span.start);
  const next = tokens.find((t) => t.start >= span.end);
  f.push(`pt=${prev && prev.end === span.start ? prev.tag : '^'}`, `nt=${next && next.start === span.end ? next.tag : '$'}`);
  if (prev && prev.end === span.start && first) f.push(`pt|ft=${prev.tag}|${first.tag}`);
  if (first && first.start !== span.start) f.push('cutStart');
  if (lastTok && lastTok.end !== span.end) f.push('cutEnd');
  if (inner.some((t) => NAME_TAGS.has(t.tag))) f.push('hasProper');
  if (inner.some((t) => t.word.length === 2 && /^[\u4e00-\u9fa5]+$/.test(t.word) && wordFrequency(t.word) < 200)) f.push('hasRare');
  if (inner.some((t) => t.tag === 'v')) f.push('hasVerb');
  if (inner.some((t) => t.tag === 'm')) f.push('hasNumeral');
  if (/\d/.test(surface)) f.push('digit');
  if (/[A-Za-z]/.test(surface)) f.push('latin');
  if (text[span.start - 1] === '“' && text[span.end] === '”') f.push('quoted');
  if (text[span.start - 1] === '《' && text[span.end] === '》') f.push('titled');
  if (/^[等、和及与]/.test(after)) f.push('listed');
  if (c.ruleSpans.some((r) => inside(span, r))) f.push('inRule');
  if (c.ruleSpans.some((r) => inside(r, span))) f.push('holdsRule');
  if (c.ruleSpans.some((r) => crosses(r, span))) f.push('crossesRule');
  return f;
}

/** Every candidate of one text: the rules' entities, then the wider forms none of them prints. */
export function learnedCandidates(extraction: Extraction, tokens: Token[], gazetteer: Gazetteer): LearnedCandidate[] {
  const { text } = extraction;
  const ruleSpans = extraction.mentions.map((m) => ({ start: m.start, end: m.end }));
  const out: LearnedCandidate[] = [];
  const printed = new Set<string>();
  for (const e of extraction.entities) {
    const spans = e.mentions.length ? e.mentions : occurrences(text, e.name);
    const span = spans[0] ?? { start: 0, end: 0 };
    const surface = text.slice(span.start, span.end) || e.name;
    const forms = [e.name, ...e.aliases];
    for (const form of forms) printed.add(unquote(form));
    out.push({ surface, forms, spans, entity: e, features: features(text, tokens, gazetteer, { surface, span, count: spans.length, ruleSpans: ruleSpans.filter((r) => r.start !== span.start || r.end !== span.end), entity: e }) });
  }
  for (const [surface, kind] of wideCandidates(text, tokens)) {
    if (printed.has(surface)) continue;
    const spans = occurrences(text, surface);
    // the wider candidates get weights of their own: one right in forty, they are a different population from the rules' proposals
    const own = features(text, tokens, gazetteer, { surface, span: spans[0], count: spans.length, ruleSpans, kind }).map((f) => `w.${f}`);
    out.push({ surface, forms: [surface], spans, features: own });
  }
  return out;
}

/** Keep or drop each candidate and type it; overlapping kept candidates are resolved greedily by probability. */
export function decide(extraction: Extraction, candidates: LearnedCandidate[], model: LearnedModel, options: { year?: number } = {}): Extraction {
  const { entities, mentions } = choose(extraction, candidates, model);
  return { text: extraction.text, entities, mentions, ...extractRelations(extraction.text, mentions, entities, options) };
}

/** The entities and mentions kept, without relations (what choosing the thresholds needs). */
export function choose(extraction: Extraction, candidates: LearnedCandidate[], model: LearnedModel): { entities: ExtractedEntity[]; mentions: Mention[] } {
  const kept = candidates
    .map((c) => {
      const s = probabilities(model.weights, CLASSES, c.features);
      const none = s.get('none')!;
      s.delete('none');
      const [label] = best(s);
      return { c, label, margin: 1 - none };
    })
    // the rules' own proposals and the wider candidates are kept at different lines: the rules are right far more often
    .filter((k) => k.margin > (k.c.entity ? model.keepRule : model.keepWide))
    .sort((a, b) => b.margin - a.margin || b.c.surface.length - a.c.surface.length || a.c.spans[0].start - b.c.spans[0].start);
  const taken: Span[] = [];
  const entities: ExtractedEntity[] = [];
  const mentions: Mention[] = [];
  const names = new Set<string>();
  for (const { c, label } of kept) {
    const type = label as EntityLabel;
    if (!c.spans.length || taken.some((t) => crosses(t, c.spans[0]))) continue;
    if (c.entity) {
      if (names.has(c.entity.name)) continue;
      // a rule's proposal keeps the rule's type: in a leave-one-set-out run the model retyped 8 of the rules' right types
      // wrong and only 1 wrong type right
      const e = { ...c.entity };
      entities.push(e);
      names.add(e.name);
      for (const m of e.mentions) mentions.push({ ...m, name: e.name, type: e.type }), taken.push(m);
      continue;
    }
    if (names.has(c.surface)) continue;
    const spans = c.spans.filter((s) => !taken.some((t) => crosses(t, s)));
    const e: ExtractedEntity = { name: c.surface, type, aliases: [], known: false, rules: ['learned'], mentions: spans };
    entities.push(e);
    names.add(e.name);
    for (const m of spans) mentions.push({ ...m, name: e.name, type }), taken.push(m);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // the rules' entities keep their first-seen order; new ones follow in text order
  const order = new Map(extraction.entities.map((e, i) => [e.name, i]));
  entities.sort((a, b) => (order.get(a.name) ?? Infinity) - (order.get(b.name) ?? Infinity) || a.mentions[0].start - b.mentions[0].start);
  return { entities, mentions };
}

/**
 * Weights and the probability of being a name a candidate needs to be kept, one line for the rules' proposals and one
 * for the wider candidates (one right in forty): both chosen by cross-validation inside the training sets.
 */
export interface LearnedModel {
  keepRule: number;
  keepWide: number;
  weights: Weights;
}

let loaded: LearnedModel | null | undefined;
/** The shipped model, read once per process (each extraction worker reads it once); null when none is shipped. */
export function shippedModel(): LearnedModel | null {
  if (loaded === undefined) {
    try {
      loaded = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as LearnedModel;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}
