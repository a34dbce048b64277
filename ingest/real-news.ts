// `npm run eval:real`: the extractor on real news it has never seen (src/real-news.ts: pages of Chinese local news
// kept outside the repo, two readers' gold lists in eval-texts/real/). Prints, for each reader's gold, the entity
// P / R / F1, relation F1 and share of clean names of the extractor as the product runs it (with the full curated
// gazetteer, as a new article is read), of its rules alone, and of it without the locality's reference names; then
// how far the two readers agree (the ceiling any extractor is measured against). Totals only: the set is held out, so no error, name or per-type row is printed.
// `-- --dev [--errors]` (or `--train`): the in-sample real pages (eval-texts/real-dev/, or real-train/; one reader) instead, with per-type rows and,
// asked, every error of every text: the pages the rules may be tuned on. `-- --fresh`: the second held-out set
// (eval-texts/real-fresh/, two readers), totals only like real/.
import { agreement } from './agreement.ts';
import type { Metric } from './src/eval.ts';
import { evaluateTexts, fullGazetteer, type SplitReport } from './src/eval-texts.ts';
import { productCorrector } from './src/corrector.ts';
import { useReference } from './src/gazetteer.ts';
import { loadRealNews, READERS, type RealSet } from './src/real-news.ts';

const prf = (m: Metric) => `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}`;
// (real-train is in-sample too: the rules were tuned on its errors as on real-dev's)
const dev = process.argv.includes('--dev') || process.argv.includes('--train');
const fresh = process.argv.includes('--fresh');
const set: RealSet = process.argv.includes('--train') ? 'real-train' : dev ? 'real-dev' : fresh ? 'real-fresh' : 'real';
const readers = dev ? (['first'] as const) : READERS;
const golds = Object.fromEntries(readers.map((r) => [r, loadRealNews(set, r)]));
for (const [reader, texts] of Object.entries(golds))
  if (texts.missing.length) console.log(`${set}: ${texts.missing.length} texts of the ${reader} reader are missing and left out (${texts.missing.join(' ')}): fetch them again from sources.tsv`);

// the extractor as the product runs it (rules, then the learned corrector), the rules alone, and the product without
// the locality's reference names
let last: SplitReport<RealSet> | undefined;
for (const [label, reference, corrector] of [
  ['the extractor (rules + corrector)', true, productCorrector()],
  ['the rules alone', true, null],
  ['the extractor without the reference names', false, productCorrector()],
] as const) {
  useReference(reference);
  const gazetteer = fullGazetteer();
  console.log(`\n${set}: ${label}:`);
  for (const reader of readers) {
    const r = evaluateTexts(set, golds[reader], gazetteer, corrector);
    const gold = golds[reader].reduce((n, t) => n + t.gold.entities.length, 0);
    console.log(`  against the ${reader} reader (${r.texts.length} texts, ${gold} entities${r.withheld ? `, ${r.withheld} gold entries withheld` : ''}): entities ${prf(r.entities)}; relations ${prf(r.relations)}; clean names ${r.clean.toFixed(3)}`);
    last ??= r;
  }
}

if (dev && last) {
  for (const [type, m] of Object.entries(last.entitiesByType)) console.log(`  ${type.padEnd(12)} ${prf(m)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  if (process.argv.includes('--errors'))
    for (const t of last.texts) {
      console.log(`\n## ${set}/${t.file}`);
      for (const k of t.errors.entities.fp.sort()) console.log(`  FP ${k}`);
      for (const k of t.errors.entities.fn.sort()) console.log(`  FN ${k}`);
      for (const k of t.errors.unclean) console.log(`  UNCLEAN ${k}`);
      for (const k of t.errors.relations.fp.sort()) console.log(`  RFP ${k}`);
      for (const k of t.errors.relations.fn.sort()) console.log(`  RFN ${k}`);
    }
} else {
  // the second reader scored against the first, on the texts both annotated
  const second = new Map(golds.second.map((t) => [t.file, t]));
  const pairs = golds.first.filter((t) => second.has(t.file)).map((first) => ({ first, second: second.get(first.file)! }));
  const a = agreement(pairs);
  console.log(`\nthe two readers (${a.texts} texts): entities ${prf(a.entities)}; relations ${prf(a.relations)}`);
  for (const [type, m] of Object.entries(a.entitiesByType)) console.log(`  ${type.padEnd(12)} ${prf(m)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
}
