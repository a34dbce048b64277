// Loads a draft into Neo4j as status 'proposed', in ONE write transaction: a failure anywhere
// leaves the database as it was. Curated nodes and relationships are never overwritten — a proposed
// entity whose name is a curated name or alias links to the curated node instead.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, RELATION_TYPES, type Draft, type DraftEvidence, type DraftFigure, type EntityLabel, type Evidence } from '../../model/index.ts';
import { articleId, articleRecord, ensureSchema, entityId, entityRecord, relationId, relationRecord, writeFigures, type FigureToStore } from '../../model/storage/index.ts';
import { figureToStore } from '../../graph-seed/src/figures.ts';

export interface DraftLoadOptions {
  database?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface DraftLoadCounts {
  /** the article was loaded before with another text: that text and what was proposed from it were replaced */
  replacedText: boolean;
  created: number;
  linkedToCurated: number;
  relations: number;
  mentions: number;
}

export class DraftLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftLoadError';
  }
}

/** A draft figure in the curated figure shape, so the details panel shows proposed figures too. */
function figureOf(file: string, year: number | undefined, f: DraftFigure): FigureToStore {
  return figureToStore({ kind: f.kind, amount: f.amount, year: f.year }, { article: file, ...f.evidence, year: f.year ?? year ?? null });
}

const evidenceOf = (file: string, year: number | undefined, evidence: DraftEvidence[]): Evidence[] => evidence.map((e) => ({ article: file, ...e, year: year ?? null }));

/** Refuse a draft the vocabulary does not allow, before anything is written. */
function validate(draft: Draft): void {
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

export async function loadDraft(driver: Driver, draft: Draft, text: string, options: DraftLoadOptions = {}): Promise<DraftLoadCounts> {
  validate(draft);
  await ensureSchema(driver, options.database);
  const file = draft.article.file;
  const year = draft.article.year;
  const article = articleRecord({ id: articleId(file), file, headline: draft.article.title ?? file, year: year ?? null, text, status: 'proposed' });
  const counts: DraftLoadCounts = { replacedText: false, created: 0, linkedToCurated: 0, relations: 0, mentions: 0 };

  type Step = (tx: ManagedTransaction, ids: Map<string, string>) => Promise<unknown>;
  const steps: Step[] = [];
  // the article: created if new; the same text again changes nothing; a corrected version of a proposed
  // article replaces its text and everything proposed from it (entities, facts, mention spans) in this
  // same transaction, so no span ever points into another text; a curated article's text is never replaced
  steps.push(async (tx) => {
    const res = await tx.run('MATCH (a:Article {id: $id}) RETURN a.status AS status, a.text AS text', { id: articleId(file) });
    const existing = res.records[0];
    if (!existing) return tx.run('CREATE (a:Article) SET a = $row', { row: article });
    if (existing.get('text') === text) return;
    if (existing.get('status') !== 'proposed')
      throw new DraftLoadError(`article ${file} is curated and its stored text differs from this one, so the draft's spans would point into the wrong text; ingest it under another file name`);
    await tx.run(
      `MATCH (a:Article {id: $id}) SET a = $row
       WITH a MATCH (:Entity)-[m:MENTIONED_IN {status: 'proposed'}]->(a) DELETE m`,
      { id: articleId(file), row: article },
    );
    await tx.run(`MATCH (:Entity)-[r {status: 'proposed'}]->(:Entity) WHERE r.articles = [$file] DELETE r`, { file });
    await tx.run(`MATCH (n:Entity {status: 'proposed'}) WHERE n.articles = [$file] DETACH DELETE n`, { file });
    counts.replacedText = true;
  });
  // which names the database already holds (curated names and aliases win)
  steps.push(async (tx, ids) => {
    const names = draft.entities.map((e) => e.name);
    const res = await tx.run(
      `UNWIND $names AS name
       MATCH (n:Entity) WHERE n.status = 'curated' AND (n.name = name OR name IN n.aliases)
       RETURN name, n.id AS id ORDER BY size(n.name) DESC`,
      { names },
    );
    for (const rec of res.records) if (!ids.has(rec.get('name'))) ids.set(rec.get('name'), rec.get('id'));
    counts.linkedToCurated = ids.size;
  });
  for (const label of ENTITY_LABELS) {
    steps.push(async (tx, ids) => {
      const rows = draft.entities
        .filter((e) => e.type === label && !ids.has(e.name))
        .map((e) => {
          ids.set(e.name, entityId(e.name));
          return entityRecord({
            id: entityId(e.name),
            name: e.name,
            label: e.type,
            aliases: e.aliases ?? [],
            status: 'proposed',
            rules: e.rules,
            mentionCount: e.mentions.length,
            figures: (e.figures ?? []).map((f) => figureOf(file, year, f)),
            evidence: evidenceOf(file, year, e.evidence),
          });
        });
      counts.created += rows.length;
      if (!rows.length) return;
      // a node of the same id that is curated is left alone; a proposed one is replaced, with its figures
      const written = await tx.run(
        `UNWIND $rows AS row MERGE (n:Entity {id: row.id})
         ON CREATE SET n = row, n:${label}
         WITH n, row WHERE n.status = 'proposed' SET n = row, n:${label} RETURN n.id AS id`,
        { rows },
      );
      const proposed = new Set(written.records.map((r) => r.get('id')));
      const figured = draft.entities.filter((e) => e.type === label && proposed.has(entityId(e.name)));
      await writeFigures(tx, figured.map((e) => ({ id: entityId(e.name), status: 'proposed', figures: (e.figures ?? []).map((f) => figureOf(file, year, f)) })));
    });
  }
  for (const [type] of Object.entries(RELATION_TYPES)) {
    steps.push((tx, ids) => {
      const rows = draft.relationships
        .filter((r) => r.type === type)
        .map((r) => {
          const source = ids.get(r.source)!;
          const target = ids.get(r.target)!;
          const props = relationRecord({
            id: relationId(source, type, target),
            type: type as keyof typeof RELATION_TYPES,
            source,
            target,
            status: 'proposed',
            rule: r.properties?.rule,
            amountText: r.properties?.amount,
            amountYuan: r.properties?.amount_yuan,
            evidence: evidenceOf(file, year, r.evidence),
          });
          return { source, target, props };
        });
      counts.relations += rows.length;
      if (!rows.length) return Promise.resolve();
      return tx.run(
        `UNWIND $rows AS row MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
         MERGE (s)-[r:${type} {id: row.props.id}]->(t)
         ON CREATE SET r = row.props
         WITH r, row WHERE r.status = 'proposed' SET r = row.props`,
        { rows },
      );
    });
  }
  steps.push((tx, ids) => {
    const rows = draft.entities.map((e) => ({
      entity: ids.get(e.name),
      article: articleId(file),
      starts: e.mentions.map((m) => m.start),
      ends: e.mentions.map((m) => m.end),
      count: e.mentions.length,
    }));
    counts.mentions = rows.length;
    // an existing link (curated entity, curated article) keeps its curated offsets
    return tx.run(
      `UNWIND $rows AS row MATCH (e:Entity {id: row.entity}), (a:Article {id: row.article})
       MERGE (e)-[m:MENTIONED_IN]->(a) ON CREATE SET m.starts = row.starts, m.ends = row.ends, m.count = row.count, m.status = 'proposed'`,
      { rows },
    );
  });

  const session = driver.session({ database: options.database });
  try {
    await session.executeWrite(async (tx) => {
      const ids = new Map<string, string>();
      counts.created = counts.relations = counts.mentions = 0;
      counts.replacedText = false;
      for (let i = 0; i < steps.length; i++) {
        await steps[i](tx, ids);
        options.onProgress?.(i + 1, steps.length);
      }
    });
  } finally {
    await session.close();
  }
  return counts;
}
