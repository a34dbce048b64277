// The curated lexicon (ingest/lexicon.yaml): policy slogans, campaigns, numbered bodies and enterprise
// designations — phrases of the domain, kept as reviewable data instead of literals in the rules.
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
  body_owners: z.array(Phrase),
  enterprise_designations: z.array(Phrase),
  honour_heads: z.array(Phrase),
  industry_terms: z.array(Phrase),
  surnames: z.array(z.string().regex(/^[\u3400-\u9fff]{1,2}$/, 'one or two Chinese characters')),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

let cached: Lexicon | undefined;
/** The lexicon, read once; a malformed file stops the extractor with the field that is wrong. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const parsed = LexiconSchema.safeParse(parseYaml(readFileSync(LEXICON_FILE, 'utf8')));
  if (!parsed.success) throw new Error(`${LEXICON_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return (cached = parsed.data);
}
