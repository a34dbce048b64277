// `npx tsx ingest/agreement.ts fresh4 fresh4-second`: how far two annotators' gold lists of the same texts agree.
// The second list is scored against the first exactly as the extractor is scored (scoreText of src/eval-texts.ts:
// same name/alias alignment, same quote handling, COOPERATES_WITH unordered), over the texts both have; then each
// disagreement is put in one class so one can see which convention the two readers applied differently.
import { mkdtempSync, readdirSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metric, unquote, type Metric, type Score } from './src/eval.ts';
import { EVAL_TEXTS_ROOT, loadEvalTexts, scoreText, type EvalText, type Gold, type Split } from './src/eval-texts.ts';
import type { Extraction } from './src/model.ts';

export const ENTITY_CLASSES = ['boundary', 'type differs', 'only in first', 'only in second'] as const;
export const RELATION_CLASSES = ['relation type differs', 'endpoint not in both', 'only in first', 'only in second'] as const;
type EntityClass = (typeof ENTITY_CLASSES)[number];
type RelationClass = (typeof RELATION_CLASSES)[number];

export interface Agreement {
  texts: number;
  entities: Metric;
  entitiesByType: Record<string, Metric>;
  relations: Metric;
  /** each disagreement once, with readable examples (`first ↔ second` where both sides are involved) */
  entityClasses: Record<EntityClass, string[]>;
  relationClasses: Record<RelationClass, string[]>;
}

/** A gold list dressed as an extraction, so the evaluation's own scorer can read it as the predicted side. */
function asExtraction(text: string, gold: Gold): Extraction {
  return {
    text,
    // known: the names are a person's, not built by the rules; no mentions: cleanliness is not measured here
    entities: gold.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases ?? [], known: true, rules: [], mentions: [] })),
    mentions: [],
    relations: gold.relations.map((r) => ({ ...r, rule: 'second annotator', evidence: { start: 0, end: 0 } })),
    figures: [],
  };
}

const forms = (e: Gold['entities'][number]) => [e.name, ...(e.aliases ?? [])].map(unquote);
const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** Score `second` against `first`, text by text (pairs of the same text). */
export function agreement(pairs: Array<{ first: EvalText; second: EvalText }>): Agreement {
  let entities: Score = { tp: 0, fp: 0, fn: 0 };
  let relations: Score = { tp: 0, fp: 0, fn: 0 };
  const byType = new Map<string, Score>();
  const bump = (key: string, field: keyof Score) => {
    const type = key.split('|')[0];
    const s = byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    s[field]++;
    byType.set(type, s);
  };
  const entityClasses = Object.fromEntries(ENTITY_CLASSES.map((c) => [c, [] as string[]])) as Record<EntityClass, string[]>;
  const relationClasses = Object.fromEntries(RELATION_CLASSES.map((c) => [c, [] as string[]])) as Record<RelationClass, string[]>;

  for (const { first, second } of pairs) {
    const s = scoreText(first, asExtraction(first.text, second.gold));
    entities = add(entities, s.entities);
    relations = add(relations, s.relations);
    for (const k of s.tp) bump(k, 'tp');
    for (const k of s.errors.entities.fp) bump(k, 'fp');
    for (const k of s.errors.entities.fn) bump(k, 'fn');
    const where = first.file.replace(/\.txt$/, '');

    // entities: the unmatched keys of each side, with the entity behind each
    const firstByKey = new Map(first.gold.entities.map((e) => [`${e.type}|${unquote(e.name)}`, e]));
    const firstByForm = new Map(first.gold.entities.flatMap((e) => forms(e).map((f) => [f, e] as const)));
    const secondByKey = new Map(second.gold.entities.map((e) => [`${e.type}|${unquote(e.name)}`, e]));
    const onlyFirst = new Set(s.errors.entities.fn);
    const onlySecond = [...s.errors.entities.fp];
    const pairedSecond = new Set<string>();
    // the same printed form, typed differently
    for (const k of onlySecond) {
      const e = secondByKey.get(k);
      const other = e && forms(e).map((f) => firstByForm.get(f)).find((g) => g && onlyFirst.has(`${g.type}|${unquote(g.name)}`));
      if (!e || !other) continue;
      onlyFirst.delete(`${other.type}|${unquote(other.name)}`);
      pairedSecond.add(k);
      entityClasses['type differs'].push(`${where}: ${other.name} ${other.type} ↔ ${e.type}`);
    }
    // one name printed inside the other (a longer or shorter span of the same thing), same type preferred
    const nested = (a: string[], b: string[]) => a.some((x) => b.some((y) => x !== y && (x.includes(y) || y.includes(x))));
    for (const k of onlySecond.filter((k) => !pairedSecond.has(k))) {
      const e = secondByKey.get(k);
      if (!e) continue;
      const candidates = [...onlyFirst].map((fk) => firstByKey.get(fk)!).filter((g) => nested(forms(g), forms(e)));
      const other = candidates.find((g) => g.type === e.type) ?? candidates[0];
      if (!other) continue;
      onlyFirst.delete(`${other.type}|${unquote(other.name)}`);
      pairedSecond.add(k);
      entityClasses.boundary.push(`${where}: ${other.name} ${other.type} ↔ ${e.name} ${e.type}`);
    }
    for (const k of onlyFirst) entityClasses['only in first'].push(`${where}: ${k}`);
    for (const k of onlySecond.filter((k) => !pairedSecond.has(k))) entityClasses['only in second'].push(`${where}: ${k}`);

    // relations: keys are type|source|target in the first annotator's names where the second's entity aligned
    const firstNames = new Set(first.gold.entities.map((e) => unquote(e.name)));
    const secondNames = new Set(second.gold.entities.map((e) => unquote(forms(e).map((f) => firstByForm.get(f)).find(Boolean)?.name ?? e.name)));
    const ends = (k: string) => k.split('|').slice(1);
    const pairOf = (k: string) => ends(k).sort().join('|');
    const relFirst = new Set(s.errors.relations.fn);
    for (const k of s.errors.relations.fp) {
      const twin = [...relFirst].find((f) => pairOf(f) === pairOf(k));
      if (twin) {
        relFirst.delete(twin);
        relationClasses['relation type differs'].push(`${where}: ${twin} ↔ ${k.split('|')[0]}${ends(k)[0] === ends(twin)[0] ? '' : ' (reversed)'}`);
      } else if (!ends(k).every((n) => firstNames.has(n))) relationClasses['endpoint not in both'].push(`${where}: second ${k}`);
      else relationClasses['only in second'].push(`${where}: ${k}`);
    }
    for (const k of relFirst) {
      if (!ends(k).every((n) => secondNames.has(n))) relationClasses['endpoint not in both'].push(`${where}: first ${k}`);
      else relationClasses['only in first'].push(`${where}: ${k}`);
    }
  }
  return {
    texts: pairs.length,
    entities: metric(entities),
    entitiesByType: Object.fromEntries([...byType].sort().map(([k, v]) => [k, metric(v)])),
    relations: metric(relations),
    entityClasses,
    relationClasses,
  };
}

/**
 * The texts of `first` that `second` has a gold list for, each gold read and checked by the evaluation's own loader
 * (a name the text does not print or a relation the vocabulary forbids stops the run, naming the entry): the second
 * list is put beside the first's texts in a scratch folder, since it has no copies of them.
 */
export function loadPairs(first: string, second: string, root = EVAL_TEXTS_ROOT): Array<{ first: EvalText; second: EvalText }> {
  const golds = new Set(readdirSync(join(root, second)).filter((f) => f.endsWith('.gold.yaml')));
  const scratch = mkdtempSync(join(tmpdir(), 'agreement-'));
  try {
    mkdirSync(join(scratch, first));
    for (const g of golds) {
      symlinkSync(join(root, first, g.replace(/\.gold\.yaml$/, '.txt')), join(scratch, first, g.replace(/\.gold\.yaml$/, '.txt')));
      symlinkSync(join(root, second, g), join(scratch, first, g));
    }
    const seconds = new Map(loadEvalTexts(first as Split, scratch).map((t) => [t.file, t]));
    return loadEvalTexts(first as Split, root)
      .filter((t) => seconds.has(t.file))
      .map((t) => ({ first: t, second: seconds.get(t.file)! }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const pct = (m: Metric) => `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}  (tp ${m.tp}, only second ${m.fp}, only first ${m.fn})`;

export function render(a: Agreement, first: string, second: string, examples = 5): string {
  const lines = [`${second} scored against ${first} over ${a.texts} texts`, `entities   ${pct(a.entities)}`, `relations  ${pct(a.relations)}`, '', 'type          P      R      F1   tp  fp  fn'];
  for (const [type, m] of Object.entries(a.entitiesByType))
    lines.push(`${type.padEnd(13)} ${m.precision.toFixed(3)}  ${m.recall.toFixed(3)}  ${m.f1.toFixed(3)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)}`);
  for (const [title, classes] of [['entity disagreements', a.entityClasses], ['relation disagreements', a.relationClasses]] as const) {
    lines.push('', title);
    for (const [c, items] of Object.entries(classes)) {
      lines.push(`  ${c.padEnd(22)} ${items.length}`);
      for (const item of items.slice(0, examples)) lines.push(`      ${item}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [first, second, n] = process.argv.slice(2);
  if (!first || !second) {
    console.error('usage: npx tsx ingest/agreement.ts <first split> <second folder> [examples per class]');
    process.exit(2);
  }
  console.log(render(agreement(loadPairs(first, second)), first, second, n ? Number(n) : 5));
}
