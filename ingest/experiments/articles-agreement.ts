// `npx tsx ingest/experiments/articles-agreement.ts`: on the two real articles annotated under the eval sets'
// conventions (eval-texts/articles-second/, written blind to the curated data), how far those conventions agree with
// the product's curated graph (graph-seed/data), scored as agreement.ts scores two annotators (the curated graph
// first); and the rules' leave-one-out extraction of each article scored against both. Says whether "precision and
// recall on unseen text" measured on the eval sets means the same thing as on the graph the product serves.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { agreement } from '../agreement.ts';
import { leaveOneOutFolds, type Metric } from '../src/eval.ts';
import { scoreText, type EvalText, type Gold } from '../src/eval-texts.ts';

const FILES = ['000_3b9feea827c40a6b.txt', '003_9ee37e427c3e2c29.txt'];
const { graph, folds } = leaveOneOutFolds(undefined, null);
const byId = new Map(graph.entities.map((e) => [e.id, e]));
const prf = (m: Metric) => `${m.precision.toFixed(3)} / ${m.recall.toFixed(3)} / ${m.f1.toFixed(3)}`;

const pairs = FILES.map((file) => {
  const article = graph.articles.find((a) => a.file === file)!;
  // the curated graph as a gold list: every entity with a mention in the article, every fact it is evidence of
  const curated = {
    entities: graph.entities.filter((e) => e.mentions.has(file)).map((e) => ({ name: e.name, type: e.label, aliases: e.aliases })),
    relations: graph.relations
      .filter((r) => r.evidence.some((ev) => ev.article === file))
      .map((r) => ({ source: byId.get(r.source)!.name, type: r.type, target: byId.get(r.target)!.name })),
  } as Gold;
  const second = parse(readFileSync(new URL(`../eval-texts/articles-second/${file.replace(/\.txt$/, '.gold.yaml')}`, import.meta.url), 'utf8')) as Gold;
  const first: EvalText = { split: 'dev', file, text: article.text, gold: curated };
  const x = folds.find((f) => f.article.file === file)!.extract();
  const [vsCurated, vsSecond] = [scoreText(first, x), scoreText({ ...first, gold: second }, x)];
  console.log(`${file}: ${curated.entities.length} curated entities, ${second.entities.length} under the eval conventions`);
  console.log(`  rules (leave-one-out) against the curated graph:    entities ${prf(vsCurated.entities)}; relations ${prf(vsCurated.relations)}`);
  console.log(`  rules (leave-one-out) against the eval conventions: entities ${prf(vsSecond.entities)}; relations ${prf(vsSecond.relations)}`);
  return { first, second: { ...first, gold: second } };
});

const a = agreement(pairs);
console.log(`\nthe eval conventions scored against the curated graph: entities ${prf(a.entities)}; relations ${prf(a.relations)}`);
for (const [type, m] of Object.entries(a.entitiesByType)) console.log(`  ${type.padEnd(12)} ${prf(m)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
for (const [k, v] of Object.entries(a.entityClasses)) console.log(`\n${k} (${v.length}): ${v.join('  ')}`);
