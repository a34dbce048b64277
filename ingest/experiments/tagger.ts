// A learned character tagger (greedy left-to-right BIO, averaged perceptron from wink-perceptron) that reads the
// rule extractor's own output as a feature and may propose names the rules miss; and the union that adds its
// spans to an extraction. Features are single characters, character pairs, jieba's word position and
// part of speech, the head-noun type of the word, distance to clause punctuation and the rules' tag: never a whole
// word, so the weights hold no phrase of any text.
import winkPerceptron from 'wink-perceptron';
import type { EntityLabel } from '../../model/vocabulary.ts';
import { unquote } from '../src/eval.ts';
import type { Gold } from '../src/eval-texts.ts';
import type { ExtractedEntity, Extraction, Mention } from '../src/model.ts';
import { extractRelations } from '../src/relations.ts';
import type { Token } from '../src/segment.ts';
import { wordFrequency } from '../src/segment.ts';
import { isGeneric, specificEnough, suffixOf, SUFFIX_TYPES } from '../src/suffixes.ts';

type Features = Record<string, number>;
export interface TaggerModel {
  predict(features: Features): string;
  exportJSON(): string;
  importJSON(json: string): void;
  learn(examples: Array<[Features, { label: string }]>): number;
  defineConfig(config: { shuffleData?: boolean; maxIterations?: number }): void;
}

const PUNCT = /[，。、；：！？（）()《》,.;:!?…—\s“”"]/;

/** The tag (B-Type, I-Type or O) of each character from a list of typed spans; longer spans win overlaps. */
function tagsOf(length: number, spans: Array<{ start: number; end: number; type: string }>): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (tags.slice(s.start, s.end).some((t) => t !== 'O')) continue;
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  }
  return tags;
}

/** Gold entity names placed on the text: every printed occurrence of a name or alias. */
export function goldTags(text: string, gold: Gold): string[] {
  const spans: Array<{ start: number; end: number; type: string }> = [];
  for (const e of gold.entities)
    for (const form of new Set([e.name, ...(e.aliases ?? [])].map(unquote)))
      for (let i = text.indexOf(form); i !== -1 && form; i = text.indexOf(form, i + 1)) spans.push({ start: i, end: i + form.length, type: e.type });
  return tagsOf(text.length, spans);
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
    if (!process.env.NORULE) on(`r=${rules[i]}`), on(`r-1=${rules[i - 1] ?? '<s>'}`), on(`r+1=${rules[i + 1] ?? '</s>'}`);
    return f;
  });
}

const withPrevious = (f: Features, prev: string, rule: string): Features => (process.env.NORULE ? { ...f, [`p=${prev}`]: 1 } : { ...f, [`p=${prev}`]: 1, [`p|r=${prev}|${rule}`]: 1 });

export function trainingExamples(statics: Features[], rules: string[], gold: string[]): Array<[Features, { label: string }]> {
  const examples = statics.map((f, i): [Features, { label: string }] => [withPrevious(f, gold[i - 1] ?? '<s>', rules[i]), { label: gold[i] }]);
  // MISSONLY: learn only where the rules proposed nothing, the only place a union can add a name
  return process.env.MISSONLY ? examples.filter((_, i) => rules[i] === 'O') : examples;
}

export function createModel(): TaggerModel {
  const p = winkPerceptron() as TaggerModel;
  p.defineConfig({ shuffleData: true, maxIterations: 8 });
  return p;
}

const parsed = new WeakMap<TaggerModel, [Record<string, Record<string, number>>, Record<string, number>]>();
/** How far the chosen tag scores above O: the tagger's confidence that a character is inside a name. */
function margin(model: TaggerModel, f: Features, chosen: string): number {
  if (!parsed.has(model)) parsed.set(model, JSON.parse(model.exportJSON()));
  const [w, b] = parsed.get(model)!;
  let a = b[chosen] ?? 0;
  let o = b.O ?? 0;
  for (const k in f) if (w[k]) (a += w[k][chosen] ?? 0), (o += w[k].O ?? 0);
  return a - o;
}

/** Greedy left to right; an I- that does not continue its type opens a span instead. */
export function tag(model: TaggerModel, statics: Features[], rules: string[]): string[] {
  const out: string[] = [];
  const threshold = Number(process.env.MARGIN ?? 0);
  for (let i = 0; i < statics.length; i++) {
    const f = withPrevious(statics[i], out[i - 1] ?? '<s>', rules[i]);
    let t = model.predict(f);
    if (t === 'unknown') t = 'O';
    if (threshold && t !== 'O' && rules[i] === 'O' && margin(model, f, t) < threshold) t = 'O';
    if (t.startsWith('I-') && out[i - 1]?.slice(2) !== t.slice(2)) t = `B-${t.slice(2)}`;
    out.push(t);
  }
  return out;
}

export function spansOf(tags: string[]): Array<{ start: number; end: number; type: EntityLabel }> {
  const spans: Array<{ start: number; end: number; type: EntityLabel }> = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-')) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${tags[i].slice(2)}`) j++;
    spans.push({ start: i, end: j, type: tags[i].slice(2) as EntityLabel });
  }
  return spans;
}

const CLAUSE_OPENING = /^(?:[东西南北]至|位于|暨|由|与|在|将|对|是|为|和|及|以|其中|此外|同时|目前|今年|去年|等|的)/;
/** A span the tagger proposes is kept only if it reads as a name: two characters or more, no punctuation, no clause word first or 的 inside. */
export const clean = (name: string): boolean => name.length >= 2 && name.length <= 24 && !PUNCT.test(name) && !CLAUSE_OPENING.test(name) && !/[的了]/.test(name) && !/^\d/.test(name);

/**
 * Union: the tagger's spans that overlap no rule mention, read as names and are not already entities become new
 * entities (and mentions); relations are read again over the larger set of mentions.
 */
export function union(x: Extraction, spans: Array<{ start: number; end: number; type: EntityLabel }>, options: { year?: number } = {}, words?: Token[]): Extraction {
  const starts = new Set(words?.map((t) => t.start));
  const ends = new Set(words?.map((t) => t.end));
  const taken = new Uint8Array(x.text.length);
  for (const m of x.mentions) taken.fill(1, m.start, m.end);
  const entities = new Map<string, ExtractedEntity>(x.entities.map((e) => [e.name, { ...e, mentions: [...e.mentions] }]));
  const added: Mention[] = [];
  const kept = [...x.mentions];
  let replaced = 0;
  for (let s of spans) {
    const name = x.text.slice(s.start, s.end);
    if (words && (!starts.has(s.start) || !ends.has(s.end))) continue;
    if (!clean(name)) continue;
    if (taken.subarray(s.start, s.end).some((v) => v)) {
      // replace boundaries: one rule mention of a name the rules built, of the same type, cut differently
      if (!process.env.REPLACE) continue;
      const over = kept.filter((m) => m.start < s.end && m.end > s.start);
      if (over.length !== 1) continue;
      const [m] = over;
      const e = entities.get(m.name);
      if (!e || e.known || m.type !== s.type || (m.start === s.start && m.end === s.end) || entities.has(name)) continue;
      kept.splice(kept.indexOf(m), 1);
      e.mentions = e.mentions.filter((x) => x.start !== m.start || x.end !== m.end);
      if (!e.mentions.length) entities.delete(e.name);
      taken.fill(0, m.start, m.end);
      replaced++;
    }
    if (words && process.env.HEAD) {
      // only what reads as a name: a specific name on a known head noun (typed by it), or words jieba tags as
      // proper nouns; never a word jieba's dictionary knows as a common word
      if (/\d/.test(name) || isGeneric(name) || wordFrequency(name) > 0) continue;
      const suffix = suffixOf(name);
      const inside = words.filter((t) => t.start >= s.start && t.end <= s.end);
      if (suffix && SUFFIX_TYPES[suffix] && specificEnough(name, suffix)) s = { ...s, type: process.env.HEADTYPE ? SUFFIX_TYPES[suffix] : s.type };
      else if (!inside.every((t) => /^n[rstz]/.test(t.tag))) continue;
    }
    if (entities.has(name) && entities.get(name)!.type !== s.type) continue;
    const e = entities.get(name) ?? { name, type: s.type, aliases: [], known: false, rules: ['pattern'], mentions: [] };
    e.mentions.push({ start: s.start, end: s.end });
    entities.set(name, e);
    added.push({ start: s.start, end: s.end, name, type: s.type });
    taken.fill(1, s.start, s.end);
  }
  if (!added.length) return x;
  const mentions = [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  const list = [...entities.values()];
  return { text: x.text, entities: list, mentions, ...extractRelations(x.text, mentions, list, options) };
}
