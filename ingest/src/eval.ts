// Leave-one-article-out evaluation of the extractor against the curated data. For each article the
// gazetteer is built from the OTHER articles' YAML only, and the lexicon loses every entry that the held-out
// article prints and no other does; gold is what compileSeed derives for the held-out article. Returns
// precision/recall/F1 per measure and per type.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileSeed, SEED_ROOT } from '../../graph-seed/src/compile.ts';
import type { SeedEntity, SeedGraph } from '../../graph-seed/src/model.ts';
import { productCorrector, type Corrector } from './corrector.ts';
import { createExtractor } from './extract.ts';
import { buildGazetteer, entriesFromYaml, type Gazetteer } from './gazetteer.ts';
import { lexiconWithout, withLexicon } from './lexicon.ts';
import type { Extraction } from './model.ts';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export interface Metric extends Score {
  precision: number;
  recall: number;
  f1: number;
}
export interface Measure {
  overall: Metric;
  byType: Record<string, Metric>;
}
/** What one fold got wrong, as readable keys (`--errors`). */
export interface FoldErrors {
  spans: { fp: string[]; fn: string[] };
  entities: { fp: string[]; fn: string[] };
  relations: { fp: string[]; fn: string[] };
}
export interface EvalReport {
  folds: Array<{ article: string; gazetteerEntities: number; lexiconHeldOut: string[]; spans: Metric; entities: Metric; relations: Metric; ms: number; errors: FoldErrors }>;
  spans: Measure;
  entities: Measure;
  relations: Measure;
}

export function metric(s: Score): Metric {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return { ...s, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export class Tally {
  readonly all: Score = { tp: 0, fp: 0, fn: 0 };
  readonly byType = new Map<string, Score>();
  /** gold and predicted are keys `type|…`; the type is the part before the first | */
  add(gold: Set<string>, predicted: Set<string>): Score {
    const fold: Score = { tp: 0, fp: 0, fn: 0 };
    const bump = (key: string, field: keyof Score) => {
      const type = key.split('|')[0];
      const s = this.byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      s[field]++;
      this.byType.set(type, s);
      this.all[field]++;
      fold[field]++;
    };
    for (const k of predicted) bump(k, gold.has(k) ? 'tp' : 'fp');
    for (const k of gold) if (!predicted.has(k)) bump(k, 'fn');
    return fold;
  }
  measure(): Measure {
    return { overall: metric(this.all), byType: Object.fromEntries([...this.byType].sort().map(([t, s]) => [t, metric(s)])) };
  }
}

/**
 * Quote marks wrapping a whole name are formatting, not part of the name: the curated data writes
 * a “…年” campaign with its quotes and a slogan such as 一核两翼 without, for the same printed form. Both gold and
 * predicted names and spans are compared with one wrapping pair removed.
 */
const WRAPPED = /^[“"]([^“”"]+)[”"]$/;
export const unquote = (name: string): string => WRAPPED.exec(name)?.[1] ?? name;
const spanKey = (text: string, type: string, start: number, end: number): string =>
  WRAPPED.test(text.slice(start, end)) ? `${type}|${start + 1}-${end - 1}` : `${type}|${start}-${end}`;

/** Gold names and aliases → gold entity: how a predicted entity is aligned with a curated one. */
function goldIndex(graph: SeedGraph): Map<string, SeedEntity> {
  const index = new Map<string, SeedEntity>();
  for (const e of graph.entities) for (const term of [e.name, ...e.aliases]) index.set(unquote(term), e);
  return index;
}

export function evaluateFold(graph: SeedGraph, file: string, extraction: Extraction, tallies: { spans: Tally; entities: Tally; relations: Tally }) {
  const index = goldIndex(graph);
  const text = extraction.text;
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const present = graph.entities.filter((e) => e.mentions.has(file));
  const goldSpans = new Set(present.flatMap((e) => e.mentions.get(file)!.map((s) => spanKey(text, e.label, s.start, s.end))));
  const predSpans = new Set(extraction.mentions.map((m) => spanKey(text, m.type, m.start, m.end)));
  const goldEntities = new Set(present.map((e) => `${e.label}|${unquote(e.name)}`));
  // a predicted entity is the curated one whose name or alias it carries
  const canonical = new Map<string, string>();
  for (const e of extraction.entities) {
    const hit = [e.name, ...e.aliases].map((t) => index.get(unquote(t))).find((g) => g && g.label === e.type);
    canonical.set(e.name, unquote(hit?.name ?? e.name));
  }
  const predEntities = new Set(extraction.entities.map((e) => `${e.type}|${canonical.get(e.name)}`));
  const goldRelations = new Set(
    graph.relations.filter((r) => r.evidence.some((ev) => ev.article === file)).map((r) => `${r.type}|${unquote(byId.get(r.source)!.name)}|${unquote(byId.get(r.target)!.name)}`),
  );
  const predRelations = new Set(extraction.relations.map((r) => `${r.type}|${canonical.get(r.source) ?? unquote(r.source)}|${canonical.get(r.target) ?? unquote(r.target)}`));
  const diff = (gold: Set<string>, pred: Set<string>, show = (k: string) => k) => ({
    fp: [...pred].filter((k) => !gold.has(k)).map(show),
    fn: [...gold].filter((k) => !pred.has(k)).map(show),
  });
  const showSpan = (k: string) => {
    const [type, range] = k.split('|');
    const [a, b] = range.split('-').map(Number);
    return `${type}|${text.slice(a, b)}@${a}`;
  };
  const errors: FoldErrors = { spans: diff(goldSpans, predSpans, showSpan), entities: diff(goldEntities, predEntities), relations: diff(goldRelations, predRelations) };
  return {
    errors,
    spans: metric(tallies.spans.add(goldSpans, predSpans)),
    entities: metric(tallies.entities.add(goldEntities, predEntities)),
    relations: metric(tallies.relations.add(goldRelations, predRelations)),
  };
}

/** One article of the five held out: the gazetteer and lexicon without what only it prints, and the rules' extraction of it. */
export interface Fold {
  article: SeedGraph['articles'][number];
  gazetteer: Gazetteer;
  lexiconHeldOut: string[];
  extract(): Extraction;
}

/** `corrector`: null for the rules alone (the experiments that compare the two). */
export function leaveOneOutFolds(seedRoot = SEED_ROOT, corrector: Corrector | null = productCorrector()): { graph: SeedGraph; folds: Fold[] } {
  const graph = compileSeed({ articlesDir: join(seedRoot, 'articles'), dataDir: join(seedRoot, 'data') });
  const dataDir = join(seedRoot, 'data');
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.yaml')).sort();
  const folds = graph.articles.map((article): Fold => {
    // what only this article prints was learnt from it: an alias another file lists for it (the files union
    // an entity's aliases) and a phrase of the lexicon; the fold reads without them
    const others = graph.articles.filter((a) => a !== article).map((a) => a.text);
    const onlyHere = (phrase: string) => article.text.includes(phrase) && !others.some((t) => t.includes(phrase));
    const heldOutFile = article.file.replace(/\.txt$/, '.yaml');
    const gazetteer = buildGazetteer(
      entriesFromYaml(files.filter((f) => f !== heldOutFile).map((f) => join(dataDir, f)))
        .filter((e) => !onlyHere(e.name))
        .map((e) => ({ ...e, aliases: e.aliases.filter((a) => !onlyHere(a)) })),
    );
    const heldOut = new Set<string>();
    const lex = lexiconWithout((phrase) => {
      const only = onlyHere(phrase);
      if (only) heldOut.add(phrase);
      return only;
    });
    return {
      article,
      gazetteer,
      lexiconHeldOut: [...heldOut],
      extract: () => withLexicon(lex, () => createExtractor(gazetteer, undefined, corrector).extract(article.text, { year: article.year })),
    };
  });
  return { graph, folds };
}

export function leaveOneOut(seedRoot = SEED_ROOT): EvalReport {
  const { graph, folds } = leaveOneOutFolds(seedRoot);
  const tallies = { spans: new Tally(), entities: new Tally(), relations: new Tally() };
  const report: EvalReport['folds'] = [];
  for (const fold of folds) {
    const started = Date.now();
    const scores = evaluateFold(graph, fold.article.file, fold.extract(), tallies);
    report.push({ article: fold.article.file, gazetteerEntities: fold.gazetteer.entries.length, lexiconHeldOut: fold.lexiconHeldOut, ...scores, ms: Date.now() - started });
  }
  return { folds: report, spans: tallies.spans.measure(), entities: tallies.entities.measure(), relations: tallies.relations.measure() };
}
