// The rules' first runs (written by first-runs.sh to .first-runs/<set>.json) read back for the tagger: each text of
// each scored set with the extraction the frozen rules gave it, its jieba tokens and the tagger's training examples
// (features over the first run's tags, labels from the gold). Shared by corrector.ts and its two sweeps.
import { existsSync, readFileSync } from 'node:fs';
import { isHeldOut, loadEvalTexts, type EvalText, type Split } from '../src/eval-texts.ts';
import type { Extraction } from '../src/model.ts';
import type { Segmenter, Token } from '../src/segment.ts';
import { goldTags } from '../src/gold-tags.ts';
import { ruleTags, staticFeatures, trainingExamples, type Example } from '../src/tagger.ts';

export const FIRST_RUNS = new URL('./.first-runs/', import.meta.url).pathname;

export interface FirstRunText {
  t: EvalText;
  /** the frozen rules' extraction of the text */
  x: Extraction;
  tokens: Token[];
  examples: Example[];
}

/**
 * Every scored set with a first run on disk, in the order the sets were written (frozen.json's); a held-out set
 * scored once has a frozen record too, and is never read here.
 */
export function loadFirstRuns(segmenter: Segmenter): Array<{ split: Split; texts: FirstRunText[] }> {
  const frozen = JSON.parse(readFileSync(new URL('../eval-texts/frozen.json', import.meta.url), 'utf8')) as { sets: Record<string, unknown> };
  const sets = (Object.keys(frozen.sets) as Split[]).filter((s) => !isHeldOut(s) && existsSync(`${FIRST_RUNS}${s}.json`));
  return sets.map((split) => {
    const runs = JSON.parse(readFileSync(`${FIRST_RUNS}${split}.json`, 'utf8')) as Record<string, Extraction>;
    return {
      split,
      texts: loadEvalTexts(split).map((t) => {
        const x = runs[t.file];
        const rules = ruleTags(x);
        const tokens = segmenter.tokens(t.text);
        return { t, x, tokens, examples: trainingExamples(staticFeatures(t.text, tokens, rules), rules, goldTags(t.text, t.gold)) };
      }),
    };
  });
}
