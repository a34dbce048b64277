// `npx tsx ingest/experiments/real-corrector.ts`: does a corrector that learns from real pages hold better on real
// pages? Trains the tagger (src/tagger.ts) on the rules' first runs of the written eval sets (as the product's
// corrector is trained), on real-train (70 real pages, one reader; the rules had never seen them, so their output
// there is unseen-quality output too) with and without the first runs, and scores each on real-dev (28 real pages,
// in-sample) beside the rules and the product's corrector. Chooses the recipe without looking at real/ (held out).
import { correctParts, productCorrector } from '../src/corrector.ts';
import type { Metric } from '../src/eval.ts';
import { fullGazetteer, scoreText } from '../src/eval-texts.ts';
import { createRuleExtractor } from '../src/extract.ts';
import { goldTags } from '../src/gold-tags.ts';
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

const score = (label: string, correct: (x: (typeof dev)[number]) => { entities: Metric; relations: Metric }) => {
  const zero = () => ({ tp: 0, fp: 0, fn: 0 });
  const e = zero();
  const r = zero();
  for (const x of dev) {
    const s = correct(x);
    for (const k of ['tp', 'fp', 'fn'] as const) (e[k] += s.entities[k]), (r[k] += s.relations[k]);
  }
  const m = (s: typeof e) => {
    const p = s.tp / (s.tp + s.fp || 1);
    const rc = s.tp / (s.tp + s.fn || 1);
    return { ...s, precision: p, recall: rc, f1: (2 * p * rc) / (p + rc || 1) };
  };
  console.log(`  ${label.padEnd(44)} entities ${prf(m(e))}; relations ${prf(m(r))}`);
};

score('rules', (x) => scoreText(x.t, x.x));
score('rules + product corrector (first runs)', (x) => scoreText(x.t, productCorrector().correct(x.x, x.tokens)));
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
      const e = { tp: 0, fp: 0, fn: 0 };
      const r = { tp: 0, fp: 0, fn: 0 };
      for (const x of texts) {
        const s = scoreText(x.t, correct(x));
        for (const k of ['tp', 'fp', 'fn'] as const) (e[k] += s.entities[k]), (r[k] += s.relations[k]);
      }
      const m = (s: typeof e) => ({ ...s, precision: s.tp / (s.tp + s.fp || 1), recall: s.tp / (s.tp + s.fn || 1), f1: (2 * s.tp) / (2 * s.tp + s.fp + s.fn || 1) });
      console.log(`  ${reader.padEnd(6)} ${label.padEnd(32)} ${prf(m(e))}; ${prf(m(r))} (relations tp ${r.tp} fp ${r.fp} fn ${r.fn})`);
    }
  }
  process.exit(0);
}
for (const [label, examples] of recipes) {
  const model = createModel();
  model.learn(examples);
  score(`${label}: names added`, (x) => scoreText(x.t, correctParts(model, x.x, x.tokens).added));
  score(`${label}: added and pruned`, (x) => scoreText(x.t, correctParts(model, x.x, x.tokens).pruned));
}
