// The curated lexicon (ingest/lexicon.yaml): policy slogans, campaigns, numbered bodies and enterprise
// designations — phrases of the domain, kept as reviewable data instead of literals in the rules. The
// leave-one-out evaluation reads with a lexicon that lacks what only the held-out article prints (`withLexicon`).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ENTITY_LABELS } from '../../model/index.ts';

export const LEXICON_FILE = new URL('../lexicon.yaml', import.meta.url).pathname;

const Phrase = z.string().regex(/^[\u3400-\u9fff·]{2,}$/, 'a phrase of two or more Chinese characters');
const LexiconSchema = z.object({
  slogans: z.array(Phrase),
  campaigns: z.array(Phrase),
  numbered_bodies: z.array(z.object({ name: Phrase, type: z.enum(ENTITY_LABELS) })),
  enterprise_designations: z.array(Phrase),
  honour_heads: z.array(Phrase),
  industry_terms: z.array(Phrase),
  surnames: z.array(z.string().regex(/^[\u3400-\u9fff]{1,2}$/, 'one or two Chinese characters')),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

let cached: Lexicon | undefined;
let override: Lexicon | undefined;

/** The lexicon as read from its file, once; a malformed file stops the extractor with the field that is wrong. */
export function curatedLexicon(): Lexicon {
  if (cached) return cached;
  const parsed = LexiconSchema.safeParse(parseYaml(readFileSync(LEXICON_FILE, 'utf8')));
  if (!parsed.success) throw new Error(`${LEXICON_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return (cached = parsed.data);
}

/** The lexicon the rules read now: the curated one, or the one `withLexicon` put in its place. */
export function lexicon(): Lexicon {
  return override ?? curatedLexicon();
}

/** Run `fn` with the rules reading `lex` instead (a fold of the leave-one-out evaluation); synchronous only. */
export function withLexicon<T>(lex: Lexicon, fn: () => T): T {
  const before = override;
  override = lex;
  try {
    return fn();
  } finally {
    override = before;
  }
}

/** The curated lexicon without the entries `drop` says no (phrases the held-out article alone prints). */
export function lexiconWithout(drop: (phrase: string) => boolean): Lexicon {
  const lex = curatedLexicon();
  const keep = (xs: string[]) => xs.filter((x) => !drop(x));
  return {
    slogans: keep(lex.slogans),
    campaigns: keep(lex.campaigns),
    numbered_bodies: lex.numbered_bodies.filter((b) => !drop(b.name)),
    enterprise_designations: keep(lex.enterprise_designations),
    honour_heads: keep(lex.honour_heads),
    industry_terms: keep(lex.industry_terms),
    surnames: lex.surnames,
  };
}

const derived = new WeakMap<Lexicon, Map<string, unknown>>();
/** What a rule builds from the lexicon (a sorted list, a regex), built once per lexicon. */
export function fromLexicon<T>(key: string, build: (lex: Lexicon) => T): T {
  const lex = lexicon();
  let cache = derived.get(lex);
  if (!cache) derived.set(lex, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, build(lex));
  return cache.get(key) as T;
}
