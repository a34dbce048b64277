// `npx tsx ingest/experiments/corrector-types.ts` (about 8 minutes): the corrector of corrector.ts allowed to prune (and
// in two variants to add) only names of the types on which the eval conventions and the curated graph agree best on
// real text (articles-agreement.ts: Person, Facility, Event ≥ 0.96; Park, Organization, Enterprise, Area 0.77-0.89;
// Strategy, Project, Honor, Industry lowest). Scored like corrector-margin.ts: the five articles left out (tagger
// trained on all 16 first runs) and the six latest first runs left out (trained on the other 15).
import { evaluateFold, leaveOneOutFolds, metric, Tally, type Score } from '../src/eval.ts';
import { fullGazetteer, scoreText } from '../src/eval-texts.ts';
import type { Extraction } from '../src/model.ts';
import { createSegmenter, type Token } from '../src/segment.ts';
import { loadFirstRuns } from './first-runs.ts';
import { createModel, prune, ruleTags, spansOf, staticFeatures, tag, union, type TaggerModel } from '../src/tagger.ts';
const segmenter = createSegmenter(fullGazetteer());
const runs = loadFirstRuns(segmenter);
const ALL = runs.map((r) => r.split);
const V: Record<string, { prune: string[]; add: string[] }> = {
  'prune PFE': { prune: ['Person', 'Facility', 'Event'], add: [] },
  'prune PFE+POE': { prune: ['Person', 'Facility', 'Event', 'Park', 'Organization', 'Enterprise'], add: [] },
  'prune PFE+POE+A': { prune: ['Person', 'Facility', 'Event', 'Park', 'Organization', 'Enterprise', 'Area'], add: [] },
  'prune PFE+POE, add same': { prune: ['Person', 'Facility', 'Event', 'Park', 'Organization', 'Enterprise'], add: ['Person', 'Facility', 'Event', 'Park', 'Organization', 'Enterprise'] },
  'prune PFE+POE+A, add same': { prune: ['Person', 'Facility', 'Event', 'Park', 'Organization', 'Enterprise', 'Area'], add: ['Person', 'Facility', 'Event', 'Park', 'Organization', 'Enterprise', 'Area'] },
};
const sets = new Map(runs.map((r) => [r.split, r.texts]));
function corr(model: TaggerModel, x: Extraction, tokens: Token[], v: { prune: string[]; add: string[] }): Extraction {
  const r = ruleTags(x); const tags = tag(model, staticFeatures(x.text, tokens, r), r);
  const a = union(x, spansOf(tags).filter((s) => v.add.includes(s.type)));
  return prune(a, tags, {}, (m) => v.prune.includes(m.type));
}
const prf = (m: Score) => { const x = metric(m); return `${x.precision.toFixed(3)}/${x.recall.toFixed(3)}/${x.f1.toFixed(3)}`; };
const add = (a: Score, b: Score) => { a.tp += b.tp; a.fp += b.fp; a.fn += b.fn; };
{
  const model = createModel(); model.learn(ALL.flatMap((s) => sets.get(s)!.flatMap((t) => t.examples)));
  const { graph, folds } = leaveOneOutFolds(undefined, null);
  const T = new Map(Object.keys(V).map((k) => [k, { spans: new Tally(), entities: new Tally(), relations: new Tally() }]));
  const rules = { spans: new Tally(), entities: new Tally(), relations: new Tally() };
  for (const fold of folds) { const x = fold.extract(); const tokens = createSegmenter(fold.gazetteer).tokens(x.text);
    evaluateFold(graph, fold.article.file, x, rules);
    for (const [k, v] of Object.entries(V)) evaluateFold(graph, fold.article.file, corr(model, x, tokens, v), T.get(k)!); }
  console.log('articles rules', prf(rules.entities.measure().overall), 'rel', prf(rules.relations.measure().overall));
  for (const k of Object.keys(V)) console.log(`articles ${k}`, prf(T.get(k)!.entities.measure().overall), 'rel', prf(T.get(k)!.relations.measure().overall));
}
const R = new Map(Object.keys(V).map((k) => [k, { tp: 0, fp: 0, fn: 0 }])); const base = { tp: 0, fp: 0, fn: 0 };
for (const held of ALL.slice(-6)) {
  const model = createModel(); model.learn(ALL.filter((s) => s !== held).flatMap((s) => sets.get(s)!.flatMap((t) => t.examples)));
  for (const t of sets.get(held)!) { add(base, scoreText(t.t, t.x).entities); for (const [k, v] of Object.entries(V)) add(R.get(k)!, scoreText(t.t, corr(model, t.x, t.tokens, v)).entities); }
}
console.log('first runs (fresh8-13) rules', prf(base));
for (const k of Object.keys(V)) console.log(`first runs ${k}`, prf(R.get(k)!));
