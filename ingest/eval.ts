// `npm run eval:extract`: leave-one-article-out precision/recall/F1 of the extractor; prints the
// tables and writes them, with how gold is defined, to graph-seed/EVAL.md.
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
