// Loads a draft into Neo4j in ONE write transaction (a failure anywhere leaves the database as it was):
// the draft's record — every proposed item with its decision — as a (:Draft) node, and the graph it
// implies (model/storage/drafts.ts): proposed items with status 'proposed', linked to curated entities
// of the same name or alias, never over them. Loading the same article again keeps every decision a
// reviewer made: accepted items stay, rejected ones are not proposed again.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, RELATION_TYPES, type Draft, type EntityLabel } from '../../model/index.ts';
import { articleId, ensureSchema } from '../../model/storage/index.ts';
import { entityItemId, readDraft, relationItemId, saveDraft, writeDraftGraph, type DraftRecord, type GraphCounts } from '../../model/storage/drafts.ts';
import { figureToStore } from '../../graph-seed/src/figures.ts';

export interface DraftLoadOptions {
  database?: string;
  /** called after each step inside the transaction (a throw rolls everything back) */
  onProgress?: (done: number, total: number) => void;
  /** the time of the load (tests pass a fixed one) */
  now?: Date;
}

export interface DraftLoadCounts extends GraphCounts {
  /** the article was loaded before with another text: that text and what was proposed from it were replaced */
  replacedText: boolean;
  /** proposed entities the graph already had under that name or alias */
  linkedToCurated: number;
  created: number;
  /** items a reviewer decided on before, kept as decided */
  keptDecisions: number;
  record: DraftRecord;
}

/** A draft that cannot be loaded; `conflict` when it contradicts what is stored (a curated or reviewed text). */
export class DraftLoadError extends Error {
  constructor(
    message: string,
    readonly conflict = false,
  ) {
    super(message);
    this.name = 'DraftLoadError';
  }
}

/** Refuse a draft the vocabulary does not allow, before anything is written. */
export function validateDraft(draft: Draft): void {
  const types = new Map(draft.entities.map((e) => [e.name, e.type]));
  for (const e of draft.entities) if (!ENTITY_LABELS.includes(e.type)) throw new DraftLoadError(`draft entity "${e.name}": unknown type "${e.type}"`);
  for (const r of draft.relationships) {
    const spec = RELATION_TYPES[r.type];
    if (!spec) throw new DraftLoadError(`draft relationship ${r.source} -${r.type}-> ${r.target}: unknown type`);
    const s = types.get(r.source);
    const t = types.get(r.target);
    if (!s || !t) throw new DraftLoadError(`draft relationship ${r.source} -${r.type}-> ${r.target}: an endpoint is not among the draft's entities`);
    if (!(spec.from as EntityLabel[]).includes(s) || !(spec.to as EntityLabel[]).includes(t))
      throw new DraftLoadError(`draft relationship ${r.source} -${r.type}-> ${r.target}: ${r.type} goes from ${spec.from.join('/')} to ${spec.to.join('/')}`);
  }
}

/**
 * The record of a draft: every item proposed, keyed by ids derived from the names it was proposed
 * with. Items a reviewer decided on in `previous` (the same article, the same text) keep their
 * decision, edits included, whether or not the extractor proposes them again.
 */
export function recordFromDraft(draft: Draft, text: string, previous: DraftRecord | undefined, now: string, date?: string): DraftRecord {
  const decidedEntities = new Map((previous?.entities ?? []).filter((e) => e.status !== 'proposed').map((e) => [e.id, e]));
  const decidedRelations = new Map((previous?.relations ?? []).filter((r) => r.status !== 'proposed').map((r) => [r.id, r]));
  const entities: DraftRecord['entities'] = [...decidedEntities.values()];
  // a decided item renamed by its reviewer is found again under its new name (the gazetteer knows it now)
  const decidedNames = new Set([...decidedEntities.values()].flatMap((e) => [e.name, ...(e.proposedName ? [e.proposedName] : [])]));
  for (const e of draft.entities) {
    const id = entityItemId(e.name);
    if (decidedEntities.has(id) || decidedNames.has(e.name)) continue;
    entities.push({
      id,
      name: e.name,
      proposedName: null,
      type: e.type,
      aliases: e.aliases ?? [],
      rules: e.rules,
      mentions: e.mentions,
      evidence: e.evidence,
      figures: e.figures ?? [],
      status: 'proposed',
      mergedInto: null,
      reviewedAt: null,
    });
  }
  const relations: DraftRecord['relations'] = [...decidedRelations.values()];
  // facts about a renamed item point at it, not at a second item of its new name
  const renamed = new Map([...decidedEntities.values()].filter((e) => e.proposedName).map((e) => [e.name, e.id]));
  const rejected = new Set(entities.filter((e) => e.status === 'rejected').map((e) => e.id));
  for (const r of draft.relationships) {
    const source = renamed.get(r.source) ?? entityItemId(r.source);
    const target = renamed.get(r.target) ?? entityItemId(r.target);
    const id = relationItemId(source, r.type, target);
    if (decidedRelations.has(id)) continue;
    // a fact about a rejected entity is not proposed again either
    if (rejected.has(source) || rejected.has(target)) continue;
    relations.push({
      id,
      source,
      target,
      type: r.type,
      rule: r.properties?.rule ?? null,
      amount: r.properties?.amount ?? null,
      amountYuan: r.properties?.amount_yuan ?? null,
      evidence: r.evidence,
      status: 'proposed',
      reviewedAt: null,
    });
  }
  return {
    id: articleId(draft.article.file),
    file: draft.article.file,
    title: draft.article.title ?? previous?.title ?? null,
    date: date ?? previous?.date ?? null,
    year: draft.article.year ?? previous?.year ?? null,
    encoding: draft.article.encoding,
    convertedFromTraditional: draft.article.convertedFromTraditional,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    text,
    entities,
    relations,
  };
}

/** The whole load inside the caller's transaction: read what is stored, refuse conflicts, write. */
export async function loadDraftInTx(tx: ManagedTransaction, draft: Draft, text: string, now: string, progress: (done: number) => void = () => {}, date?: string) {
  const id = articleId(draft.article.file);
  const stored = await tx.run('MATCH (a:Article {id: $id}) RETURN a.text AS text, a.draft AS draft', { id });
  const article = stored.records[0];
  if (article && !article.get('draft') && article.get('text') !== text)
    throw new DraftLoadError(
      `article ${draft.article.file} is curated and its stored text differs from this one, so the draft's spans would point into the wrong text; ingest it under another file name`,
      true,
    );
  let previous = await readDraft(tx, id);
  let replacedText = false;
  if (previous && previous.text !== text) {
    const decided = [...previous.entities, ...previous.relations].filter((i) => i.status !== 'proposed').length;
    if (decided)
      throw new DraftLoadError(
        `article ${draft.article.file} was reviewed (${decided} items decided) with another text; its spans would point into the wrong text, so ingest the corrected text under another file name`,
        true,
      );
    previous = undefined;
    replacedText = true;
  }
  progress(1);
  const record = recordFromDraft(draft, text, previous, now, date);
  await saveDraft(tx, record);
  progress(2);
  const counts = await writeDraftGraph(tx, record, figureToStore);
  progress(3);
  const keptDecisions = [...record.entities, ...record.relations].filter((i) => i.status !== 'proposed').length;
  return { ...counts, replacedText, linkedToCurated: counts.linkedToExisting, created: counts.proposedEntities + counts.acceptedEntities, keptDecisions, record };
}

export async function loadDraft(driver: Driver, draft: Draft, text: string, options: DraftLoadOptions = {}): Promise<DraftLoadCounts> {
  validateDraft(draft);
  await ensureSchema(driver, options.database);
  const now = (options.now ?? new Date()).toISOString();
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite((tx) => loadDraftInTx(tx, draft, text, now, (done) => options.onProgress?.(done, 3)));
  } finally {
    await session.close();
  }
}
