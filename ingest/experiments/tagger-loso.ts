// Leave-one-set-out measurement of rules + tagger: for each in-sample set (each written by a different writer), train
// the tagger on the others and score rules alone and rules + tagger on it. `npx tsx ingest/experiments/tagger-loso.ts`
// prints a Markdown table (per set and pooled). `--held-out` then trains on every in-sample set and scores the held-out
// sets (HELD_OUT) once, totals only, as eval.ts does: a measurement, not a choice (the bar is the leave-one-set-out line).
import { metric, type Score } from '../src/eval.ts';
import { fullGazetteer, hasSplit, HELD_OUT, isHeldOut, loadEvalTexts, scoreText, SPLITS, type Split } from '../src/eval-texts.ts';
import { createRuleExtractor } from '../src/extract.ts';
import { createSegmenter } from '../src/segment.ts';
import { goldTags } from '../src/gold-tags.ts';
import { createModel, ruleTags, spansOf, staticFeatures, tag, trainingExamples, union } from '../src/tagger.ts';

// every in-sample set; the held-out sets are read only with --held-out, after the table, and only scored
const SETS: Split[] = SPLITS.filter((s) => !isHeldOut(s) && hasSplit(s));
const gazetteer = fullGazetteer();
const segmenter = createSegmenter(gazetteer);
const extractor = createRuleExtractor(gazetteer, segmenter);

const prepared = SETS.map((split) => ({
  split,
  texts: loadEvalTexts(split).map((t) => {
    const x = extractor.extract(t.text);
    const rules = ruleTags(x);
    const tokens = segmenter.tokens(t.text);
    return { t, x, rules, tokens, statics: staticFeatures(t.text, tokens, rules), gold: goldTags(t.text, t.gold) };
  }),
}));

const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const zero = (): Score => ({ tp: 0, fp: 0, fn: 0 });
const pooled = { rules: { e: zero(), r: zero() }, both: { e: zero(), r: zero() } };
const rows: string[] = [];
let tagMs = 0;
let chars = 0;
for (const held of prepared) {
  const model = createModel();
  const t0 = Date.now();
  model.learn(prepared.filter((p) => p !== held).flatMap((p) => p.texts.flatMap((x) => trainingExamples(x.statics, x.rules, x.gold))));
  const trainMs = Date.now() - t0;
  const s = { rules: { e: zero(), r: zero() }, both: { e: zero(), r: zero() } };
  const added: string[] = [];
  for (const x of held.texts) {
    const a = scoreText(x.t, x.x);
    const t1 = Date.now();
    const spans = spansOf(tag(model, x.statics, x.rules));
    const y = union(x.x, spans);
    tagMs += Date.now() - t1;
    chars += x.t.text.length;
    const b = scoreText(x.t, y);
    s.rules.e = add(s.rules.e, a.entities), s.rules.r = add(s.rules.r, a.relations);
    s.both.e = add(s.both.e, b.entities), s.both.r = add(s.both.r, b.relations);
    const before = new Set(x.x.entities.map((e) => e.name));
    for (const e of y.entities) if (!before.has(e.name)) added.push(`${e.type}|${e.name}${b.tp.includes(`${e.type}|${e.name}`) ? ' ✓' : ''}`);
  }
  for (const k of ['rules', 'both'] as const) (pooled[k].e = add(pooled[k].e, s[k].e)), (pooled[k].r = add(pooled[k].r, s[k].r));
  const f = (m: Score) => {
    const x = metric(m);
    return `${x.precision.toFixed(3)} / ${x.recall.toFixed(3)} / ${x.f1.toFixed(3)}`;
  };
  rows.push(`| ${held.split} | ${f(s.rules.e)} | ${f(s.both.e)} | ${metric(s.rules.r).f1.toFixed(3)} | ${metric(s.both.r).f1.toFixed(3)} | ${trainMs} |`);
  if (process.argv.includes('--added')) console.error(`\n${held.split}: ${added.join('  ')}`);
}
const f = (m: Score) => {
  const x = metric(m);
  return `${x.precision.toFixed(3)} / ${x.recall.toFixed(3)} / ${x.f1.toFixed(3)}`;
};
console.log('| held-out set | rules: entities P / R / F1 | rules + tagger | rules: relation F1 | rules + tagger | train ms |');
console.log('|---|---|---|---:|---:|---:|');
for (const r of rows) console.log(r);
console.log(`| **pooled** | ${f(pooled.rules.e)} | ${f(pooled.both.e)} | ${metric(pooled.rules.r).f1.toFixed(3)} | ${metric(pooled.both.r).f1.toFixed(3)} | |`);
console.log(`\nrelations pooled P / R / F1: rules ${f(pooled.rules.r)}, rules + tagger ${f(pooled.both.r)}`);
console.log(`tagging + union: ${tagMs} ms over ${chars} characters (${((tagMs / chars) * 1000).toFixed(1)} ms per 1,000 characters)`);

if (process.argv.includes('--held-out')) {
  const model = createModel();
  model.learn(prepared.flatMap((p) => p.texts.flatMap((x) => trainingExamples(x.statics, x.rules, x.gold))));
  const s = { rules: { e: zero(), r: zero() }, both: { e: zero(), r: zero() } };
  for (const split of HELD_OUT.filter((h) => hasSplit(h)))
    for (const t of loadEvalTexts(split)) {
      const x = extractor.extract(t.text);
      const rules = ruleTags(x);
      const y = union(x, spansOf(tag(model, staticFeatures(t.text, segmenter.tokens(t.text), rules), rules)));
      const [a, b] = [scoreText(t, x), scoreText(t, y)];
      s.rules.e = add(s.rules.e, a.entities), s.rules.r = add(s.rules.r, a.relations);
      s.both.e = add(s.both.e, b.entities), s.both.r = add(s.both.r, b.relations);
    }
  console.log(`\nheld out (${HELD_OUT.join(' + ')}), tagger trained on ${SETS.length} sets: entities rules ${f(s.rules.e)}, rules + tagger ${f(s.both.e)}; relation F1 rules ${metric(s.rules.r).f1.toFixed(3)}, rules + tagger ${metric(s.both.r).f1.toFixed(3)}`);
}
