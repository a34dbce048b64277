// The bulk import's CSV text (import.ts): the columns of entities and facts, one field's encoding, and
// a fact's whole line built straight from the writer's input. The generic path (row) encodes a record
// of the one writer (entityRecord / relationRecord); factLine computes the same text without building
// the record, because the facts are most of a million-entity load's CSV work (5M of them) and the
// record's objects, spreads and JSON cost ~45 µs a fact. csv.test.ts holds factLine to row(relationRecord).
import type { Evidence } from '../../model/graph.ts';
import { CANVAS_PROPERTY, EDGE_KEYS, NODE_KEYS, searchProps, type EntityToStore, type RelationToStore } from '../../model/storage/index.ts';

export type Column = [name: string, type: '' | 'double' | 'string[]' | 'double[]'];

export const ENTITY_COLUMNS: Column[] = [
  ['name', ''], ['type', ''], ['aliases', 'string[]'], ['en', ''], ['description', ''], ['alias_text', ''], ['pinyin', ''],
  ['pinyin_initials', ''], ['alias_pinyin', 'string[]'], ['names_lc', 'string[]'], ['py_keys', 'string[]'], ['en_lc', ''],
  ['search_keys', ''], ['status', ''], ['mention_count', 'double'], ['figures', ''], ['figure_kinds', 'string[]'], ['figure_texts', 'string[]'],
  ['ev_article', 'string[]'], ['ev_start', 'double[]'], ['ev_end', 'double[]'], ['ev_quote', 'string[]'], ['ev_year', 'double[]'],
  ['articles', 'string[]'], ['first_reported', 'double'], ['last_reported', 'double'], [CANVAS_PROPERTY, ''],
];
export const FACT_COLUMNS: Column[] = [
  ['id', ''], ['status', ''], ['rule', ''], ['amount_text', ''], ['role', ''], ['year', 'double'],
  ['ev_article', 'string[]'], ['ev_start', 'double[]'], ['ev_end', 'double[]'], ['ev_quote', 'string[]'], ['ev_year', 'double[]'],
  ['articles', 'string[]'], ['first_reported', 'double'], ['last_reported', 'double'], [CANVAS_PROPERTY, ''],
];

// the regexes run only when the character is there: most strings hold neither
export const quote = (s: string) => `"${s.includes('"') ? s.replace(/"/g, '""') : s}"`;
/** An array element: ';' separates elements, so one inside becomes '；' (the only change to the data). */
const element = (x: unknown) => {
  const s = String(x);
  return s.includes(';') ? s.replace(/;/g, '；') : s;
};

/** One CSV field; arrays joined by ';'. */
export function field(v: unknown, type: Column[1]): string {
  if (v === null || v === undefined) return '';
  if (type.endsWith('[]')) return (v as unknown[]).length ? quote((v as unknown[]).map(element).join(';')) : '';
  return typeof v === 'number' ? String(v) : quote(String(v));
}
export const header = (cols: Column[]) => cols.map(([n, t]) => (t ? `${n}:${t}` : n)).join(',');
export const row = (p: Record<string, unknown>, cols: Column[]) => cols.map(([n, t]) => field(p[n], t)).join(',');

const opt = (s: string | null | undefined) => (s === null || s === undefined ? '' : quote(s));
const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const list = (s: string) => (s ? quote(s) : '');

/** The ev_* fields, articles and first/last year of an element's evidence, as evidenceProperties stores them. */
function evidenceFields(ev: Evidence[]) {
  let articles = '', starts = '', ends = '', quotes = '', years = '';
  let allYears = true, first = Infinity, last = -Infinity;
  const distinct: string[] = [];
  for (let i = 0; i < ev.length; i++) {
    const e = ev[i];
    const sep = i ? ';' : '';
    articles += sep + element(e.article);
    starts += sep + e.start;
    ends += sep + e.end;
    quotes += sep + element(e.quote);
    if (e.year === null) allYears = false;
    else {
      years += (years ? ';' : '') + e.year;
      if (e.year < first) first = e.year;
      if (e.year > last) last = e.year;
    }
    if (!distinct.includes(e.article)) distinct.push(e.article);
  }
  distinct.sort();
  const firstReported = first === Infinity ? null : first;
  const lastReported = last === -Infinity ? null : last;
  // ev_year only when every year is known (evidenceArrays: a list cannot hold nulls)
  const text = `${list(articles)},${list(starts)},${list(ends)},${list(quotes)},${allYears ? list(years) : ''},${field(distinct, 'string[]')},${num(firstReported)},${num(lastReported)}`;
  return { distinct, firstReported, lastReported, text };
}

/** A fact's relationship line: endpoints, type, then row(relationRecord(r), FACT_COLUMNS), computed directly. */
export function factLine(r: RelationToStore): string {
  // amounts are stored as Neo4j integers (storedInt); the synthetic facts carry none
  if (r.amountYuan !== undefined && r.amountYuan !== null) throw new Error(`bench:scale factLine: fact ${r.id} has an amount; write it through relationRecord`);
  const ev = evidenceFields(r.evidence);
  const values: Record<(typeof EDGE_KEYS)[number], unknown> = {
    id: r.id, status: r.status, rule: r.rule ?? null, amount_text: r.amountText ?? null, amount_yuan: null, role: r.role ?? null, year: r.year ?? null,
    articles: ev.distinct, first_reported: ev.firstReported, last_reported: ev.lastReported, evidence_count: r.evidence.length, type: r.type, source: r.source, target: r.target,
  };
  const canvas = JSON.stringify(EDGE_KEYS.map((k) => values[k]));
  return `${quote(r.source)},${quote(r.target)},${r.type},${quote(r.id)},${quote(r.status)},${opt(r.rule)},${opt(r.amountText)},${opt(r.role)},${num(r.year)},${ev.text},${quote(canvas)}`;
}

/**
 * An entity's node line: id, labels, then row(entityRecord(e), ENTITY_COLUMNS), computed directly; the
 * search keys by the writer's own searchProps (pinyin is the one part that must not be re-derived here).
 */
export function entityLine(e: EntityToStore): string {
  if (e.figures.length || e.rules) throw new Error(`bench:scale entityLine: entity ${e.id} has figures or rules; write it through entityRecord`);
  const k = searchProps(e.name, e.aliases, e.en);
  const ev = evidenceFields(e.evidence);
  const values: Record<(typeof NODE_KEYS)[number], unknown> = {
    id: e.id, name: e.name, en: e.en ?? null, pinyin: k.pinyin, status: e.status, mention_count: e.mentionCount,
    first_reported: ev.firstReported, last_reported: ev.lastReported, articles: ev.distinct, labels: [e.label],
  };
  const canvas = JSON.stringify(NODE_KEYS.map((key) => values[key]));
  return `${quote(e.id)},Entity;${e.label},${quote(e.name)},${quote(e.label)},${field(e.aliases, 'string[]')},${opt(e.en)},${opt(e.description)},` +
    `${quote(k.alias_text)},${quote(k.pinyin)},${quote(k.pinyin_initials)},${field(k.alias_pinyin, 'string[]')},${field(k.names_lc, 'string[]')},${field(k.py_keys, 'string[]')},` +
    `${quote(k.en_lc)},${quote(k.search_keys)},${quote(e.status)},${e.mentionCount},,,,${ev.text},${quote(canvas)}`;
}
