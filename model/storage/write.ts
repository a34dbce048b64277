// The one writer of the storage format: the schema (constraints and indexes), and the property maps of
// articles, entities, facts and mention links that the seed loader and the ingest loader both store.
// Every derived property (search keys, evidence arrays, the canvas cache) is computed here from the same
// inputs, so the two loaders cannot drift apart. Figures are nodes of their own (figures.ts writeFigures).
import neo4j, { type Driver } from 'neo4j-driver';
import type { Evidence } from '../graph.ts';
import { RELATION_TYPE_NAMES, type EntityLabel, type RelationTypeName, type Status } from '../vocabulary.ts';
import { CANVAS_PROPERTY, edgeCanvasValues, encodeCanvas, nodeCanvasValues } from './canvas.ts';
import { evidenceProperties } from './evidence.ts';
import { storedInt, type FigureToStore } from './figures.ts';
import { searchProps } from './search-keys.ts';
import { toPlain } from './values.ts';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  // a draft (storage/drafts.ts) is read by id on every view and review
  'CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (d:Draft) REQUIRE d.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  // drafts-view.ts looks entities up by pinyin; initials have no index: search reads them through
  // entity_search_keys and no statement seeks on pinyin_initials (bench/results/bulk-load.md)
  'CREATE INDEX entity_pinyin IF NOT EXISTS FOR (n:Entity) ON (n.pinyin)',
  'CREATE INDEX entity_status IF NOT EXISTS FOR (n:Entity) ON (n.status)',
  'CREATE INDEX entity_first_reported IF NOT EXISTS FOR (n:Entity) ON (n.first_reported)',
  'CREATE INDEX article_year IF NOT EXISTS FOR (n:Article) ON (n.year)',
  // figures: one node each (figures.ts); RANGE indexes so "GDP by year" and "the largest investments" seek
  'CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (f:Figure) REQUIRE f.id IS UNIQUE',
  'CREATE INDEX figure_kind_year IF NOT EXISTS FOR (f:Figure) ON (f.kind, f.year)',
  'CREATE INDEX figure_value IF NOT EXISTS FOR (f:Figure) ON (f.value)',
  // a draft's figures on entities it does not own are found by their draft (storage/drafts.ts) on every review
  'CREATE INDEX figure_draft IF NOT EXISTS FOR (f:Figure) ON (f.draft)',
  "CREATE FULLTEXT INDEX entity_fulltext IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.alias_text, n.en, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  // Scale (ARCHITECTURE.md "Scale"): search reads candidates from a trigram TEXT index on the keys
  // string instead of scanning every entity; the start view walks mention counts in index order.
  'CREATE TEXT INDEX entity_search_keys IF NOT EXISTS FOR (n:Entity) ON (n.search_keys)',
  'CREATE INDEX entity_mention_count IF NOT EXISTS FOR (n:Entity) ON (n.mention_count)',
  // a fact is looked up by id (clicking it): Neo4j indexes relationship properties per type only
  ...RELATION_TYPE_NAMES.map((t) => `CREATE INDEX fact_id_${t.toLowerCase()} IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`),
];

/** Creates what is missing and waits for the indexes to be online (a big store's first build takes minutes). */
export async function ensureSchema(driver: Driver, database?: string, awaitSeconds = 60): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes($s)', { s: awaitSeconds });
  } finally {
    await session.close();
  }
}

export interface ArticleToStore {
  id: string;
  file: string;
  headline: string;
  year: number | null;
  text: string;
  byline?: string;
  reporters?: string[];
  newspaper?: string;
  status?: Status;
}

export const articleRecord = (a: ArticleToStore): Record<string, unknown> => ({ ...a, length: a.text.length });

export interface EntityToStore {
  id: string;
  name: string;
  label: EntityLabel;
  aliases: string[];
  en?: string | null;
  description?: string | null;
  status: Status;
  /** written as Figure nodes by figures.ts writeFigures, after the entity */
  figures: FigureToStore[];
  evidence: Evidence[];
  mentionCount: number;
  /** the extractor rules that proposed it */
  rules?: string[];
}

/** Everything an entity node stores; the caller sets its label. */
export function entityRecord(e: EntityToStore): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: e.id,
    name: e.name,
    type: e.label,
    aliases: e.aliases,
    en: e.en ?? null,
    description: e.description ?? null,
    ...searchProps(e.name, e.aliases, e.en),
    status: e.status,
    ...(e.rules ? { rules: e.rules } : {}),
    mention_count: e.mentionCount,
    ...evidenceProperties(e.evidence),
  };
  props[CANVAS_PROPERTY] = encodeCanvas(nodeCanvasValues(props, [e.label]));
  return props;
}

export interface RelationToStore {
  id: string;
  type: RelationTypeName;
  source: string;
  target: string;
  status: Status;
  amountText?: string | null;
  amountYuan?: bigint | number | string | null;
  role?: string | null;
  year?: number | null;
  rule?: string | null;
  evidence: Evidence[];
}

/** Everything a fact stores; the caller matches its endpoints and type. */
export function relationRecord(r: RelationToStore): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: r.id,
    status: r.status,
    rule: r.rule ?? null,
    amount_text: r.amountText ?? null,
    amount_yuan: storedInt(r.amountYuan),
    role: r.role ?? null,
    year: r.year ?? null,
    ...evidenceProperties(r.evidence),
  };
  props[CANVAS_PROPERTY] = encodeCanvas(edgeCanvasValues(props, r.type, r.source, r.target));
  return props;
}

/** Entities and facts the start looks at to tell a store written before the derived properties. */
export const DERIVE_PROBE = 1000;

/**
 * A database written before the canvas cache or the search keys existed gets them derived at start,
 * for exactly the elements that lack them (never a whole-graph rewrite). Returns how many were written.
 * Every writer stores them with the element (the records above; a review recomputes what it touches,
 * drafts.ts), so a store either predates them, every element lacking them, or has them everywhere: the
 * first DERIVE_PROBE entities and facts tell which. Proving that none lacks them read all 1M entities
 * and 5M facts at every start (no index finds a missing property).
 */
export async function deriveMissing(driver: Driver, database?: string): Promise<{ entities: number; facts: number }> {
  const session = driver.session({ database });
  try {
    const probe = await session.executeRead((tx) =>
      tx.run(
        `CALL () { MATCH (n:Entity) WITH n LIMIT $probe RETURN count(CASE WHEN n.${CANVAS_PROPERTY} IS NULL OR n.search_keys IS NULL THEN 1 END) AS entities }
         CALL () { MATCH (:Entity)-[r]->(:Entity) WITH r LIMIT $probe RETURN count(CASE WHEN r.${CANVAS_PROPERTY} IS NULL THEN 1 END) AS facts }
         RETURN entities + facts AS missing`,
        { probe: neo4j.int(DERIVE_PROBE) },
      ),
    );
    if (Number(probe.records[0].get('missing')) === 0) return { entities: 0, facts: 0 };
    return await session.executeWrite(async (tx) => {
      const nodes = await tx.run(
        `MATCH (n:Entity) WHERE n.${CANVAS_PROPERTY} IS NULL OR n.search_keys IS NULL
         RETURN elementId(n) AS id, properties(n) AS p, labels(n) AS labels`,
      );
      const nodeRows = nodes.records.map((rec) => {
        const p = toPlain(rec.get('p')) as Record<string, unknown>;
        const keys = searchProps(String(p.name), (p.aliases as string[]) ?? [], p.en as string | undefined);
        return { id: rec.get('id'), set: { ...keys, [CANVAS_PROPERTY]: encodeCanvas(nodeCanvasValues({ ...p, ...keys }, rec.get('labels'))) } };
      });
      if (nodeRows.length) await tx.run('UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n += row.set', { rows: nodeRows });
      const facts = await tx.run(
        `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.${CANVAS_PROPERTY} IS NULL
         RETURN elementId(r) AS id, properties(r) AS p, type(r) AS type, s.id AS source, t.id AS target`,
      );
      const factRows = facts.records.map((rec) => ({
        id: rec.get('id'),
        canvas: encodeCanvas(edgeCanvasValues(rec.get('p'), rec.get('type'), rec.get('source'), rec.get('target'))),
      }));
      if (factRows.length) await tx.run(`UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r.${CANVAS_PROPERTY} = row.canvas`, { rows: factRows });
      return { entities: nodeRows.length, facts: factRows.length };
    });
  } finally {
    await session.close();
  }
}
