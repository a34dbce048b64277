// Does a pretrained Chinese tagger help on real news? Baidu's LAC (lac-model.ts: segmentation, parts of speech, people,
// places and organisations, trained by Baidu on far more text than we could annotate) beside the extractor, on the
// in-sample sets only: the real pages whose errors may be read (real-dev), those meant for training (real-train) and the
// written sets but the held-out ones. Needs the model (`npx tsx ingest/experiments/fetch-lac.ts`) and the first runs
// (`bash ingest/experiments/first-runs.sh`).
//
// `npx tsx ingest/experiments/lac.ts`: scores
// 1. the product (rules + its committed corrector);
// 2. LAC's people, places and organisations added where the product proposed nothing, typed by their head noun
//    (else a person, an area, a firm when it reads as one, a body), after the corrector and before it;
// 3. the corrector trained now on the first runs (the training noise), and trained on them with LAC's word, its tag
//    and the character's place in it as features; each again with real-train's rule output added (×3).
import { correctorOf, productCorrector, type Corrector } from '../src/corrector.ts';
import type { Metric } from '../src/eval.ts';
import { evaluateTexts, fullGazetteer, isHeldOut, loadEvalTexts, SPLITS, type EvalText } from '../src/eval-texts.ts';
import { createRuleExtractor } from '../src/extract.ts';
import { goldTags } from '../src/gold-tags.ts';
import type { EntityLabel } from '../../model/vocabulary.ts';
import { loadRealNews } from '../src/real-news.ts';
import { createSegmenter, type Token } from '../src/segment.ts';
import { suffixOf, SUFFIX_TYPES } from '../src/suffixes.ts';
import { createModel, prune, ruleTags, spansOf, staticFeatures, tag, trainingExamples, union, type Example, type TaggerModel } from '../src/tagger.ts';
import { loadFirstRuns } from './first-runs.ts';
import { loadLac, type LacWord } from './lac-model.ts';

const prf = (m: Metric) => `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}`;

const realDev = loadRealNews('real-dev', 'first');
const realTrain = loadRealNews('real-train', 'first');
const written = SPLITS.filter((s) => !isHeldOut(s)).flatMap((s) => loadEvalTexts(s));
const gazetteer = fullGazetteer();
const segmenter = createSegmenter(gazetteer);
const firstRuns = loadFirstRuns(segmenter);
if (!firstRuns.length) throw new Error('no first runs: run `bash ingest/experiments/first-runs.sh` first');

const lac = await loadLac();
const words = new Map<string, LacWord[]>();
const texts = [...new Set([...realDev, ...realTrain, ...written].map((t) => t.text).concat(firstRuns.flatMap((r) => r.texts.map((t) => t.t.text))))];
(await lac.analyse(texts)).forEach((w, i) => words.set(texts[i], w));
const lacOf = (text: string) => words.get(text)!;

// 2. LAC's names as entities
const FIRM = /(?:公司|集团|银行|股份|控股|科技|实业|置业|地产|传媒|药业|电子|电气|汽车|物流|能源)$/;
function lacType(name: string, tag: string): EntityLabel | undefined {
  if (tag === 'PER') return 'Person';
  const suffix = suffixOf(name);
  const head = suffix ? SUFFIX_TYPES[suffix] : undefined;
  if (tag === 'LOC') return head ?? 'Area';
  if (tag === 'ORG') return head ?? (FIRM.test(name) ? 'Enterprise' : 'Organization');
  return undefined;
}
const lacSpans = (text: string) =>
  lacOf(text).flatMap((w) => {
    const type = lacType(text.slice(w.start, w.end), w.tag);
    return type ? [{ start: w.start, end: w.end, type }] : [];
  });
const product = productCorrector();
const namesAfter: Corrector = { correct: (x, tokens, o) => union(product.correct(x, tokens, o), lacSpans(x.text), o) };
const namesBefore: Corrector = { correct: (x, tokens, o) => product.correct(union(x, lacSpans(x.text), o), tokens, o) };

// 3. LAC as the corrector's features
function features(text: string, tokens: Token[], rules: string[], withLac: boolean) {
  const statics = staticFeatures(text, tokens, rules);
  if (!withLac) return statics;
  const ws = lacOf(text);
  ws.forEach((w, k) => {
    for (let i = w.start; i < w.end; i++) {
      const at = w.end - w.start === 1 ? 'S' : i === w.start ? 'B' : i === w.end - 1 ? 'E' : 'M';
      Object.assign(statics[i], { [`lac=${w.tag}`]: 1, [`lac|wp=${w.tag}|${at}`]: 1, [`lac|r=${w.tag}|${rules[i]}`]: 1, [`lac-1=${ws[k - 1]?.tag ?? '<s>'}`]: 1, [`lac+1=${ws[k + 1]?.tag ?? '</s>'}`]: 1 });
    }
  });
  return statics;
}
function train(withLac: boolean, extra: EvalText[]): TaggerModel {
  const examples: Example[] = [];
  const rules = createRuleExtractor(gazetteer, segmenter);
  const add = (text: string, tokens: Token[], ruleTagsOf: string[], gold: string[], times: number) => {
    const ex = trainingExamples(features(text, tokens, ruleTagsOf, withLac), ruleTagsOf, gold);
    for (let k = 0; k < times; k++) examples.push(...ex);
  };
  for (const r of firstRuns) for (const t of r.texts) add(t.t.text, t.tokens, ruleTags(t.x), goldTags(t.t.text, t.t.gold), 1);
  // real-train's rule output as the rules give it today (they were tuned on it), three times: it is small beside the first runs
  for (const t of extra) add(t.text, segmenter.tokens(t.text), ruleTags(rules.extract(t.text)), goldTags(t.text, t.gold), 3);
  const model = createModel();
  model.learn(examples);
  return model;
}
const lacCorrector = (model: TaggerModel): Corrector => ({
  correct: (x, tokens, o) => {
    const rules = ruleTags(x);
    const tags = tag(model, features(x.text, tokens, rules, true), rules);
    return prune(union(x, spansOf(tags), o), tags, o);
  },
});

const variants: Array<[string, Corrector]> = [
  ['product', product],
  ['+ LAC names after', namesAfter],
  ['+ LAC names before', namesBefore],
  ['retrained', correctorOf(train(false, []))],
  ['LAC features', lacCorrector(train(true, []))],
  ['+ real-train', correctorOf(train(false, realTrain))],
  ['LAC + real-train', lacCorrector(train(true, realTrain))],
];
for (const [name, set] of [['real-dev', realDev], ['real-train (the last two trained on it)', realTrain], ['written, in-sample', written]] as const) {
  console.log(`\n${name} (${set.length} texts)`);
  for (const [label, corrector] of variants) {
    const r = evaluateTexts('real-dev', set, gazetteer, corrector);
    console.log(`  ${label.padEnd(20)} entities ${prf(r.entities)}; relations ${prf(r.relations)}; clean ${r.clean.toFixed(3)}`);
  }
}
