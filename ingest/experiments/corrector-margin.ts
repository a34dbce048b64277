// `npx tsx ingest/experiments/corrector-margin.ts` (about 10 minutes): the corrector of corrector.ts pruning a rule
// mention only where the tagger's O beats every other tag by at least tau on each of its characters. For each tau:
// the five articles left out one at a time (tagger trained on all 16 first runs) and the six latest first runs left out
// one at a time (trained on the other 15). Asks whether some confidence keeps the eval sets' precision gain without
// the articles' recall loss.
import { evaluateFold, leaveOneOutFolds, metric, Tally, type Score } from '../src/eval.ts';
import { fullGazetteer, scoreText } from '../src/eval-texts.ts';
import type { Extraction } from '../src/model.ts';
import { createSegmenter, type Token } from '../src/segment.ts';
import { loadFirstRuns } from './first-runs.ts';
import { createModel, prune, ruleTags, spansOf, staticFeatures, union, type TaggerModel } from '../src/tagger.ts';
const segmenter = createSegmenter(fullGazetteer());
const runs = loadFirstRuns(segmenter);
const ALL = runs.map((r) => r.split);
const TAUS = [0, 1, 2, 4, 8, 16, 32, Infinity];
const sets = new Map(runs.map((r) => [r.split, r.texts]));
/** the model's averaged weights and biases, parsed once per model */
const weights = new WeakMap<TaggerModel, [Record<string, Record<string, number>>, Record<string, number>]>();
function tagM(model: TaggerModel, x: Extraction, tokens: Token[]) {
  if (!weights.has(model)) weights.set(model, JSON.parse(model.exportJSON()));
  const [w, b] = weights.get(model)!;
  const rules = ruleTags(x); const st = staticFeatures(x.text, tokens, rules);
  const tags: string[] = []; const om: number[] = [];
  for (let i = 0; i < st.length; i++) {
    const f = { ...st[i], [`p=${tags[i - 1] ?? '<s>'}`]: 1, [`p|r=${tags[i - 1] ?? '<s>'}|${rules[i]}`]: 1 };
    const sc: Record<string, number> = { ...b };
    for (const k in f) if (w[k]) for (const l in w[k]) sc[l] = (sc[l] ?? 0) + w[k][l];
    let t = model.predict(f); if (t === 'unknown') t = 'O';
    if (t.startsWith('I-') && tags[i - 1]?.slice(2) !== t.slice(2)) t = `B-${t.slice(2)}`;
    tags.push(t);
    om.push((sc.O ?? 0) - Math.max(...Object.entries(sc).filter(([l]) => l !== 'O').map(([, v]) => v)));
  }
  return { tags, om };
}
function correctT(x: Extraction, tags: string[], om: number[], tau: number): Extraction {
  const a = union(x, spansOf(tags));
  return prune(a, tags, {}, (m) => Math.min(...om.slice(m.start, m.end)) >= tau);
}
const prf = (m: Score) => { const x = metric(m); return `${x.precision.toFixed(3)}/${x.recall.toFixed(3)}/${x.f1.toFixed(3)}`; };
const add = (a: Score, b: Score) => { a.tp += b.tp; a.fp += b.fp; a.fn += b.fn; };
// articles
{
  const model = createModel(); model.learn(ALL.flatMap((s) => sets.get(s)!.flatMap((t) => t.examples)));
  const { graph, folds } = leaveOneOutFolds(undefined, null);
  const T = new Map(TAUS.map((t) => [t, { spans: new Tally(), entities: new Tally(), relations: new Tally() }]));
  const rules = { spans: new Tally(), entities: new Tally(), relations: new Tally() };
  for (const fold of folds) { const x = fold.extract(); const tokens = createSegmenter(fold.gazetteer).tokens(x.text); const { tags, om } = tagM(model, x, tokens);
    evaluateFold(graph, fold.article.file, x, rules);
    for (const tau of TAUS) evaluateFold(graph, fold.article.file, correctT(x, tags, om, tau), T.get(tau)!); }
  console.log('articles rules', prf(rules.entities.measure().overall), 'rel', prf(rules.relations.measure().overall));
  for (const tau of TAUS) console.log(`articles tau ${tau}`, prf(T.get(tau)!.entities.measure().overall), 'rel', prf(T.get(tau)!.relations.measure().overall));
}
// first-run LOSO on recent sets
const R = new Map(TAUS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])); const base = { tp: 0, fp: 0, fn: 0 };
for (const held of ALL.slice(-6)) {
  const model = createModel(); model.learn(ALL.filter((s) => s !== held).flatMap((s) => sets.get(s)!.flatMap((t) => t.examples)));
  for (const t of sets.get(held)!) { const { tags, om } = tagM(model, t.x, t.tokens); add(base, scoreText(t.t, t.x).entities);
    for (const tau of TAUS) add(R.get(tau)!, scoreText(t.t, correctT(t.x, tags, om, tau)).entities); }
  console.log('done', held);
}
console.log('first runs (fresh8-13) rules', prf(base));
for (const tau of TAUS) console.log(`first runs tau ${tau}`, prf(R.get(tau)!));
