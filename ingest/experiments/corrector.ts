// A corrector learned from the rules' first runs. Every eval set after dev was scored once by the rules frozen before
// anyone tuning had read it (frozen.json: rulesCommit, or firstRun.commit); those first runs are the rules' output on
// text they had never seen, errors and all. `first-runs.sh` re-runs each set's frozen commit and stores its extraction
// in ingest/experiments/.first-runs/<set>.json. The tagger of tagger.ts, trained on first runs (rule tags as they were
// on unseen text) against the gold, learns where unseen-quality rule output goes wrong; the corrector then adds the
// names it tags where the rules proposed nothing (tagger.ts's union), and then drops the rule mentions it tags O.
//
// `npx tsx ingest/experiments/corrector.ts [--held-out] [--skip-loso]`:
// 1. leave one set out over the first runs: train on the others' first runs, correct the held set's first run, score
//    entities before and after (relations are not compared here: re-reading them uses today's relation rules);
// 2. --held-out: train on every first run and correct today's rules on the held-out sets (HELD_OUT), entities and
//    relations, beside today's rules alone.
import { existsSync, readFileSync } from 'node:fs';
import { metric, type Score } from '../src/eval.ts';
import { fullGazetteer, hasSplit, HELD_OUT, loadEvalTexts, scoreText, type Split } from '../src/eval-texts.ts';
import { createExtractor } from '../src/extract.ts';
import type { Extraction } from '../src/model.ts';
import { extractRelations } from '../src/relations.ts';
import { createSegmenter } from '../src/segment.ts';
import { createModel, goldTags, ruleTags, spansOf, staticFeatures, tag, trainingExamples, union } from './tagger.ts';

const FIRST_RUNS = new URL('./.first-runs/', import.meta.url).pathname;
const frozen = JSON.parse(readFileSync(new URL('../eval-texts/frozen.json', import.meta.url), 'utf8')) as { sets: Record<string, unknown> };
const SETS = Object.keys(frozen.sets).filter((s) => existsSync(`${FIRST_RUNS}${s}.json`)) as Split[];

const gazetteer = fullGazetteer();
const segmenter = createSegmenter(gazetteer);

/** Today's relation rules over a set of mentions. */
const reread = (x: Extraction, mentions: Extraction['mentions'], entities: Extraction['entities']): Extraction => ({
  text: x.text,
  entities,
  mentions,
  ...extractRelations(x.text, mentions, entities, {}),
});

/** Rule mentions the tagger tags O over every character are dropped (with their entity when none is left). */
function pruned(x: Extraction, tags: string[]): Extraction {
  const keep = x.mentions.filter((m) => tags.slice(m.start, m.end).some((t) => t !== 'O'));
  if (keep.length === x.mentions.length) return x;
  const left = new Set(keep.map((m) => m.name));
  const entities = x.entities
    .filter((e) => left.has(e.name))
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => keep.some((k) => k.start === m.start && k.end === m.end)) }));
  return reread(x, keep, entities);
}

/** The rules' extraction with the tagger's names added, and that with the mentions it tags O dropped. */
function correct(model: ReturnType<typeof createModel>, x: Extraction): { added: Extraction; pruned: Extraction } {
  const rules = ruleTags(x);
  const tags = tag(model, staticFeatures(x.text, segmenter.tokens(x.text), rules), rules);
  const added = union(x, spansOf(tags));
  return { added, pruned: pruned(added, tags) };
}

const prepared = SETS.map((split) => {
  const runs = JSON.parse(readFileSync(`${FIRST_RUNS}${split}.json`, 'utf8')) as Record<string, Extraction>;
  return {
    split,
    texts: loadEvalTexts(split).map((t) => {
      const x = runs[t.file];
      const rules = ruleTags(x);
      return { t, x, rules, statics: staticFeatures(t.text, segmenter.tokens(t.text), rules), gold: goldTags(t.text, t.gold) };
    }),
  };
});

const zero = (): Score => ({ tp: 0, fp: 0, fn: 0 });
const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const prf = (m: Score) => {
  const x = metric(m);
  return `${x.precision.toFixed(3)} / ${x.recall.toFixed(3)} / ${x.f1.toFixed(3)}`;
};
const examplesOf = (sets: typeof prepared) => sets.flatMap((p) => p.texts.flatMap((x) => trainingExamples(x.statics, x.rules, x.gold)));

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
  const extractor = createExtractor(gazetteer, segmenter);
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
  console.log(`\nheld out (${HELD_OUT.join(' + ')}), corrector trained on ${SETS.length} first runs:`);
  for (const k of ['rules', 'added', 'pruned'] as const) console.log(`  ${k.padEnd(7)} entities ${prf(s[k].e)}; relations ${prf(s[k].r)}`);
}
