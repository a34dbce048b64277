// How drafts and their reviews are stored, and what they write into the graph. A draft is one
// (:Draft {id, record}) node whose `record` (JSON) holds the article text and every proposed item with
// its decision; the graph is derived from it by writeDraftGraph: proposed items as status 'proposed',
// accepted ones as 'curated' with `reviewed_at`, rejected ones not at all. Because the record is the
// source of truth, a reseed (even --reset) keeps every draft node and writes the graph of each again
// after the curated files (graph-seed/src/load.ts): nothing reviewed is lost, and evidence or aliases
// that a review added to a curated entity come back after the files overwrite that entity.
import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Evidence } from '../graph.ts';
import type { DraftEvidence, DraftFigure, DraftItemStatus } from '../drafts.ts';
import type { EntityLabel, RelationTypeName } from '../vocabulary.ts';
import { ENTITY_LABELS } from '../vocabulary.ts';
import { CANVAS_PROPERTY, edgeCanvasValues, encodeCanvas, nodeCanvasValues } from './canvas.ts';
import { evidenceOf, evidenceProperties } from './evidence.ts';
import { FIGURE_LABEL, figureRecord, HAS_FIGURE, writeFigures, type FigureReader, type FigureToStore } from './figures.ts';
import { articleId, entityId, relationId } from './ids.ts';
import { entitiesNamed } from './lookup.ts';
import { searchProps } from './search-keys.ts';
import { toPlain } from './values.ts';
import { articleRecord, entityRecord, relationRecord } from './write.ts';

export const DRAFT_LABEL = 'Draft';

export interface Span {
  start: number;
  end: number;
}

export interface StoredEntityItem {
  /** entityId of the name it was proposed with: stable across edits and re-extractions */
  id: string;
  name: string;
  proposedName: string | null;
  type: EntityLabel;
  aliases: string[];
  rules: string[];
  mentions: Span[];
  evidence: DraftEvidence[];
  figures: DraftFigure[];
  status: DraftItemStatus;
  /** accepted as an alias of this existing entity */
  mergedInto: string | null;
  reviewedAt: string | null;
}

export interface StoredRelationItem {
  /** relationId(source item, type, target item) as proposed */
  id: string;
  source: string;
  target: string;
  type: RelationTypeName;
  rule: string | null;
  amount: string | null;
  amountYuan: string | null;
  evidence: DraftEvidence[];
  status: DraftItemStatus;
  reviewedAt: string | null;
}

/** What a reviewer corrected in a figure: the amount as its clause prints it, what it measures, its entity item. */
export type FigureEdit = Partial<Pick<DraftFigure, 'amount' | 'kind' | 'year' | 'measure' | 'basis' | 'period'>> & { entity?: string };

/**
 * A reviewer's word on one figure: a decision, an edit, or both (an edit alone keeps it proposed). Figures
 * not named here are proposed, or rejected with their entity.
 */
export interface FigureDecision {
  status: DraftItemStatus;
  reviewedAt: string | null;
  edit?: FigureEdit;
}

/** A figure of an entity item with where it stands: derived from the item's `figures` and the decisions. */
export interface FigureItem {
  id: string;
  /** the entity item it is about (a reviewer may have moved it to another) */
  entity: string;
  /** as the reviewer left it: the extractor's figure with the edit applied */
  figure: DraftFigure;
  /** the extractor's entity and figure, when an edit changed them */
  proposed: { entity: string; figure: DraftFigure } | null;
  status: DraftItemStatus;
  reviewedAt: string | null;
}

export interface DraftRecord {
  /** the article's id (its file name without .txt) */
  id: string;
  file: string;
  title: string | null;
  /** the day it was published (YYYY-MM-DD), when the reviewer gave it */
  date?: string | null;
  year: number | null;
  encoding: string;
  convertedFromTraditional: boolean;
  createdAt: string;
  updatedAt: string;
  text: string;
  entities: StoredEntityItem[];
  relations: StoredRelationItem[];
  /**
   * figure item id → decision. Kept beside the record on the node (d.figure_decisions), so a load of
   * the same article again (ingest/src/load.ts rebuilds the record) keeps them: figure ids are derived
   * from the entity item, the kind, the amount and its place in the text, the same every extraction.
   * Absent: read from the node when needed.
   */
  figureDecisions?: Record<string, FigureDecision>;
}

/** The item ids a draft gives what the extractor proposed (names → ids, as new graph elements get). */
export const entityItemId = (name: string) => entityId(name);
export const relationItemId = (source: string, type: string, target: string) => relationId(source, type, target);

/** A figure item's id: its entity item, kind, amount and place, so extracting the text again finds the same ids. */
export const figureItemId = (entity: string, f: Pick<DraftFigure, 'kind' | 'amount' | 'evidence'>) =>
  `fig-${createHash('sha1').update(`${entity}|${f.kind}|${f.amount}|${f.evidence.start}`).digest('hex').slice(0, 12)}`;

/**
 * Every figure of the draft's entity items, edited as the reviewer left it, with its decision; the undecided
 * figures of a rejected entity are rejected with it. Ids stay those of the extractor's figure, so an edit
 * never loses the decision and extracting the text again finds it.
 */
export function draftFigures(record: DraftRecord): FigureItem[] {
  const decisions = record.figureDecisions ?? {};
  const items = new Map(record.entities.map((e) => [e.id, e]));
  return record.entities.flatMap((e) =>
    (e.figures ?? []).map((extracted) => {
      const id = figureItemId(e.id, extracted);
      const decided = decisions[id];
      const { entity: movedTo, ...edit } = decided?.edit ?? {};
      const owner = (movedTo && items.get(movedTo)) || e;
      const figure = { ...extracted, ...edit };
      const changed = owner !== e || figure.amount !== extracted.amount || figure.kind !== extracted.kind;
      const decidedNow = decided && decided.status !== 'proposed' ? decided : undefined;
      return {
        id,
        entity: owner.id,
        figure,
        proposed: changed ? { entity: e.id, figure: extracted } : null,
        status: decidedNow?.status ?? (owner.status === 'rejected' ? 'rejected' : 'proposed'),
        reviewedAt: decidedNow?.reviewedAt ?? (owner.status === 'rejected' ? owner.reviewedAt : null),
      };
    }),
  );
}

/** Where a figure's amount is printed: inside its clause (an edited amount is one the clause prints too). */
export function figureSpan(f: Pick<DraftFigure, 'amount' | 'evidence'>): Span {
  const at = f.evidence.quote.indexOf(f.amount);
  return at === -1 ? { start: f.evidence.start, end: f.evidence.end } : { start: f.evidence.start + at, end: f.evidence.start + at + f.amount.length };
}

const RECORD = `d.record AS record, d.figure_decisions AS figures`;
const recordOf = (r: { get(key: string): unknown }): DraftRecord => ({
  ...(JSON.parse(r.get('record') as string) as DraftRecord),
  figureDecisions: JSON.parse((r.get('figures') as string | null) ?? '{}'),
});

/** The record with its figure decisions, read from its node when it does not carry them (a record a load rebuilt). */
export async function withFigureDecisions(tx: ManagedTransaction, record: DraftRecord): Promise<DraftRecord> {
  return record.figureDecisions ? record : { ...record, figureDecisions: (await readDraft(tx, record.id))?.figureDecisions ?? {} };
}

export async function readDraft(tx: ManagedTransaction, id: string): Promise<DraftRecord | undefined> {
  const res = await tx.run(`MATCH (d:${DRAFT_LABEL} {id: $id}) RETURN ${RECORD}`, { id });
  const rec = res.records[0];
  return rec ? recordOf(rec) : undefined;
}

export async function readAllDrafts(tx: ManagedTransaction): Promise<DraftRecord[]> {
  const res = await tx.run(`MATCH (d:${DRAFT_LABEL}) RETURN ${RECORD} ORDER BY d.created_at, d.id`);
  return res.records.map(recordOf);
}

/** Saves the record; the figure decisions only when it carries them (a record rebuilt by a load does not). */
export async function saveDraft(tx: ManagedTransaction, record: DraftRecord): Promise<void> {
  const { figureDecisions, ...rest } = record;
  await tx.run(
    `MERGE (d:${DRAFT_LABEL} {id: $id})
     SET d.record = $record, d.article = $article, d.title = $title, d.created_at = $createdAt, d.updated_at = $updatedAt,
         d.figure_decisions = coalesce($figures, d.figure_decisions)`,
    {
      id: record.id,
      record: JSON.stringify(rest),
      figures: figureDecisions ? JSON.stringify(figureDecisions) : null,
      article: record.id,
      title: record.title,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    },
  );
}

/** Where an entity item lives in the graph: an existing curated entity, or a node of its own. */
export interface Resolved {
  id: string;
  existing: boolean;
}

/**
 * Each live (not rejected) entity item's graph node: the entity it was merged into, else a curated
 * entity with its name or alias (the longest name wins), else a node named by it.
 */
export async function resolveEntities(tx: ManagedTransaction, record: DraftRecord): Promise<Map<string, Resolved>> {
  const live = record.entities.filter((e) => e.status !== 'rejected');
  const named = (await entitiesNamed(tx, live.filter((e) => !e.mergedInto).map((e) => e.name)))
    .filter((n) => n.status === 'curated')
    .sort((a, b) => b.name.length - a.name.length);
  const curated = new Map<string, string>();
  for (const n of named) if (!curated.has(n.term)) curated.set(n.term, n.id);
  const out = new Map<string, Resolved>();
  for (const e of live) {
    if (e.mergedInto) out.set(e.id, { id: e.mergedInto, existing: true });
    else {
      const id = curated.get(e.name);
      out.set(e.id, id ? { id, existing: true } : { id: entityId(e.name), existing: false });
    }
  }
  return out;
}

const evidenceKey = (e: { article: string; start: number; end: number }) => `${e.article}|${e.start}|${e.end}`;

function unionEvidence(old: Evidence[], added: Evidence[]): Evidence[] {
  const seen = new Set(old.map(evidenceKey));
  return [...old, ...added.filter((e) => !seen.has(evidenceKey(e)) && seen.add(evidenceKey(e)))];
}

function figureOf(file: string, year: number | null, f: DraftFigure, readFigure: FigureReader): FigureToStore {
  return readFigure(f, { article: file, ...f.evidence, year: f.year ?? year ?? null });
}

export interface GraphCounts {
  proposedEntities: number;
  acceptedEntities: number;
  linkedToExisting: number;
  relations: number;
  mentions: number;
}

/**
 * Writes what the record says into the graph, inside the caller's transaction: the article, every
 * live entity and fact, and the mention links. What this article proposed before is removed first,
 * so a rejected or renamed item leaves nothing behind; accepted items are upserted, so running it
 * again changes nothing. `readFigure` reads a printed figure in its sentence (graph-seed's figureToStore).
 */
export async function writeDraftGraph(
  tx: ManagedTransaction,
  record: DraftRecord,
  readFigure: FigureReader,
): Promise<GraphCounts> {
  const file = record.file;
  const aid = articleId(file);
  const year = record.year;
  record = await withFigureDecisions(tx, record);
  // accepted figures by entity item: only they become Figure nodes (proposed ones live in the draft until decided)
  const acceptedFigures = new Map<string, DraftFigure[]>();
  for (const f of draftFigures(record)) if (f.status === 'accepted') acceptedFigures.set(f.entity, [...(acceptedFigures.get(f.entity) ?? []), f.figure]);
  const figuresOf = (itemId: string) => (acceptedFigures.get(itemId) ?? []).map((f) => figureOf(file, year, f, readFigure));
  const accepted = record.entities.some((e) => e.status === 'accepted') || record.relations.some((r) => r.status === 'accepted');
  const reviewedAt = [...record.entities, ...record.relations].map((i) => i.reviewedAt).filter(Boolean).sort().at(-1) ?? null;
  const article = {
    ...articleRecord({ id: aid, file, headline: record.title ?? file, year, text: record.text, status: accepted ? 'curated' : 'proposed' }),
    draft: record.id,
    date: record.date ?? null,
    reviewed_at: reviewedAt,
  };
  // a seed article's node is the seed's: a draft of the same file only adds mentions to it
  await tx.run(
    `MERGE (a:Article {id: $id}) ON CREATE SET a.draft = $row.draft
     WITH a WHERE a.draft = $row.draft SET a = $row`,
    { id: aid, row: article },
  );
  // the draft's proposed facts, reached from the entities the article mentions (before those links go):
  // matching every relationship by its properties read all five million at a million entities
  await tx.run(
    `MATCH (:Article {id: $id})<-[:MENTIONED_IN]-(:Entity)-[r]-(:Entity) WHERE r.status = 'proposed' AND r.articles = [$file]
     WITH DISTINCT r DELETE r`,
    { id: aid, file },
  );
  await tx.run(`MATCH (:Entity)-[m:MENTIONED_IN {status: 'proposed'}]->(:Article {id: $id}) DELETE m`, { id: aid });
  await tx.run(`MATCH (n:Entity {status: 'proposed'}) WHERE n.articles = [$file] DETACH DELETE n`, { file });

  const ids = await resolveEntities(tx, record);
  const evidence = (ev: DraftEvidence[]): Evidence[] => ev.map((e) => ({ article: file, ...e, year }));
  const counts: GraphCounts = { proposedEntities: 0, acceptedEntities: 0, linkedToExisting: 0, relations: 0, mentions: 0 };

  // entities of their own: a proposed one never overwrites a curated node of the same id, and an
  // accepted one that another draft already made curated only adds its evidence to it (below)
  const own = record.entities.filter((e) => ids.get(e.id) && !ids.get(e.id)!.existing);
  const curatedOwn = new Set<string>(
    (await tx.run(`MATCH (n:Entity) WHERE n.id IN $ids AND n.status = 'curated' RETURN n.id AS id`, { ids: own.map((e) => ids.get(e.id)!.id) })).records.map((r) => r.get('id')),
  );
  const additions = new Map<string, { aliases: string[]; evidence: Evidence[] }>();
  const add = (id: string, name: string, ev: DraftEvidence[]) => {
    const a = additions.get(id) ?? { aliases: [], evidence: [] };
    a.aliases.push(name);
    a.evidence.push(...evidence(ev));
    additions.set(id, a);
  };
  const figured: Parameters<typeof writeFigures>[1] = [];
  // accepted items first: when a proposed item names the same node (the extractor proposing a renamed
  // entity again under its new name), the node stays the accepted one and the proposal only links to it
  const acceptedFirst = [...record.entities].sort((a, b) => Number(b.status === 'accepted') - Number(a.status === 'accepted'));
  for (const e of acceptedFirst) {
    const where = ids.get(e.id);
    if (!where) continue;
    if (where.existing || curatedOwn.has(where.id)) {
      if (where.existing) counts.linkedToExisting++;
      if (e.status === 'accepted') add(where.id, e.name, e.evidence);
      continue;
    }
    const row = {
      ...entityRecord({
        id: where.id,
        name: e.name,
        label: e.type,
        // a renamed entity keeps the form the article prints as an alias (search and the extractor find it by it)
        aliases: [...new Set([...e.aliases, ...(e.proposedName ? [e.proposedName] : [])])].filter((a) => a !== e.name),
        status: e.status === 'accepted' ? 'curated' : 'proposed',
        rules: e.rules,
        mentionCount: e.mentions.length,
        figures: figuresOf(e.id),
        evidence: evidence(e.evidence),
      }),
      reviewed_at: e.reviewedAt,
      draft: record.id,
    };
    const others = ENTITY_LABELS.filter((l) => l !== e.type).join(':');
    if (e.status === 'accepted') {
      counts.acceptedEntities++;
      curatedOwn.add(where.id);
    } else counts.proposedEntities++;
    await tx.run(`MERGE (n:Entity {id: $row.id}) SET n = $row, n:${e.type} REMOVE n:${others}`, { row });
    figured.push({ id: where.id, status: e.status === 'accepted' ? 'curated' : 'proposed', figures: figuresOf(e.id) });
  }
  // their figures as Figure nodes (and those of entities removed above go with them)
  await writeFigures(tx, figured);
  await addFiguresToExisting(tx, record, ids, curatedOwn, figuresOf);

  // accepted items that are (or were merged into) existing entities add their evidence and name to it
  if (additions.size) {
    const res = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS p, labels(n) AS labels', { ids: [...additions.keys()] });
    for (const rec of res.records) {
      const p = toPlain(rec.get('p')) as Record<string, unknown>;
      const a = additions.get(rec.get('id'))!;
      const name = String(p.name);
      const aliases = [...new Set([...((p.aliases as string[]) ?? []), ...a.aliases])].filter((x) => x !== name);
      const set: Record<string, unknown> = { aliases, ...searchProps(name, aliases, p.en as string | null), ...evidenceProperties(unionEvidence(evidenceOf(p), a.evidence)) };
      set[CANVAS_PROPERTY] = encodeCanvas(nodeCanvasValues({ ...p, ...set }, rec.get('labels')));
      await tx.run('MATCH (n:Entity {id: $id}) SET n += $set', { id: rec.get('id'), set });
    }
  }

  // mention links, one per entity node (items merged into one entity share it)
  const links = new Map<string, { spans: Span[]; accepted: boolean; reviewedAt: string | null }>();
  for (const e of record.entities) {
    const where = ids.get(e.id);
    if (!where) continue;
    const link = links.get(where.id) ?? { spans: [], accepted: false, reviewedAt: null };
    link.spans.push(...e.mentions);
    if (e.status === 'accepted') {
      link.accepted = true;
      link.reviewedAt = e.reviewedAt;
    }
    links.set(where.id, link);
  }
  const linkRows = [...links].map(([entity, l]) => {
    const spans = [...new Map(l.spans.map((s) => [`${s.start}|${s.end}`, s])).values()].sort((a, b) => a.start - b.start);
    return { entity, starts: spans.map((s) => s.start), ends: spans.map((s) => s.end), count: spans.length, status: l.accepted ? 'curated' : 'proposed', reviewed_at: l.reviewedAt };
  });
  counts.mentions = linkRows.length;
  // a link the seed wrote (a curated article) keeps its curated offsets
  await tx.run(
    `UNWIND $rows AS row MATCH (e:Entity {id: row.entity}), (a:Article {id: $article})
     MERGE (e)-[m:MENTIONED_IN]->(a)
     WITH m, row WHERE m.starts IS NULL OR m.reviewed_at IS NOT NULL
     SET m.starts = row.starts, m.ends = row.ends, m.count = row.count, m.status = row.status, m.reviewed_at = row.reviewed_at`,
    { rows: linkRows, article: aid },
  );

  // facts between the resolved nodes; an endpoint may be an existing entity's id after an edit
  const endpoint = (ref: string) => ids.get(ref)?.id ?? (record.entities.some((e) => e.id === ref) ? undefined : ref);
  const facts = new Map<string, { item: StoredRelationItem; source: string; target: string; evidence: Evidence[] }>();
  for (const r of record.relations) {
    if (r.status === 'rejected') continue;
    const source = endpoint(r.source);
    const target = endpoint(r.target);
    if (!source || !target || source === target) continue;
    const id = relationId(source, r.type, target);
    const fact = facts.get(id);
    if (fact) {
      fact.evidence = unionEvidence(fact.evidence, evidence(r.evidence));
      if (r.status === 'accepted') fact.item = r;
    } else facts.set(id, { item: r, source, target, evidence: evidence(r.evidence) });
  }
  const acceptedFacts = [...facts].filter(([, f]) => f.item.status === 'accepted').map(([id, f]) => ({ id, source: f.source, target: f.target }));
  const existingFacts = new Map<string, Record<string, unknown>>();
  if (acceptedFacts.length) {
    // from each fact's source (an id the draft already knows), not by the id of every relationship in the graph
    const res = await tx.run(
      `UNWIND $rows AS row MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target})
       WHERE r.id = row.id AND r.status = 'curated' RETURN r.id AS id, properties(r) AS p`,
      { rows: acceptedFacts },
    );
    for (const rec of res.records) existingFacts.set(rec.get('id'), toPlain(rec.get('p')) as Record<string, unknown>);
  }
  for (const [id, f] of facts) {
    const r = f.item;
    counts.relations++;
    const old = existingFacts.get(id);
    if (old) {
      // a curated fact (the seed's, another draft's, or this one's written before) gains this article's evidence
      const set: Record<string, unknown> = evidenceProperties(unionEvidence(evidenceOf(old), f.evidence));
      set[CANVAS_PROPERTY] = encodeCanvas(edgeCanvasValues({ ...old, ...set }, r.type, f.source, f.target));
      await tx.run(`MATCH (:Entity)-[r:${r.type} {id: $id}]->(:Entity) SET r += $set`, { id, set });
      continue;
    }
    const props = {
      ...relationRecord({
        id,
        type: r.type,
        source: f.source,
        target: f.target,
        status: r.status === 'accepted' ? 'curated' : 'proposed',
        rule: r.rule,
        amountText: r.amount,
        amountYuan: r.amountYuan,
        evidence: f.evidence,
      }),
      reviewed_at: r.reviewedAt,
      draft: record.id,
    };
    await tx.run(
      `MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
       MERGE (s)-[r:${r.type} {id: $id}]->(t) ON CREATE SET r = $props
       WITH r WHERE r.status = 'proposed' SET r = $props`,
      { source: f.source, target: f.target, id, props },
    );
  }
  return counts;
}

/** Removes the figures a draft added to entities it does not own, but those in $keep (a seek on the figure_draft index). */
export const DRAFT_FIGURES_ADDED = `MATCH (f:${FIGURE_LABEL} {draft: $draft}) WHERE NOT f.id IN $keep DETACH DELETE f`;

/**
 * Accepted figures of items that are (or were merged into) an entity this draft does not own: added to
 * it, marked with the draft, beside the figures it has. writeFigures is not used for them, as it makes an
 * entity's figures exactly the given ones and would drop the seed's; a reseed writes the seed's figures
 * (dropping these) and then every draft's graph again, which adds them back.
 */
async function addFiguresToExisting(
  tx: ManagedTransaction,
  record: DraftRecord,
  ids: Map<string, Resolved>,
  curatedOwn: Set<string>,
  figuresOf: (itemId: string) => FigureToStore[],
): Promise<void> {
  const rows: Array<{ entity: string; props: Record<string, unknown> }> = [];
  for (const e of record.entities) {
    const where = ids.get(e.id);
    if (!where || !(where.existing || curatedOwn.has(where.id))) continue;
    for (const f of figuresOf(e.id)) rows.push({ entity: where.id, props: { ...figureRecord(where.id, 'curated', f), draft: record.id } });
  }
  // what this draft added before and no longer does (an entity item rejected after its figure was accepted)
  await tx.run(DRAFT_FIGURES_ADDED, { draft: record.id, keep: rows.map((r) => r.props.id) });
  if (!rows.length) return;
  await tx.run(
    `UNWIND $rows AS row MATCH (e:Entity {id: row.entity})
     MERGE (f:${FIGURE_LABEL} {id: row.props.id}) SET f = row.props
     MERGE (e)-[:${HAS_FIGURE}]->(f)`,
    { rows },
  );
}

/** Every draft's graph again, oldest first (the seed runs it after the curated files, in its transaction). */
export async function writeAllDraftGraphs(tx: ManagedTransaction, readFigure: FigureReader): Promise<number> {
  const drafts = await readAllDrafts(tx);
  for (const d of drafts) await writeDraftGraph(tx, d, readFigure);
  return drafts.length;
}
