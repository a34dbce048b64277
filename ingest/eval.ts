// `npm run eval:extract`: leave-one-article-out precision/recall/F1 of the extractor; prints the
// tables and writes them, with how gold is defined, to graph-seed/EVAL.md; `--errors` also prints
// each fold's false positives and misses.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_ROOT } from '../graph-seed/src/compile.ts';
import { leaveOneOut } from './src/eval.ts';
import { renderReport } from './src/report.ts';

const started = Date.now();
const report = leaveOneOut();
const markdown = renderReport(report, Date.now() - started);
writeFileSync(join(SEED_ROOT, 'EVAL.md'), markdown);
console.log(markdown);
// --errors: what each fold got wrong (false positives and misses), to study the rules against
if (process.argv.includes('--errors'))
  for (const f of report.folds)
    for (const [measure, d] of Object.entries(f.errors)) {
      console.log(`\n## ${f.article} ${measure}`);
      for (const k of d.fp.sort()) console.log(`  FP ${k}`);
      for (const k of d.fn.sort()) console.log(`  FN ${k}`);
    }
