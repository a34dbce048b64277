// review: accept, reject or edit a draft's items (POST /api/drafts/:id/review), in one write transaction.
// Accepted items become curated with the time of review; rejected ones are remembered in the draft and
// never proposed again for that article; edits correct an entity's name or type, merge it into an
// existing entity as an alias, or change a fact's endpoints or type. The decision is checked against
// the vocabulary before anything is written, and a refused review writes nothing.
import type { ManagedTransaction } from 'neo4j-driver';
import { DraftParamsSchema, DraftReviewRequestSchema, DraftReviewResultSchema, RELATION_TYPES, type DraftEdit, type DraftReviewRequest, type DraftReviewResult, type EntityLabel } from '../../../model/index.ts';
import { draftFigures, readDraft, resolveEntities, saveDraft, writeDraftGraph, type DraftRecord, type FigureEdit, type FigureItem } from '../../../model/storage/drafts.ts';
import { toPlain } from '../../../model/storage/index.ts';
import { figureToStore } from '../../../graph-seed/src/figures.ts';
import { HttpError, NotFoundError } from '../errors.ts';
import { draftView } from './drafts-view.ts';
import { addToRecord, printedAt } from './review-add.ts';
import { DRAFT_WRITE_TIMEOUT_MS, writeTx } from './drafts.ts';
import { defineOperation } from './operation.ts';

/** A review the draft does not allow (unknown ids, a decision contradicting an earlier one, …). */
export class ReviewError extends HttpError {
  constructor(status: 400 | 409, message: string, details?: unknown) {
    super(status, status === 409 ? 'review_conflict' : 'review_invalid', message, details);
  }
}

/** The fields of an edit each kind of item takes (DraftReviewRequestSchema's edits). */
const ENTITY_EDITS = ['name', 'type', 'mergeInto'];
const FACT_EDITS = ['source', 'target', 'relation'];
const FIGURE_EDITS = ['amount', 'kind', 'measure', 'basis', 'period', 'year', 'entity'];

interface Existing {
  id: string;
  name: string;
  type: EntityLabel;
  status: string;
}

async function existingEntities(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Existing>> {
  if (!ids.length) return new Map();
  const res = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.type AS type, n.status AS status', { ids });
  return new Map(res.records.map((r) => [r.get('id'), toPlain(r.toObject()) as Existing]));
}

/**
 * The record after the review (a new object; `record` is not changed), or a ReviewError naming what
 * to fix. `existing` holds every entity of the graph an edit or a fact may point to.
 */
export function applyReview(
  record: DraftRecord,
  request: DraftReviewRequest,
  existing: Map<string, Existing>,
  curatedIds: Map<string, string>,
  now: string,
): { record: DraftRecord; accepted: string[]; rejected: string[] } {
  const next: DraftRecord = structuredClone(record);
  const entities = new Map(next.entities.map((e) => [e.id, e]));
  const relations = new Map(next.relations.map((r) => [r.id, r]));
  let figures = new Map(draftFigures(next).map((f) => [f.id, f]));
  const edits = request.edits ?? {};
  // what the reviewer adds becomes items of the draft, accepted below with the rest
  const added = addToRecord(next, request.add, existing, (status, message, details) => new ReviewError(status, message, details));
  for (const e of next.entities) entities.set(e.id, e);
  for (const r of next.relations) relations.set(r.id, r);
  const accept = [...new Set([...request.accept, ...added])];
  const named = [...accept, ...request.reject, ...Object.keys(edits)];
  const unknown = [...new Set(named.filter((id) => !entities.has(id) && !relations.has(id) && !figures.has(id)))];
  if (unknown.length) throw new ReviewError(400, `draft ${record.id} has no item ${unknown.map((u) => `"${u}"`).join(', ')}; use the ids GET /api/drafts/${record.id} lists`, { unknown });
  if (!named.length) throw new ReviewError(400, 'nothing to review: send the ids to accept or reject (and edits, if any), or what to add');
  const both = accept.filter((id) => request.reject.includes(id));
  if (both.length) throw new ReviewError(400, `${both.join(', ')}: an item is either accepted or rejected, not both`, { both });
  const label = (id: string): string => {
    const e = entities.get(id);
    if (e) return `entity "${e.name}"`;
    const f = figures.get(id);
    if (f) return `figure "${f.figure.amount}" (${f.figure.kind}) of ${label(f.entity)}`;
    const r = relations.get(id)!;
    return `fact "${entities.get(r.source)?.name ?? existing.get(r.source)?.name ?? r.source} ${r.type} ${entities.get(r.target)?.name ?? existing.get(r.target)?.name ?? r.target}"`;
  };
  const decided = (id: string): { status: string; reviewedAt: string | null } => (entities.get(id) ?? relations.get(id) ?? figures.get(id))!;

  // a decision stands: sending it again changes nothing, changing it is a conflict
  for (const [ids, want] of [[accept, 'accepted'], [request.reject, 'rejected']] as const)
    for (const id of ids) {
      const status = decided(id).status;
      if (status !== 'proposed' && status !== want) throw new ReviewError(409, `${label(id)} was ${status} at ${decided(id).reviewedAt}; a decision is final`, { id, status });
    }

  /** A figure's edit merged with an earlier one; the amount must be printed in its clause (the data format quotes it). */
  const figureEdit = (f: FigureItem, edit: DraftEdit): FigureEdit => {
    const { amount, kind, measure, basis, period, year, entity } = edit;
    if (amount !== undefined && !f.figure.evidence.quote.includes(amount))
      throw new ReviewError(400, `${label(f.id)}: amount "${amount}" is not printed in its clause "${f.figure.evidence.quote}"; give the amount as the article prints it (its value and unit are read from it)`, { id: f.id, amount });
    if (entity !== undefined) {
      const to = entities.get(entity);
      if (!to) throw new ReviewError(400, `${label(f.id)}: entity "${entity}" is not an entity of this draft`, { id: f.id, entity });
      if (to.status === 'rejected') throw new ReviewError(400, `${label(f.id)}: entity ${label(entity)} was rejected`, { id: f.id, entity });
    }
    const given = Object.fromEntries(Object.entries({ amount, kind, measure, basis, period, year, entity }).filter(([, v]) => v !== undefined));
    return { ...next.figureDecisions?.[f.id]?.edit, ...given };
  };

  // edits: only of items still proposed
  for (const [id, edit] of Object.entries(edits)) {
    if (decided(id).status !== 'proposed') throw new ReviewError(409, `${label(id)} was ${decided(id).status} already; only proposed items can be edited`, { id });
    const [what, fields] = figures.has(id) ? ['a figure', FIGURE_EDITS] : entities.has(id) ? ['an entity', ENTITY_EDITS] : ['a fact', FACT_EDITS];
    const wrong = Object.keys(edit).filter((k) => edit[k as keyof DraftEdit] !== undefined && !fields.includes(k));
    if (wrong.length) throw new ReviewError(400, `${label(id)}: ${what} takes ${fields.join(', ')}; not ${wrong.join(', ')}`, { id, fields: wrong });
    const f = figures.get(id);
    if (f) {
      next.figureDecisions = { ...next.figureDecisions, [id]: { ...(next.figureDecisions?.[id] ?? { status: 'proposed', reviewedAt: null }), edit: figureEdit(f, edit) } };
      continue;
    }
    const e = entities.get(id);
    if (e) {
      if (edit.name && edit.name !== e.name) {
        e.proposedName ??= e.name;
        e.name = edit.name;
        // a boundary fixed (仲量联行山东区 for 山东区): the highlighting and evidence follow the name where the article prints it
        if (next.text.includes(edit.name)) Object.assign(e, printedAt(next.text, [edit.name]));
      }
      if (edit.type) e.type = edit.type;
      if (edit.mergeInto) {
        const into = existing.get(edit.mergeInto);
        if (!into || into.status !== 'curated')
          throw new ReviewError(400, `${label(id)}: mergeInto "${edit.mergeInto}" is not an existing curated entity; merge into one of its candidates, or search for the entity`, { mergeInto: edit.mergeInto });
        e.mergedInto = into.id;
        e.type = into.type;
      }
    } else {
      const r = relations.get(id)!;
      for (const end of ['source', 'target'] as const) {
        const to = edit[end];
        if (!to) continue;
        if (!entities.has(to) && !existing.has(to)) throw new ReviewError(400, `${label(id)}: ${end} "${to}" is neither an entity of this draft nor an existing entity`, { [end]: to });
        if (entities.get(to)?.status === 'rejected') throw new ReviewError(400, `${label(id)}: ${end} ${label(to)} was rejected`);
        r[end] = to;
      }
      if (edit.relation) r.type = edit.relation;
    }
  }

  // figures as edited: their entity may have moved
  figures = new Map(draftFigures(next).map((f) => [f.id, f]));
  const rejected = new Set(request.reject.filter((id) => decided(id).status === 'proposed'));
  // a fact about a rejected entity goes with it, unless it is being accepted (refused below)
  for (const r of next.relations)
    if (r.status === 'proposed' && !accept.includes(r.id) && (rejected.has(r.source) || rejected.has(r.target))) rejected.add(r.id);
  const accepted = new Set(accept.filter((id) => decided(id).status === 'proposed'));
  const figureDecisions = { ...next.figureDecisions };
  for (const [ids, status] of [[rejected, 'rejected'], [accepted, 'accepted']] as const)
    for (const id of ids) {
      if (figures.has(id)) figureDecisions[id] = { ...figureDecisions[id], status, reviewedAt: now };
      else Object.assign(decided(id), { status, reviewedAt: now });
    }
  next.figureDecisions = figureDecisions;

  // an accepted figure needs its entity in the graph as a curated entity (accepted, merged, or already curated)
  for (const id of accepted) {
    const f = figures.get(id);
    if (!f) continue;
    const e = entities.get(f.entity)!;
    if (e.status === 'rejected') throw new ReviewError(400, `${label(id)}: its entity was rejected`, { id, entity: e.id });
    if (!(e.status === 'accepted' || e.mergedInto || curatedIds.has(e.name)))
      throw new ReviewError(400, `${label(id)}: its ${label(e.id)} is not accepted; accept or merge it in the same review`, { id, entity: e.id });
  }

  // an accepted fact needs endpoints in the graph as curated entities, with types its type allows
  const typeOf = (ref: string): EntityLabel | undefined => entities.get(ref)?.type ?? existing.get(ref)?.type;
  for (const r of next.relations) {
    if (r.status !== 'accepted' || !accepted.has(r.id)) continue;
    for (const end of [r.source, r.target]) {
      const e = entities.get(end);
      const curated = e ? e.status === 'accepted' || e.mergedInto || curatedIds.has(e.name) : existing.get(end)?.status === 'curated';
      if (!curated)
        throw new ReviewError(400, `${label(r.id)}: its ${end === r.source ? 'source' : 'target'} ${e ? label(end) : `"${end}"`} is not accepted; accept or merge it in the same review`, {
          id: r.id,
          endpoint: end,
        });
    }
    const spec = RELATION_TYPES[r.type];
    const [s, t] = [typeOf(r.source)!, typeOf(r.target)!];
    if (!(spec.from as EntityLabel[]).includes(s) || !(spec.to as EntityLabel[]).includes(t))
      throw new ReviewError(400, `${label(r.id)}: ${r.type} goes from ${spec.from.join('/')} to ${spec.to.join('/')}, not from ${s} to ${t}; edit its type or endpoints`, { id: r.id });
    if (r.source === r.target) throw new ReviewError(400, `${label(r.id)}: a fact joins two different entities`);
  }
  next.updatedAt = now;
  return { record: next, accepted: [...accepted], rejected: [...rejected] };
}

export async function reviewDraft(tx: ManagedTransaction, id: string, request: DraftReviewRequest, now: string): Promise<DraftReviewResult> {
  const record = await readDraft(tx, id);
  if (!record) throw new NotFoundError('draft_not_found', `no draft with id "${id}"; GET /api/drafts lists them`, { id });
  const edits = Object.values(request.edits ?? {});
  const refs = [
    ...edits.flatMap((e) => [e.mergeInto, e.source, e.target]),
    ...record.relations.flatMap((r) => [r.source, r.target]),
    ...(request.add?.relations ?? []).flatMap((r) => [r.source, r.target]),
  ].filter((x): x is string => !!x);
  const existing = await existingEntities(tx, [...new Set(refs)]);
  // the names that already are curated entities: a draft entity of that name needs no acceptance to be an endpoint
  const resolved = await resolveEntities(tx, record);
  const curatedIds = new Map(record.entities.filter((e) => resolved.get(e.id)?.existing).map((e) => [e.name, resolved.get(e.id)!.id]));
  const { record: next, accepted, rejected } = applyReview(record, request, existing, curatedIds, now);
  await saveDraft(tx, next);
  await writeDraftGraph(tx, next, figureToStore);
  return { ...(await draftView(tx, next)), applied: { accepted, rejected } };
}

export const review = defineOperation({
  summary: 'Accept, reject or edit the items of a draft (one transaction)',
  params: DraftParamsSchema,
  body: DraftReviewRequestSchema,
  output: DraftReviewResultSchema,
  timeoutMs: DRAFT_WRITE_TIMEOUT_MS,
  errors: { 404: 'no draft with this id', 409: 'the review changes a decision already made' },
  run: ({ db }, { id, ...request }) => writeTx(db, (tx) => reviewDraft(tx, id, request as DraftReviewRequest, new Date().toISOString())),
});
