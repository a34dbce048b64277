// A draft as the review view shows it: each proposed entity matched to the existing entity it is (same
// name or alias) or marked new, with merge candidates (the same name up to a 济南/市中区 prefix, an alias in
// common, the same pinyin); facts with their sentences; counts by decision.
import type { ManagedTransaction } from 'neo4j-driver';
import type { DraftEntityRef, DraftFigureItem, DraftSummary, DraftView, EntityLabel } from '../../../model/index.ts';
import { pinyinKeys, toPlain } from '../../../model/storage/index.ts';
import { draftFigures, figureSpan, resolveEntities, withFigureDecisions, type DraftRecord, type FigureItem } from '../../../model/storage/drafts.ts';
import { figureToStore } from '../../../graph-seed/src/figures.ts';
import { entitiesNamed, type NamedEntity } from '../../../model/storage/lookup.ts';

/** Place prefixes a local news text may print or drop: 济南市市中区万达广场 and 万达广场 name one thing. */
const PLACE_PREFIX = /^(?:山东省|山东)?(?:济南市|济南)?(?:市中区|市中)?/;

/** A name without its place prefixes (never shorter than 2 characters). */
export function corePrefixless(name: string): string {
  const core = name.replace(PLACE_PREFIX, '');
  return core.length >= 2 ? core : name;
}

type Known = Omit<NamedEntity, 'term'>;

/** Every spelling of `core` with the place prefixes PLACE_PREFIX strips (市中区X, 济南市X, 山东省济南市市中区X …). */
function prefixed(core: string): string[] {
  const out: string[] = [];
  for (const province of ['', '山东省', '山东'])
    for (const city of ['', '济南市', '济南'])
      for (const district of ['', '市中区', '市中']) out.push(province + city + district + core);
  return out;
}

/**
 * The entities a draft's names can match or be merged with — by name or alias (with or without place
 * prefixes) and by pinyin — and those its merges and facts point at, found through indexes: reading every
 * entity per view took seconds at a million entities.
 */
async function knownEntities(tx: ManagedTransaction, record: DraftRecord): Promise<Known[]> {
  const terms = record.entities.flatMap((e) => [...prefixed(corePrefixless(e.name)), ...e.aliases]);
  const pinyins = record.entities.map((e) => pinyinKeys(e.name).full).filter((py) => py.length >= 4);
  const ids = [...record.entities.flatMap((e) => (e.mergedInto ? [e.mergedInto] : [])), ...record.relations.flatMap((r) => [r.source, r.target])];
  const more = await tx.run(
    `CALL () {
       UNWIND $pinyins AS py MATCH (n:Entity {pinyin: py}) RETURN n
       UNION
       UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n
     }
     RETURN n.id AS id, n.name AS name, n.type AS type, n.status AS status, coalesce(n.aliases, []) AS aliases, n.pinyin AS pinyin, n.draft AS draft`,
    { pinyins: [...new Set(pinyins)], ids: [...new Set(ids)] },
  );
  const byId = new Map<string, Known>();
  for (const { term: _term, ...k } of await entitiesNamed(tx, terms)) byId.set(k.id, k);
  for (const r of more.records) byId.set(r.get('id'), toPlain(r.toObject()) as Known);
  // the graph's order (ids), as the whole read gave them, so candidates come in the same order every time
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const MAX_CANDIDATES = 5;

const counts = (items: Array<{ status: string }>) => ({
  proposed: items.filter((i) => i.status === 'proposed').length,
  accepted: items.filter((i) => i.status === 'accepted').length,
  rejected: items.filter((i) => i.status === 'rejected').length,
});

export const summaryOf = (r: DraftRecord): DraftSummary => ({
  id: r.id,
  article: r.id,
  title: r.title,
  date: r.date ?? null,
  year: r.year,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  entities: counts(r.entities),
  relations: counts(r.relations),
  figures: counts(draftFigures(r)),
});

/** A figure item as the view shows it: read by the seed's parser (value, unit, what it measures) in its clause. */
function figureItem(record: DraftRecord, f: FigureItem): DraftFigureItem {
  const read = figureToStore(f.figure, { article: record.file, ...f.figure.evidence, year: record.year });
  return {
    id: f.id,
    entity: f.entity,
    kind: f.figure.kind,
    amount: f.figure.amount,
    value: read.value === null ? null : Number(read.value),
    unit: read.unit,
    unparsed: read.unparsed,
    measure: read.measure,
    basis: read.basis,
    period: read.period,
    year: read.year ?? f.figure.year ?? record.year,
    rule: f.figure.rule,
    status: f.status,
    evidence: f.figure.evidence,
    span: figureSpan(f.figure),
    proposed: f.proposed && { entity: f.proposed.entity, kind: f.proposed.figure.kind, amount: f.proposed.figure.amount },
    reviewedAt: f.reviewedAt,
  };
}

export async function draftView(tx: ManagedTransaction, loaded: DraftRecord): Promise<DraftView> {
  const record = await withFigureDecisions(tx, loaded);
  const known = await knownEntities(tx, record);
  const nodes = await resolveEntities(tx, record);
  const curated = known.filter((k) => k.status === 'curated');
  const byId = new Map(known.map((k) => [k.id, k]));
  const ref = (k: Known, by: DraftEntityRef['by']): DraftEntityRef => ({ id: k.id, name: k.name, type: k.type, status: k.status, by });
  const others: DraftView['others'] = {};
  const entities = record.entities.map((e) => {
    // what it is: an entity of the graph with this name or alias (not this draft's own node)
    const notOwn = (k: Known) => k.draft !== record.id;
    const exact = curated.find((k) => k.name === e.name && notOwn(k)) ?? curated.find((k) => k.aliases.includes(e.name) && notOwn(k));
    const match = exact ? ref(exact, exact.name === e.name ? 'name' : 'alias') : null;
    const core = corePrefixless(e.name);
    const py = pinyinKeys(e.name).full;
    const candidates: DraftEntityRef[] = [];
    for (const k of curated) {
      if (candidates.length >= MAX_CANDIDATES) break;
      if (k.id === exact?.id || !notOwn(k)) continue;
      const by: DraftEntityRef['by'] | undefined =
        corePrefixless(k.name) === core || k.aliases.some((a) => corePrefixless(a) === core)
          ? 'prefix'
          : e.aliases.some((a) => a === k.name || k.aliases.includes(a))
            ? 'alias'
            : py.length >= 4 && k.pinyin === py
              ? 'pinyin'
              : undefined;
      if (by) candidates.push(ref(k, by));
    }
    if (e.mergedInto && byId.has(e.mergedInto)) others[e.mergedInto] = { name: byId.get(e.mergedInto)!.name, type: byId.get(e.mergedInto)!.type };
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      status: e.status,
      node: nodes.get(e.id)?.id ?? null,
      evidence: e.evidence,
      mentions: e.mentions,
      aliases: e.aliases,
      rules: e.rules,
      match,
      candidates,
      mergedInto: e.mergedInto,
      proposedName: e.proposedName,
      reviewedAt: e.reviewedAt,
    };
  });
  const items = new Set(record.entities.map((e) => e.id));
  for (const r of record.relations)
    for (const end of [r.source, r.target]) if (!items.has(end) && byId.has(end)) others[end] = { name: byId.get(end)!.name, type: byId.get(end)!.type };
  return {
    ...summaryOf(record),
    text: record.text,
    encoding: record.encoding,
    convertedFromTraditional: record.convertedFromTraditional,
    entities,
    relations: record.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      status: r.status,
      evidence: r.evidence,
      rule: r.rule,
      amount: r.amount,
      reviewedAt: r.reviewedAt,
    })),
    figures: draftFigures(record).map((f) => figureItem(record, f)),
    counts: { entities: counts(record.entities), relations: counts(record.relations), figures: counts(draftFigures(record)) },
    others,
  };
}
