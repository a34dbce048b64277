// A learned character tagger (greedy left-to-right BIO, averaged perceptron from wink-perceptron) that reads the rule
// extractor's own output as a feature, and two ways of putting it beside the rules: `union` adds the names it tags
// where the rules proposed nothing; `prune` drops the rule mentions it tags O over their whole span (relations are
// read again over what is left). Features are single characters, character pairs, jieba's word position and part of
// speech, the head-noun type of the word, distance to clause punctuation and the rules' tag: never a whole word, so
// the weights hold no phrase of any text. The product runs it as the corrector (corrector.ts); the experiments that
// measured it are in ingest/experiments/ (tagger-loso.ts, corrector.ts, real-corrector.ts).
import winkPerceptron from 'wink-perceptron';
import type { EntityLabel } from '../../model/vocabulary.ts';
import type { ExtractedEntity, Extraction, Mention } from './model.ts';
import { extractRelations } from './relations.ts';
import type { Token } from './segment.ts';
import { DATELINE, suffixOf, SUFFIX_TYPES, zoneType } from './suffixes.ts';

type Features = Record<string, number>;
export type Example = [Features, { label: string }];
export interface TaggerModel {
  predict(features: Features): string;
  exportJSON(): string;
  importJSON(json: string): void;
  learn(examples: Example[]): number;
  defineConfig(config: { shuffleData?: boolean; maxIterations?: number }): void;
}
type Span = { start: number; end: number; type: EntityLabel };

const PUNCT = /[，。、；：！？（）()《》,.;:!?…—\s“”"]/;

/** The tag (B-Type, I-Type or O) of each character from a list of typed spans; longer spans win overlaps. */
export function tagsOf(length: number, spans: Array<{ start: number; end: number; type: string }>): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (tags.slice(s.start, s.end).some((t) => t !== 'O')) continue;
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  }
  return tags;
}

export const ruleTags = (x: Extraction): string[] => tagsOf(x.text.length, x.mentions);

const bucket = (d: number) => (d > 12 ? 'far' : d > 6 ? 'mid' : String(d));

/** What does not depend on the previous tag, per character. */
export function staticFeatures(text: string, tokens: Token[], rules: string[]): Features[] {
  const word = new Int32Array(text.length).fill(-1);
  tokens.forEach((t, k) => word.fill(k, t.start, t.end));
  const prevPunct = new Int32Array(text.length);
  const nextPunct = new Int32Array(text.length);
  for (let i = 0, last = -1; i < text.length; i++) (prevPunct[i] = i - last), PUNCT.test(text[i]) && (last = i);
  for (let i = text.length - 1, next = text.length; i >= 0; i--) (nextPunct[i] = next - i), PUNCT.test(text[i]) && (next = i);
  const ch = (i: number) => (i < 0 ? '<s>' : i >= text.length ? '</s>' : text[i]);
  return [...text].map((_, i) => {
    const k = word[i];
    const t = tokens[k];
    const f: Features = {};
    const on = (name: string) => (f[name] = 1);
    on(`c0=${ch(i)}`), on(`c-1=${ch(i - 1)}`), on(`c+1=${ch(i + 1)}`), on(`c-2=${ch(i - 2)}`), on(`c+2=${ch(i + 2)}`);
    on(`b-1=${ch(i - 1)}${ch(i)}`), on(`b+1=${ch(i)}${ch(i + 1)}`), on(`b-2=${ch(i - 2)}${ch(i - 1)}`), on(`b+2=${ch(i + 1)}${ch(i + 2)}`);
    if (t) {
      const at = t.end - t.start === 1 ? 'S' : i === t.start ? 'B' : i === t.end - 1 ? 'E' : 'M';
      on(`wp=${at}`), on(`pos=${t.tag}`), on(`pos|wp=${t.tag}|${at}`), on(`wlen=${Math.min(t.end - t.start, 5)}`);
      on(`pos-1=${tokens[k - 1]?.tag ?? '<s>'}`), on(`pos+1=${tokens[k + 1]?.tag ?? '</s>'}`);
      const suffix = suffixOf(t.word);
      const head = suffix ? SUFFIX_TYPES[suffix] : undefined;
      if (head) on(`head=${head}`), on(`head|wp=${head}|${at}`);
      // the head noun of the next word: a name's modifiers come before it
      const after = tokens[k + 1] && suffixOf(tokens[k + 1].word);
      if (after && SUFFIX_TYPES[after]) on(`head+1=${SUFFIX_TYPES[after]}`);
    }
    on(`dp=${bucket(prevPunct[i])}`), on(`dn=${bucket(nextPunct[i])}`);
    on(`r=${rules[i]}`), on(`r-1=${rules[i - 1] ?? '<s>'}`), on(`r+1=${rules[i + 1] ?? '</s>'}`);
    return f;
  });
}

const withPrevious = (f: Features, prev: string, rule: string): Features => ({ ...f, [`p=${prev}`]: 1, [`p|r=${prev}|${rule}`]: 1 });

export const trainingExamples = (statics: Features[], rules: string[], gold: string[]): Example[] =>
  statics.map((f, i) => [withPrevious(f, gold[i - 1] ?? '<s>', rules[i]), { label: gold[i] }]);

export function createModel(): TaggerModel {
  const p = winkPerceptron() as TaggerModel;
  p.defineConfig({ shuffleData: true, maxIterations: 8 });
  return p;
}

/** Greedy left to right; an I- that does not continue its type opens a span instead. */
export function tag(model: TaggerModel, statics: Features[], rules: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < statics.length; i++) {
    let t = model.predict(withPrevious(statics[i], out[i - 1] ?? '<s>', rules[i]));
    if (t === 'unknown') t = 'O';
    if (t.startsWith('I-') && out[i - 1]?.slice(2) !== t.slice(2)) t = `B-${t.slice(2)}`;
    out.push(t);
  }
  return out;
}

export function spansOf(tags: string[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-')) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${tags[i].slice(2)}`) j++;
    spans.push({ start: i, end: j, type: tags[i].slice(2) as EntityLabel });
  }
  return spans;
}

const CLAUSE_OPENING = /^(?:[东西南北]至|位于|暨|由|与|在|将|对|是|为|和|及|以|其中|此外|同时|目前|今年|去年|等|的)/;
/** A span the tagger proposes is kept only if it reads as a name: two characters or more, no punctuation, no clause word first or 的 inside, no byline. */
export const clean = (name: string): boolean => name.length >= 2 && name.length <= 24 && !PUNCT.test(name) && !CLAUSE_OPENING.test(name) && !/[的了]/.test(name) && !/^\d/.test(name) && !BYLINE.test(name);
/** A byline's words (某某网, 某某日报, 某地报道, …讯): who reports and from where, not what the text names. */
const BYLINE = /(?:网|报|报道|讯|记者|新闻)$/;

/** The tagger's spans that overlap no rule mention, read as names and are not already entities of another type, added. */
export function union(x: Extraction, spans: Span[], options: { year?: number } = {}): Extraction {
  const taken = new Uint8Array(x.text.length);
  for (const m of x.mentions) taken.fill(1, m.start, m.end);
  const entities = new Map<string, ExtractedEntity>(x.entities.map((e) => [e.name, { ...e, mentions: [...e.mentions] }]));
  const added: Mention[] = [];
  for (let s of spans) {
    const name = x.text.slice(s.start, s.end);
    if (!clean(name) || taken.subarray(s.start, s.end).some((v) => v) || DATELINE.test(x.text.slice(s.end, s.end + 8))) continue;
    s = { ...s, type: zoneType(name, s.type) };
    if (entities.has(name) && entities.get(name)!.type !== s.type) continue;
    const e = entities.get(name) ?? { name, type: s.type, aliases: [], known: false, rules: ['pattern'], mentions: [] };
    e.mentions.push({ start: s.start, end: s.end });
    entities.set(name, e);
    added.push({ start: s.start, end: s.end, name, type: s.type });
    taken.fill(1, s.start, s.end);
  }
  if (!added.length) return x;
  const mentions = [...x.mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  const list = [...entities.values()];
  return { ...x, entities: list, mentions, ...extractRelations(x.text, mentions, list, options) };
}

/**
 * Rule mentions the tagger tags O over every character dropped (those `mayDrop` allows: a confidence, a type), with
 * their entity when none is left.
 */
export function prune(x: Extraction, tags: string[], options: { year?: number } = {}, mayDrop: (m: Mention) => boolean = () => true): Extraction {
  const keep = x.mentions.filter((m) => tags.slice(m.start, m.end).some((t) => t !== 'O') || !mayDrop(m));
  if (keep.length === x.mentions.length) return x;
  const kept = new Set(keep.map((m) => `${m.start}:${m.end}`));
  const entities = x.entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => kept.has(`${m.start}:${m.end}`)) }))
    .filter((e) => e.mentions.length);
  return { ...x, entities, mentions: keep, ...extractRelations(x.text, keep, entities, options) };
}
