// What a reviewer adds to a draft (the `add` of POST /api/drafts/:id/review): names and facts the extractor
// missed. On real pages it finds about half of what a reader lists (ingest/README.md), so the review has to
// take the rest from the person reading. An added name or fact becomes an item of the draft like a proposed
// one — same ids, evidence and mentions — and is accepted in the same review, so every check of an accepted
// item (endpoints accepted, types the relation allows, decisions final) applies to it unchanged.
import { REVIEWER_RULE, type DraftAddedEntity, type DraftAddedRelation, type DraftEvidence, type DraftReviewRequest } from '../../../model/index.ts';
import { entityItemId, relationItemId, type DraftRecord, type Span, type StoredEntityItem, type StoredRelationItem } from '../../../model/storage/drafts.ts';
import { clauseAround, mentionEvidence } from '../../../ingest/src/draft.ts';
import { sentences } from '../../../ingest/src/relations.ts';
import { HttpError } from '../errors.ts';

type Fail = (status: 400 | 409, message: string, details?: unknown) => HttpError;

/** Every place `form` is printed in `text`. */
export function occurrences(text: string, form: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(form); at >= 0 && form; at = text.indexOf(form, at + form.length)) out.push({ start: at, end: at + form.length });
  return out;
}

/**
 * The mentions of a name printed in `forms` (every place each is printed, and `first`), and its evidence: the
 * clauses of the first few, `first`'s before the others.
 */
export function printedAt(text: string, forms: string[], first?: Span): { mentions: Span[]; evidence: DraftEvidence[] } {
  const seen = new Set<string>();
  const mentions = [...(first ? [first] : []), ...[...new Set(forms)].flatMap((f) => occurrences(text, f))]
    .filter((m) => !seen.has(`${m.start}:${m.end}`) && seen.add(`${m.start}:${m.end}`))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const ordered = first ? [first, ...mentions.filter((m) => m.start !== first.start || m.end !== first.end)] : mentions;
  return { mentions, evidence: mentionEvidence(text, ordered) };
}

function checkSpan(text: string, span: { start: number; end: number }, what: string, fail: Fail) {
  if (span.end > text.length || span.start >= span.end)
    throw fail(400, `${what}: characters ${span.start}–${span.end} are not a span of the article (${text.length} characters); select the words in the article again`, span);
}

function addEntity(record: DraftRecord, add: DraftAddedEntity, fail: Fail): string {
  const { text } = record;
  checkSpan(text, add, `added name "${add.name}"`, fail);
  const printed = text.slice(add.start, add.end).trim();
  if (!printed) throw fail(400, `added name "${add.name}": the selection holds no character of the article`, add);
  const id = entityItemId(add.name);
  const same = record.entities.find((e) => e.id === id || e.name === add.name);
  if (same) {
    if (same.status === 'rejected') throw fail(409, `entity "${same.name}" was rejected at ${same.reviewedAt}; a decision is final`, { id: same.id });
    if (same.status === 'accepted' && same.type !== add.type) throw fail(409, `entity "${same.name}" was accepted as ${same.type} at ${same.reviewedAt}; a decision is final`, { id: same.id });
    // proposed already (or accepted as the same): adding it is accepting it, with the reviewer's type; a printing
    // the extractor did not mark (its corrector judges each printing) is marked now
    if (same.status === 'proposed') {
      same.type = add.type;
      if (!same.mentions.some((m) => m.start === add.start && m.end === add.end))
        same.mentions = [...same.mentions, { start: add.start, end: add.end }].sort((a, b) => a.start - b.start || b.end - a.end);
    }
    return same.id;
  }
  // every place the name (and the form the selection prints, when the reviewer wrote it otherwise) is printed;
  // the selection's clause first: it is why the reviewer added the name
  const { mentions, evidence } = printedAt(text, [add.name, printed], { start: add.start, end: add.end });
  const item: StoredEntityItem = {
    id,
    name: add.name,
    proposedName: null,
    type: add.type,
    aliases: printed !== add.name ? [printed] : [],
    rules: [REVIEWER_RULE],
    mentions,
    evidence,
    figures: [],
    status: 'proposed',
    mergedInto: null,
    reviewedAt: null,
  };
  record.entities.push(item);
  return id;
}

function addRelation(record: DraftRecord, given: DraftAddedRelation, existing: Map<string, { name: string }>, fail: Fail): string {
  const { text } = record;
  const items = new Map(record.entities.map((e) => [e.id, e]));
  // an endpoint is an item's id, an existing entity's id, or the name of an item (one added in the same call)
  const byName = new Map(record.entities.map((e) => [e.name, e.id]));
  const resolve = (r: string) => (items.has(r) || existing.has(r) ? r : (byName.get(r) ?? r));
  const add = { ...given, source: resolve(given.source), target: resolve(given.target) };
  const nameOf = (ref: string) => items.get(ref)?.name ?? existing.get(ref)?.name ?? ref;
  const what = `added fact "${nameOf(add.source)} ${add.type} ${nameOf(add.target)}"`;
  for (const end of ['source', 'target'] as const) {
    const ref = add[end];
    if (!items.has(ref) && !existing.has(ref)) throw fail(400, `${what}: ${end} "${ref}" is neither an entity of this draft nor an existing entity`, { [end]: ref });
    if (items.get(ref)?.status === 'rejected') throw fail(400, `${what}: its ${end} "${nameOf(ref)}" was rejected`, { [end]: ref });
  }
  if (add.source === add.target) throw fail(400, `${what}: a fact joins two different entities`);
  const id = relationItemId(add.source, add.type, add.target);
  const same = record.relations.find((r) => r.id === id);
  if (same) {
    if (same.status === 'rejected') throw fail(409, `${what} was rejected at ${same.reviewedAt}; a decision is final`, { id });
    return id;
  }
  let evidence;
  if (add.start !== undefined || add.end !== undefined) {
    if (add.start === undefined || add.end === undefined) throw fail(400, `${what}: give both start and end of the words that state it, or neither`);
    checkSpan(text, { start: add.start, end: add.end }, what, fail);
    evidence = clauseAround(text, { start: add.start, end: add.end });
  } else {
    // no selection: the first sentence that prints both
    const spans = (ref: string) => items.get(ref)?.mentions ?? occurrences(text, nameOf(ref));
    const [from, to] = [spans(add.source), spans(add.target)];
    const inside = (s: Span) => (m: Span) => m.start >= s.start && m.end <= s.end;
    const sentence = sentences(text).find((s) => from.some(inside(s)) && to.some(inside(s)));
    if (!sentence) throw fail(400, `${what}: no sentence of the article prints both; select the words that state it`);
    evidence = clauseAround(text, sentence);
  }
  const item: StoredRelationItem = { id, source: add.source, target: add.target, type: add.type, rule: REVIEWER_RULE, amount: null, amountYuan: null, evidence: [evidence], status: 'proposed', reviewedAt: null };
  record.relations.push(item);
  return id;
}

/**
 * Adds the names, then the facts, of `add` to `record` (changed in place) as proposed items, and returns
 * the ids to accept with the rest of the review: a fact may join a name added in the same call.
 */
export function addToRecord(record: DraftRecord, add: DraftReviewRequest['add'], existing: Map<string, { name: string }>, fail: Fail): string[] {
  if (!add) return [];
  const ids = add.entities.map((e) => addEntity(record, e, fail));
  ids.push(...add.relations.map((r) => addRelation(record, r, existing, fail)));
  return ids;
}
