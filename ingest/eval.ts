// `npm run eval:extract`: the extractor on the new texts (every set of SPLITS but the held-out ones, all in-sample now)
// and on the five articles leave-one-out; prints the tables and writes them, with how each is measured, to
// graph-seed/EVAL.md. `--errors` also prints what went wrong on the dev texts and in each fold; `--<set>-errors`
// (`--fresh9-errors`) that in-sample set's errors. `--held-out` scores the held-out sets (HELD_OUT) with the rules as
// they are: only their totals rows and their pooled line are printed, their per-type tables go to EVAL.md only, and
// their errors are never printed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_ROOT } from '../graph-seed/src/compile.ts';
import { leaveOneOut } from './src/eval.ts';
import { EVAL_TEXTS_ROOT, evaluateSplit, fullGazetteer, hasSplit, HELD_OUT, isHeldOut, pool, SPLITS, type SplitReport } from './src/eval-texts.ts';
import { useReference } from './src/gazetteer.ts';
import { Before, Frozen, HELD_OUT_DETAIL, renderReport, renderTexts } from './src/report.ts';

const started = Date.now();
// --without-reference: the curated gazetteer alone, without the locality's reference names (ingest/reference)
if (process.argv.includes('--without-reference')) useReference(false);
const gazetteer = fullGazetteer();
// every set but the held-out ones, in the order of SPLITS; a set not written yet is skipped
const inSample = SPLITS.filter((s) => !isHeldOut(s) && hasSplit(s)).map((s) => evaluateSplit(s, gazetteer));
const loo = leaveOneOut();
const before = Before.parse(JSON.parse(readFileSync(join(EVAL_TEXTS_ROOT, 'before.json'), 'utf8')));
const frozen = Frozen.parse(JSON.parse(readFileSync(join(EVAL_TEXTS_ROOT, 'frozen.json'), 'utf8')));
// the held-out sets are scored only when asked: every run is a look at them
const asked = process.argv.includes('--held-out');
const held = asked ? HELD_OUT.filter((s) => hasSplit(s)).map((s) => evaluateSplit(s, gazetteer)) : [];
if (asked && held.length < HELD_OUT.length) console.error(`no texts yet in ${HELD_OUT.filter((s) => !hasSplit(s)).map((s) => `ingest/eval-texts/${s}/`).join(', ')}`);
// the error analysis is written by hand between its markers in EVAL.md: kept as it is when the tables are regenerated
const evalFile = join(SEED_ROOT, 'EVAL.md');
const analysis = /<!-- error analysis[\s\S]*?<!-- \/error analysis -->\n/.exec(existsSync(evalFile) ? readFileSync(evalFile, 'utf8') : '')?.[0] ?? '';
// …and so is the learned tagger's leave-one-set-out report (ingest/experiments/tagger-loso.ts, which takes minutes)
const tagger = /<!-- tagger experiment -->[\s\S]*?<!-- \/tagger experiment -->\n/.exec(existsSync(evalFile) ? readFileSync(evalFile, 'utf8') : '')?.[0] ?? '';
// …and so is the table of recall errors by cause (written by hand from --fresh4-errors and --fresh5-errors)
const causes = /<!-- recall causes -->[\s\S]*?<!-- \/recall causes -->\n/.exec(existsSync(evalFile) ? readFileSync(evalFile, 'utf8') : '')?.[0] ?? '';
// …and so is the table of false positives by cause (written by hand from the in-sample sets' errors, fresh6 included)
const precision = /<!-- precision causes -->[\s\S]*?<!-- \/precision causes -->\n/.exec(existsSync(evalFile) ? readFileSync(evalFile, 'utf8') : '')?.[0] ?? '';
const markdown = [renderTexts(inSample, loo, before, frozen, held), analysis, causes, precision, tagger, renderReport(loo, Date.now() - started)].join('\n');
writeFileSync(evalFile, markdown);
// the console shows no held-out per-type table: only the totals rows
const [open, close] = HELD_OUT_DETAIL;
console.log(markdown.replace(new RegExp(`${open}[\\s\\S]*?${close}`, 'g'), '(held-out per-type table withheld from the console; see EVAL.md)'));

function printErrors(r: SplitReport) {
  if (isHeldOut(r.split)) throw new Error(`the ${r.split} texts' errors are never printed`);
  for (const t of r.texts) {
    console.log(`\n## ${r.split}/${t.file}`);
    for (const k of t.errors.entities.fp.sort()) console.log(`  FP ${k}`);
    for (const k of t.errors.entities.fn.sort()) console.log(`  FN ${k}`);
    for (const k of t.errors.unclean) console.log(`  UNCLEAN ${k}`);
    for (const k of t.errors.relations.fp.sort()) console.log(`  RFP ${k}`);
    for (const k of t.errors.relations.fn.sort()) console.log(`  RFN ${k}`);
  }
}
for (const r of inSample) if (process.argv.includes(`--${r.split}-errors`) || (r.split === 'dev' && process.argv.includes('--errors'))) printErrors(r);
if (process.argv.includes('--errors'))
  for (const f of loo.folds)
    for (const [measure, d] of Object.entries(f.errors)) {
      console.log(`\n## ${f.article} ${measure}`);
      for (const k of d.fp.sort()) console.log(`  FP ${k}`);
      for (const k of d.fn.sort()) console.log(`  FN ${k}`);
    }
for (const s of HELD_OUT) if (process.argv.includes(`--${s}-errors`)) console.error(`the ${s} texts' errors are never printed`);
const line = (m: { precision: number; recall: number; f1: number }) => `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}`;
// pooled over every in-sample set: the number a rule change has to raise (the held-out sets are never in it)
const sample = pool(inSample);
console.log(`\npooled in-sample entities (${inSample.map((x) => x.split).join(', ')}): ${line(sample.entities)}`);
console.log(`per set F1: ${inSample.map((x) => `${x.split} ${x.entities.f1.toFixed(3)}`).join(', ')}; leave-one-out ${loo.entities.overall.f1.toFixed(3)}`);
// …and the relations, pooled the same way: the facts a reviewer checks
const rel = sample.relations;
console.log(`pooled in-sample relations: ${line(rel)} (tp ${rel.tp} fp ${rel.fp} fn ${rel.fn})`);
console.log(`per set relation F1: ${inSample.map((x) => `${x.split} ${x.relations.f1.toFixed(3)}`).join(', ')}`);
// the held-out sets pooled: the number the goal is about (entity P and R on text nobody tuning has read)
if (held.length) {
  const out = pool(held);
  console.log(`\npooled held-out (${held.map((x) => x.split).join(', ')}): entities ${line(out.entities)}; relations ${line(out.relations)}; clean names ${out.clean.toFixed(3)}`);
}
