// A corrector learned from the rules' first runs. Every eval set after dev was scored once by the rules frozen before
// anyone tuning had read it (frozen.json: rulesCommit, or firstRun.commit); those first runs are the rules' output on
// text they had never seen, errors and all. `first-runs.sh` re-runs each set's frozen commit and stores its extraction
// in ingest/experiments/.first-runs/<set>.json. The tagger of src/corrector.ts, trained on first runs (rule tags as they were
// on unseen text) against the gold, learns where unseen-quality rule output goes wrong; the corrector then adds the
// names it tags where the rules proposed nothing (union), and then drops the rule mentions it tags O.
//
// `npx tsx ingest/experiments/corrector.ts [--held-out] [--real] [--articles] [--skip-loso]`:
// 1. leave one set out over the first runs: train on the others' first runs, correct the held set's first run, score
//    entities before and after (relations are not compared here: re-reading them uses today's relation rules);
// 2. --held-out: train on every first run and correct today's rules on the held-out sets (HELD_OUT), entities and
//    relations, beside today's rules alone;
// 3. --real: the same on the real news (src/real-news.ts), against each of its two readers' gold;
// 4. --articles: the five articles left out one at a time as eval.ts does (the rules without the names and phrases
//    only the held article prints), corrected by the tagger trained on every first run, and by one trained on the
//    first runs and the other four articles' rule output (repeated four times: 16k characters beside 128k), against
//    the curated graph. The five articles are the only real news with gold here; the eval sets are written for it.
import { evaluateFold, leaveOneOutFolds, metric, Tally, type Score } from '../src/eval.ts';
import { fullGazetteer, hasSplit, HELD_OUT, loadEvalTexts, scoreText } from '../src/eval-texts.ts';
import { createRuleExtractor } from '../src/extract.ts';
import type { Extraction } from '../src/model.ts';
import { createSegmenter } from '../src/segment.ts';
import { loadRealNews, READERS } from '../src/real-news.ts';
import { loadFirstRuns } from './first-runs.ts';
import { correctParts } from '../src/corrector.ts';
import { createModel, ruleTags, staticFeatures, tagsOf, trainingExamples, type TaggerModel } from '../src/tagger.ts';

const gazetteer = fullGazetteer();
const segmenter = createSegmenter(gazetteer);

const correct = (model: TaggerModel, x: Extraction, tokens = segmenter.tokens(x.text)) => correctParts(model, x, tokens);

const prepared = loadFirstRuns(segmenter);

const zero = (): Score => ({ tp: 0, fp: 0, fn: 0 });
const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const prf = (m: Score) => {
  const x = metric(m);
  return `${x.precision.toFixed(3)} / ${x.recall.toFixed(3)} / ${x.f1.toFixed(3)}`;
};
const examplesOf = (sets: typeof prepared) => sets.flatMap((p) => p.texts.flatMap((x) => x.examples));

if (!process.argv.includes('--skip-loso')) {
  console.log('| first run of | rules then: entities P / R / F1 | + tagger\'s names | + names, - mentions tagged O |');
  console.log('|---|---|---|---|');
  const pooled = { rules: zero(), added: zero(), pruned: zero() };
  for (const held of prepared) {
    const model = createModel();
    model.learn(examplesOf(prepared.filter((p) => p !== held)));
    const s = { rules: zero(), added: zero(), pruned: zero() };
    for (const x of held.texts) {
      const c = correct(model, x.x);
      s.rules = add(s.rules, scoreText(x.t, x.x).entities);
      s.added = add(s.added, scoreText(x.t, c.added).entities);
      s.pruned = add(s.pruned, scoreText(x.t, c.pruned).entities);
    }
    for (const k of ['rules', 'added', 'pruned'] as const) pooled[k] = add(pooled[k], s[k]);
    console.log(`| ${held.split} | ${prf(s.rules)} | ${prf(s.added)} | ${prf(s.pruned)} |`);
  }
  console.log(`| **pooled** | ${prf(pooled.rules)} | ${prf(pooled.added)} | ${prf(pooled.pruned)} |`);
}

if (process.argv.includes('--held-out')) {
  const model = createModel();
  model.learn(examplesOf(prepared));
  const extractor = createRuleExtractor(gazetteer, segmenter);
  const s = { rules: { e: zero(), r: zero() }, added: { e: zero(), r: zero() }, pruned: { e: zero(), r: zero() } };
  for (const split of HELD_OUT.filter((h) => hasSplit(h)))
    for (const t of loadEvalTexts(split)) {
      const x = extractor.extract(t.text);
      const c = correct(model, x);
      for (const [k, y] of [['rules', x], ['added', c.added], ['pruned', c.pruned]] as const) {
        const r = scoreText(t, y);
        (s[k].e = add(s[k].e, r.entities)), (s[k].r = add(s[k].r, r.relations));
      }
    }
  console.log(`\nheld out (${HELD_OUT.join(' + ')}), corrector trained on ${prepared.length} first runs:`);
  for (const k of ['rules', 'added', 'pruned'] as const) console.log(`  ${k.padEnd(7)} entities ${prf(s[k].e)}; relations ${prf(s[k].r)}`);
}

if (process.argv.includes('--real')) {
  const model = createModel();
  model.learn(examplesOf(prepared));
  const extractor = createRuleExtractor(gazetteer, segmenter);
  console.log(`\nreal news, corrector trained on ${prepared.length} first runs:`);
  for (const reader of READERS) {
    const s = { rules: { e: zero(), r: zero() }, added: { e: zero(), r: zero() }, pruned: { e: zero(), r: zero() } };
    for (const t of loadRealNews('real', reader)) {
      const x = extractor.extract(t.text);
      const c = correct(model, x);
      for (const [k, y] of [['rules', x], ['added', c.added], ['pruned', c.pruned]] as const) {
        const r = scoreText(t, y);
        (s[k].e = add(s[k].e, r.entities)), (s[k].r = add(s[k].r, r.relations));
      }
    }
    for (const k of ['rules', 'added', 'pruned'] as const) console.log(`  ${reader.padEnd(6)} ${k.padEnd(7)} entities ${prf(s[k].e)}; relations ${prf(s[k].r)} (tp ${s[k].r.tp} fp ${s[k].r.fp} fn ${s[k].r.fn})`);
  }
}

if (process.argv.includes('--articles')) {
  const { graph, folds } = leaveOneOutFolds(undefined, null);
  const model = createModel();
  model.learn(examplesOf(prepared));
  const runs = folds.map((fold) => {
    const text = fold.article.text;
    const x = fold.extract();
    const tokens = createSegmenter(fold.gazetteer).tokens(text);
    const rules = ruleTags(x);
    const curated = graph.entities.flatMap((e) => (e.mentions.get(fold.article.file) ?? []).map((m) => ({ ...m, type: e.label })));
    return { fold, x, tokens, examples: trainingExamples(staticFeatures(text, tokens, rules), rules, tagsOf(text.length, curated)) };
  });
  const tallies = () => ({ spans: new Tally(), entities: new Tally(), relations: new Tally() });
  const t = { rules: tallies(), added: tallies(), pruned: tallies(), withArticles: tallies() };
  for (const r of runs) {
    const file = r.fold.article.file;
    const c = correct(model, r.x, r.tokens);
    evaluateFold(graph, file, r.x, t.rules);
    evaluateFold(graph, file, c.added, t.added);
    evaluateFold(graph, file, c.pruned, t.pruned);
    const withArticles = createModel();
    withArticles.learn([...examplesOf(prepared), ...runs.filter((o) => o !== r).flatMap((o) => [o.examples, o.examples, o.examples, o.examples].flat())]);
    evaluateFold(graph, file, correct(withArticles, r.x, r.tokens).pruned, t.withArticles);
  }
  console.log('\nthe five articles, leave-one-out (entities P / R / F1; relations P / R / F1):');
  for (const [k, v] of Object.entries(t)) console.log(`  ${k.padEnd(12)} ${prf(v.entities.measure().overall)}; ${prf(v.relations.measure().overall)}`);
}
