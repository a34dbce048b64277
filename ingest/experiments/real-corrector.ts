// `npx tsx ingest/experiments/real-corrector.ts`: does a corrector that learns from real pages hold better on real
// pages? Trains the tagger (src/tagger.ts) on the rules' first runs of the written eval sets (as the product's
// corrector is trained), on real-train (70 real pages, one reader; the rules had never seen them, so their output
// there is unseen-quality output too) with and without the first runs, and scores each on real-dev (28 real pages,
// in-sample) beside the rules and the product's corrector. Chooses the recipe without looking at real/ (held out).
// `--curve`: that recipe on the first 18, 35 and 70 real-train pages; `--real`: the one registered look at real/.
import { correctParts, productCorrector } from '../src/corrector.ts';
import { metric, type Metric, type Score } from '../src/eval.ts';
import { fullGazetteer, scoreText, type EvalText } from '../src/eval-texts.ts';
import { createRuleExtractor } from '../src/extract.ts';
import { goldTags } from '../src/gold-tags.ts';
import type { Extraction } from '../src/model.ts';
import { loadRealNews } from '../src/real-news.ts';
import { createSegmenter } from '../src/segment.ts';
import { createModel, ruleTags, staticFeatures, trainingExamples, type Example } from '../src/tagger.ts';
import { loadFirstRuns } from './first-runs.ts';

const gazetteer = fullGazetteer();
const segmenter = createSegmenter(gazetteer);
const rules = createRuleExtractor(gazetteer, segmenter);
const prf = (m: Metric) => `${m.precision.toFixed(3)} / ${m.recall.toFixed(3)} / ${m.f1.toFixed(3)}`;

/** Real pages with today's rule output on them and the tagger's examples. */
const prepare = (set: 'real-dev' | 'real-train') =>
  loadRealNews(set, 'first').map((t) => {
    const x = rules.extract(t.text);
    const tokens = segmenter.tokens(t.text);
    const r = ruleTags(x);
    return { t, x, tokens, examples: trainingExamples(staticFeatures(t.text, tokens, r), r, goldTags(t.text, t.gold)) };
  });
const train = prepare('real-train');
const dev = prepare('real-dev');
const firstRuns = loadFirstRuns(segmenter).flatMap((s) => s.texts.flatMap((x) => x.examples));
const realExamples = train.flatMap((x) => x.examples);
console.log(`real-train ${train.length} pages (${realExamples.length} characters), first runs ${firstRuns.length} characters; real-dev ${dev.length} pages`);

/** Entity and relation metrics pooled over pages, each extracted by `correct`. */
function pooled<T extends { t: EvalText }>(pages: T[], correct: (x: T) => Extraction) {
  const e: Score = { tp: 0, fp: 0, fn: 0 };
  const r: Score = { tp: 0, fp: 0, fn: 0 };
  for (const x of pages) {
    const s = scoreText(x.t, correct(x));
    for (const k of ['tp', 'fp', 'fn'] as const) (e[k] += s.entities[k]), (r[k] += s.relations[k]);
  }
  return { entities: metric(e), relations: metric(r) };
}
const score = (label: string, correct: (x: (typeof dev)[number]) => Extraction) => {
  const m = pooled(dev, correct);
  console.log(`  ${label.padEnd(44)} entities ${prf(m.entities)}; relations ${prf(m.relations)}`);
};

score('rules', (x) => x.x);
score('rules + product corrector (first runs)', (x) => productCorrector().correct(x.x, x.tokens));
const recipes: Array<[string, Example[]]> = [
  ['real-train only', realExamples],
  ['first runs + real-train', [...firstRuns, ...realExamples]],
  ['first runs + real-train x2', [...firstRuns, ...realExamples, ...realExamples]],
  ['first runs + real-train x3', [...firstRuns, ...realExamples, ...realExamples, ...realExamples]],
];
if (process.argv.includes('--real')) {
  // the recipe chosen on real-dev, scored once on the held-out real pages beside the product's corrector (totals only)
  const model = createModel();
  model.learn(recipes[3][1]);
  console.log('\nreal/ (held out), entities P / R / F1; relations P / R / F1:');
  for (const reader of ['first', 'second'] as const) {
    const texts = loadRealNews('real', reader).map((t) => ({ t, x: rules.extract(t.text), tokens: segmenter.tokens(t.text) }));
    for (const [label, correct] of [
      ['rules', (x: (typeof texts)[number]) => x.x],
      ['product corrector (first runs)', (x: (typeof texts)[number]) => productCorrector().correct(x.x, x.tokens)],
      ['first runs + real-train x3', (x: (typeof texts)[number]) => correctParts(model, x.x, x.tokens).pruned],
    ] as const) {
      const m = pooled(texts, correct);
      console.log(`  ${reader.padEnd(6)} ${label.padEnd(32)} ${prf(m.entities)}; ${prf(m.relations)} (relations tp ${m.relations.tp} fp ${m.relations.fp} fn ${m.relations.fn})`);
    }
  }
  process.exit(0);
}
if (process.argv.includes('--curve')) {
  // how much real-train teaches: the best recipe trained on its first 18, 35 and 70 pages, scored on real-dev
  for (const n of [18, 35, 70]) {
    const real = train.slice(0, n).flatMap((x) => x.examples);
    const model = createModel();
    model.learn([...firstRuns, ...real, ...real, ...real]);
    score(`first runs + ${n} real-train pages x3: pruned`, (x) => correctParts(model, x.x, x.tokens).pruned);
  }
  process.exit(0);
}
for (const [label, examples] of recipes) {
  const model = createModel();
  model.learn(examples);
  score(`${label}: names added`, (x) => correctParts(model, x.x, x.tokens).added);
  score(`${label}: added and pruned`, (x) => correctParts(model, x.x, x.tokens).pruned);
}
