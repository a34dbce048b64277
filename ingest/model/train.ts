// `npm run train:extract`: trains the learned decision stage (ingest/src/learned.ts) on the gold lists of the
// in-sample evaluation texts (dev, test, blind, unseen, fresh; never the five articles, never the held-out set) and
// writes ingest/model/weights.json. First it measures the stage honestly, leave-one-set-out: for each set, train on
// the other four and score that set, beside the rules alone on the same texts (the rules are in-sample on all five:
// they were tuned while reading each; the model's numbers are out-of-sample). Those numbers go to ingest/model/cv.json,
// which EVAL.md shows. Deterministic: the same texts give the same weights.
import { rmSync, writeFileSync } from 'node:fs';
import { createExtractor } from '../src/extract.ts';
import { fullGazetteer, loadEvalTexts, scoreText, type EvalText } from '../src/eval-texts.ts';
import { metric, type Metric, type Score } from '../src/eval.ts';
import { CLASSES, choose, decide, learnedCandidates, WEIGHTS_FILE, type LearnedCandidate, type LearnedModel } from '../src/learned.ts';
import type { Extraction } from '../src/model.ts';
import { train, type Example } from '../src/logistic.ts';
import { createSegmenter } from '../src/segment.ts';

/** The in-sample sets, named one by one: a glob over eval-texts/ would reach the held-out set. */
const TRAINING_SETS = ['dev', 'test', 'blind', 'unseen', 'fresh'] as const;
export const CV_FILE = new URL('./cv.json', import.meta.url).pathname;

const unquote = (name: string) => /^[“"]([^“”"]+)[”"]$/.exec(name)?.[1] ?? name;

interface Prepared {
  text: EvalText;
  rules: Extraction;
  candidates: LearnedCandidate[];
  examples: Example[];
}

const started = Date.now();
const gazetteer = fullGazetteer();
const segmenter = createSegmenter(gazetteer);
const rulesOnly = createExtractor(gazetteer, segmenter, null);
const sets = Object.fromEntries(
  TRAINING_SETS.map((split) => [
    split,
    loadEvalTexts(split).map((text): Prepared => {
      const rules = rulesOnly.extract(text.text);
      const candidates = learnedCandidates(rules, segmenter.tokens(text.text), gazetteer);
      const gold = new Map<string, string>();
      for (const e of text.gold.entities) for (const f of [e.name, ...(e.aliases ?? [])]) gold.set(unquote(f), e.type);
      const examples = candidates.map((c) => ({ features: c.features, label: c.forms.map((f) => gold.get(unquote(f))).find(Boolean) ?? 'none' }));
      return { text, rules, candidates, examples };
    }),
  ]),
) as Record<(typeof TRAINING_SETS)[number], Prepared[]>;

interface Row {
  entities: Metric;
  relations: Metric;
  clean: number;
}
function total(texts: Prepared[], extract: (p: Prepared) => Extraction): Row {
  const sum = (a: Score, b: Score) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
  let entities: Score = { tp: 0, fp: 0, fn: 0 };
  let relations: Score = { tp: 0, fp: 0, fn: 0 };
  let predicted = 0;
  let unclean = 0;
  for (const p of texts) {
    const x = extract(p);
    const s = scoreText(p.text, x);
    entities = sum(entities, s.entities);
    relations = sum(relations, s.relations);
    predicted += x.entities.length;
    unclean += s.errors.unclean.length;
  }
  return { entities: metric(entities), relations: metric(relations), clean: predicted ? 1 - unclean / predicted : 1 };
}

/** Probabilities of being a name (not "none") tried as the line to keep a candidate; the pair (rules' proposals,
 * wider candidates) with the best entity F1 on held-out training sets wins. */
const THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const examplesOf = (names: readonly string[]) => names.flatMap((s) => sets[s as keyof typeof sets].flatMap((p) => p.examples));

/** Train on some sets: the thresholds from leave-one-set-out inside them, then the weights on all of them. */
function fit(names: readonly string[]): LearnedModel {
  const pairs = THRESHOLDS.flatMap((keepRule) => THRESHOLDS.map((keepWide) => ({ keepRule, keepWide, score: { tp: 0, fp: 0, fn: 0 } as Score })));
  for (const inner of names) {
    const weights = train(examplesOf(names.filter((s) => s !== inner)), CLASSES);
    for (const pair of pairs)
      for (const p of sets[inner as keyof typeof sets]) {
        const s = scoreText(p.text, { ...p.rules, ...choose(p.rules, p.candidates, { ...pair, weights }), relations: [] }).entities;
        pair.score.tp += s.tp, pair.score.fp += s.fp, pair.score.fn += s.fn;
      }
  }
  // ties go to the pair listed first: the lower, less selective, lines
  const top = pairs.reduce((a, b) => (metric(b.score).f1 > metric(a.score).f1 ? b : a));
  return { keepRule: top.keepRule, keepWide: top.keepWide, weights: train(examplesOf(names), CLASSES) };
}

const folds = TRAINING_SETS.map((held) => {
  const model = fit(TRAINING_SETS.filter((s) => s !== held));
  const texts = sets[held];
  return { set: held, texts: texts.length, keepRule: model.keepRule, keepWide: model.keepWide, rules: total(texts, (p) => p.rules), learned: total(texts, (p) => decide(p.rules, p.candidates, model)) };
});
const all = TRAINING_SETS.flatMap((s) => sets[s]);
const pooled = (pick: 'rules' | 'learned') => {
  const add = (m: Metric[]) => metric(m.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 }));
  return { entities: add(folds.map((f) => f[pick].entities)), relations: add(folds.map((f) => f[pick].relations)) };
};
const shipped = fit(TRAINING_SETS);
const weights = shipped.weights;
// the stage runs by default only when it beats the rules alone out of sample; otherwise no weights are shipped
const beats = pooled('learned').entities.f1 > pooled('rules').entities.f1;
if (beats) writeFileSync(WEIGHTS_FILE, JSON.stringify(shipped, null, 0).replace(/\},"/g, '},\n"') + '\n');
else rmSync(WEIGHTS_FILE, { force: true });
const cv = {
  sets: TRAINING_SETS,
  texts: all.length,
  candidates: all.reduce((n, p) => n + p.candidates.length, 0),
  shipped: beats,
  keepRule: shipped.keepRule,
  keepWide: shipped.keepWide,
  features: Object.keys(weights).length,
  folds,
  pooled: { rules: pooled('rules'), learned: pooled('learned') },
};
writeFileSync(CV_FILE, JSON.stringify(cv, null, 1) + '\n');
const f3 = (m: Metric) => `${m.precision.toFixed(3)} / ${m.recall.toFixed(3)} / ${m.f1.toFixed(3)}`;
for (const f of folds)
  console.log(`${f.set.padEnd(7)} keep ${f.keepRule}/${f.keepWide} rules ${f3(f.rules.entities)} rel ${f3(f.rules.relations)} clean ${f.rules.clean.toFixed(3)} | learned ${f3(f.learned.entities)} rel ${f3(f.learned.relations)} clean ${f.learned.clean.toFixed(3)}`);
console.log(`pooled  rules ${f3(cv.pooled.rules.entities)} rel ${f3(cv.pooled.rules.relations)} | learned ${f3(cv.pooled.learned.entities)} rel ${f3(cv.pooled.learned.relations)}`);
console.log(`${cv.texts} texts, ${cv.candidates} candidates, ${cv.features} features kept; ${((Date.now() - started) / 1000).toFixed(1)} s`);
