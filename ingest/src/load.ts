// Loads a draft into Neo4j as status 'proposed', in ONE write transaction: a failure anywhere
// leaves the database as it was. Curated nodes and relationships are never overwritten — a proposed
// entity whose name is a curated name or alias links to the curated node instead.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { parseAmount } from '../../graph-seed/src/figures.ts';
import { articleId, entityId, relationId } from '../../graph-seed/src/ids.ts';
import { ensureSchema } from '../../graph-seed/src/load.ts';
import { refreshCanvas } from '../../server/src/store/canvas.ts';
import { searchProps } from '../../graph-seed/src/pinyin.ts';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from '../../graph-seed/src/vocabulary.ts';
import type { Draft, DraftEvidence, DraftFigure } from './draft.ts';

export interface DraftLoadOptions {
  database?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface DraftLoadCounts {
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

/** A draft figure in the curated Figure shape (graph-seed/src/model.ts) that the details panel reads. */
function figureProps(file: string, f: DraftFigure) {
  const { unit, value } = parseAmount(f.amount);
  return { kind: f.kind, text: f.amount, unit, value: Number(value), year: f.year, evidence: { article: file, ...f.evidence, year: f.year } };
}

function evidenceProps(file: string, year: number | undefined, evidence: DraftEvidence[]) {
  return {
    ev_article: evidence.map(() => file),
    ev_start: evidence.map((e) => e.start),
    ev_end: evidence.map((e) => e.end),
    ev_quote: evidence.map((e) => e.quote),
    ev_year: year === undefined ? [] : evidence.map(() => year),
    articles: [file],
    first_reported: year ?? null,
    last_reported: year ?? null,
  };
}

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
  const article = { id: articleId(file), file, headline: draft.article.title ?? file, year: year ?? null, text, length: text.length, status: 'proposed' };
  const counts: DraftLoadCounts = { created: 0, linkedToCurated: 0, relations: 0, mentions: 0 };

  type Step = (tx: ManagedTransaction, ids: Map<string, string>) => Promise<unknown>;
  const steps: Step[] = [];
  // the article: created if new; an existing (curated) article keeps its properties
  steps.push((tx) => tx.run('MERGE (a:Article {id: $row.id}) ON CREATE SET a = $row', { row: article }));
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
    steps.push((tx, ids) => {
      const rows = draft.entities
        .filter((e) => e.type === label && !ids.has(e.name))
        .map((e) => {
          const aliases = e.aliases ?? [];
          ids.set(e.name, entityId(e.name));
          return {
            id: entityId(e.name),
            name: e.name,
            type: e.type,
            aliases,
            ...searchProps(e.name, aliases),
            status: 'proposed',
            rules: e.rules,
            mention_count: e.mentions.length,
            // the curated figure shape (graph-seed Figure), so the details panel shows proposed figures too
            figures: JSON.stringify((e.figures ?? []).map((f) => figureProps(file, f))),
            figure_kinds: (e.figures ?? []).map((f) => f.kind),
            figure_texts: (e.figures ?? []).map((f) => f.amount),
            ...evidenceProps(file, year, e.evidence),
          };
        });
      counts.created += rows.length;
      if (!rows.length) return Promise.resolve();
      // a node of the same id that is curated is left alone; a proposed one is replaced
      return tx.run(
        `UNWIND $rows AS row MERGE (n:Entity {id: row.id})
         ON CREATE SET n = row, n:${label}
         WITH n, row WHERE n.status = 'proposed' SET n = row, n:${label}`,
        { rows },
      );
    });
  }
  for (const [type] of Object.entries(RELATION_TYPES)) {
    steps.push((tx, ids) => {
      const rows = draft.relationships
        .filter((r) => r.type === type)
        .map((r) => {
          const source = ids.get(r.source)!;
          const target = ids.get(r.target)!;
          return {
            source,
            target,
            props: {
              id: relationId(source, type, target),
              status: 'proposed',
              rule: r.properties?.rule ?? null,
              amount_text: r.properties?.amount ?? null,
              amount_yuan: r.properties?.amount_yuan ?? null,
              ...evidenceProps(file, year, r.evidence),
            },
          };
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
      article: article.id,
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
  // the explorer reads each element's canvas values from one property (server/src/store/canvas.ts)
  steps.push((tx) => refreshCanvas(tx));

  const session = driver.session({ database: options.database });
  try {
    await session.executeWrite(async (tx) => {
      const ids = new Map<string, string>();
      counts.created = counts.relations = counts.mentions = 0;
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
