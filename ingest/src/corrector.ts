// The learned corrector the extractor runs after its rules (issue 16). The tagger of tagger.ts, trained on the rules'
// output on text they had never seen (the first runs of every scored eval set: experiments/first-runs.sh) against the
// gold, adds the names it tags where the rules proposed none and drops the rule mentions it tags O (never a name the
// gazetteer knows: see correctParts). It went into the
// product by a rule registered before it was scored on real news (eval-texts/real/README.md): it raised entity F1
// there against both readers without lowering relation F1. Trained by `npm run train:corrector` into corrector.json.gz.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Extraction } from './model.ts';
import type { Token } from './segment.ts';
import { createModel, prune, ruleTags, spansOf, staticFeatures, tag, union, type TaggerModel } from './tagger.ts';

export const CORRECTOR_FILE = new URL('../corrector.json.gz', import.meta.url).pathname;

export interface Corrector {
  correct(x: Extraction, tokens: Token[], options?: { year?: number }): Extraction;
}

/** The rules' extraction with the tagger's names added, and that with the rule mentions it tags O dropped. */
export function correctParts(model: TaggerModel, x: Extraction, tokens: Token[], options: { year?: number } = {}): { added: Extraction; pruned: Extraction } {
  const rules = ruleTags(x);
  const tags = tag(model, staticFeatures(x.text, tokens, rules), rules);
  const added = union(x, spansOf(tags), options);
  // a name the gazetteer knows (curated, or the reference's) is kept whatever the tagger says: it was learned from
  // written text, and drops the national programmes real news names in passing, which the readers list
  const known = new Set(x.entities.filter((e) => e.known || e.rules.includes('gazetteer')).map((e) => e.name));
  return { added, pruned: prune(added, tags, options, (m) => !known.has(m.name)) };
}

export const correctorOf = (model: TaggerModel): Corrector => ({ correct: (x, tokens, options) => correctParts(model, x, tokens, options).pruned });

let product: Corrector | undefined;
/** The corrector the product runs, read from CORRECTOR_FILE once per process (a worker thread reads its own). */
export function productCorrector(): Corrector {
  if (!product) {
    const model = createModel();
    model.importJSON(gunzipSync(readFileSync(CORRECTOR_FILE)).toString('utf8'));
    product = correctorOf(model);
  }
  return product;
}
