// `npm run eval:extract`: the extractor on the new texts (held-out test, dev) and on the five articles
// leave-one-out, before and after; prints the tables and writes them, with how each is measured, to
// graph-seed/EVAL.md. `--errors` also prints what went wrong on the dev texts and in each fold; the
// test texts' errors with `--test-errors` (test/ is in-sample since frozen.json's commit). The blind texts'
// errors are never printed, and their per-type table goes to EVAL.md only (`--blind` to evaluate them at all).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_ROOT } from '../graph-seed/src/compile.ts';
import { leaveOneOut } from './src/eval.ts';
import { EVAL_TEXTS_ROOT, evaluateSplit, fullGazetteer, hasSplit, type SplitReport } from './src/eval-texts.ts';
import { BLIND_DETAIL, renderReport, renderTexts, type Before, type Frozen } from './src/report.ts';

const started = Date.now();
const gazetteer = fullGazetteer();
const test = evaluateSplit('test', gazetteer);
const dev = evaluateSplit('dev', gazetteer);
const loo = leaveOneOut();
const before = JSON.parse(readFileSync(join(EVAL_TEXTS_ROOT, 'before.json'), 'utf8')) as Before;
const frozen = JSON.parse(readFileSync(join(EVAL_TEXTS_ROOT, 'frozen.json'), 'utf8')) as Frozen;
// the blind set is scored only when asked: every run is a look at it
const blind = process.argv.includes('--blind') && hasSplit('blind') ? evaluateSplit('blind', gazetteer) : undefined;
if (!blind && process.argv.includes('--blind')) console.error('no blind texts yet (ingest/eval-texts/blind/)');
const markdown = [renderTexts(test, dev, loo, before, frozen, blind), renderReport(loo, Date.now() - started)].join('\n');
writeFileSync(join(SEED_ROOT, 'EVAL.md'), markdown);
// the console shows no blind per-type table: only its totals row
const [open, close] = BLIND_DETAIL;
console.log(markdown.replace(new RegExp(`${open}[\\s\\S]*?${close}`), '(blind per-type table withheld from the console; see EVAL.md)'));

function printErrors(r: SplitReport) {
  for (const t of r.texts) {
    console.log(`\n## ${r.split}/${t.file}`);
    for (const k of t.errors.entities.fp.sort()) console.log(`  FP ${k}`);
    for (const k of t.errors.entities.fn.sort()) console.log(`  FN ${k}`);
    for (const k of t.errors.unclean) console.log(`  UNCLEAN ${k}`);
    for (const k of t.errors.relations.fp.sort()) console.log(`  RFP ${k}`);
    for (const k of t.errors.relations.fn.sort()) console.log(`  RFN ${k}`);
  }
}
if (process.argv.includes('--errors')) {
  printErrors(dev);
  for (const f of loo.folds)
    for (const [measure, d] of Object.entries(f.errors)) {
      console.log(`\n## ${f.article} ${measure}`);
      for (const k of d.fp.sort()) console.log(`  FP ${k}`);
      for (const k of d.fn.sort()) console.log(`  FN ${k}`);
    }
}
if (process.argv.includes('--test-errors')) printErrors(test);
