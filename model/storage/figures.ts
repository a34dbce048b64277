// Figures as stored: each its own (:Figure) node, linked (entity)-[:HAS_FIGURE]->(figure), with the
// value as a float in the base unit so plain Cypher can filter, sort and sum it, the printed text for
// exactness, and its evidence flat (article, start, end, quote, report_year). Figure nodes never carry
// :Entity, so search, the canvas, overview and expansion (all matching :Entity) never see them.
// ARCHITECTURE.md ("Figures") argues the choice.
import { createHash } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Figure } from '../figures.ts';
import type { Evidence } from '../graph.ts';
import type { Status } from '../vocabulary.ts';
import { toPlain } from './values.ts';

export const FIGURE_LABEL = 'Figure';
export const HAS_FIGURE = 'HAS_FIGURE';

/** A figure as a loader has it: the exact value may be a bigint (89.3亿元 in yuan is exact); id and status are the writer's. */
export type FigureToStore = Omit<Figure, 'id' | 'status' | 'value' | 'value_max' | 'evidence'> & {
  value: bigint | number | null;
  value_max: bigint | number | null;
  evidence: Evidence;
};

/** Reads a printed figure in its sentence into what is stored (graph-seed's figureToStore; passed in, as model/ does no parsing). */
export type FigureReader = (
  f: { kind: Figure['kind']; amount: string; year?: number | null; note?: string | null; measure?: Figure['measure']; basis?: Figure['basis']; period?: Figure['period'] },
  evidence: Evidence,
) => FigureToStore;

/** Whole numbers past 2^53 are stored as Neo4j integers, never rounded through a double. */
export const storedInt = (v: bigint | number | string | undefined | null) =>
  v === undefined || v === null ? null : typeof v === 'number' ? v : /^-?\d+$/.test(v.toString()) ? neo4j.int(v.toString()) : Number(v);

/** The same figure of the same entity in the same sentence has the same id in every database. */
export const figureId = (entity: string, f: Pick<FigureToStore, 'kind' | 'text' | 'evidence'>) =>
  `f-${createHash('sha1').update(`${entity}|${f.evidence.article}|${f.evidence.start}|${f.kind}|${f.text}`).digest('hex').slice(0, 12)}`;

const float = (v: bigint | number | null) => (v === null ? null : Number(v));

/** The property map of one Figure node. Values are floats: exact for every whole number below 2^53 (9e15 yuan). */
export function figureRecord(entity: string, status: Status, f: FigureToStore): Record<string, unknown> {
  return {
    id: figureId(entity, f),
    kind: f.kind,
    measure: f.measure,
    basis: f.basis,
    period: f.period,
    year: f.year,
    text: f.text,
    value: float(f.value),
    value_max: float(f.value_max),
    unit: f.unit,
    approximate: f.approximate,
    note: f.note,
    unparsed: f.unparsed,
    status,
    article: f.evidence.article,
    start: f.evidence.start,
    end: f.evidence.end,
    quote: f.evidence.quote,
    report_year: f.evidence.year,
  };
}

/** A stored Figure node's properties read back in the contract's shape. */
export function figureOf(props: Record<string, unknown>): Figure {
  const p = toPlain(props) as Record<string, any>;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    id: p.id,
    kind: p.kind,
    measure: p.measure,
    basis: p.basis,
    period: p.period,
    year: num(p.year),
    text: p.text,
    value: num(p.value),
    value_max: num(p.value_max),
    unit: p.unit ?? null,
    approximate: p.approximate ?? null,
    note: p.note ?? null,
    unparsed: p.unparsed ?? null,
    status: p.status,
    evidence: { article: p.article, start: Number(p.start), end: Number(p.end), quote: p.quote, year: num(p.report_year) },
  };
}

const WRITE_FIGURES = `UNWIND $rows AS row MATCH (e:Entity {id: row.entity})
  MERGE (f:${FIGURE_LABEL} {id: row.props.id}) SET f = row.props
  MERGE (e)-[:${HAS_FIGURE}]->(f)`;

/**
 * Makes the given entities' figures exactly these, in the caller's transaction (every loader calls it
 * after writing its entities), and removes figures no entity holds any more: an entity a reseed or a
 * rejected draft deletes takes its figures along, so no Figure is ever left pointing at nothing.
 */
export async function writeFigures(tx: ManagedTransaction, entities: Array<{ id: string; status: Status; figures: FigureToStore[] }>): Promise<number> {
  const rows = entities.flatMap((e) => e.figures.map((f) => ({ entity: e.id, props: figureRecord(e.id, e.status, f) })));
  await tx.run(
    `MATCH (e:Entity)-[:${HAS_FIGURE}]->(f:${FIGURE_LABEL}) WHERE e.id IN $ids AND NOT f.id IN $keep DETACH DELETE f`,
    { ids: entities.map((e) => e.id), keep: rows.map((r) => r.props.id) },
  );
  for (let i = 0; i < rows.length; i += 500) await tx.run(WRITE_FIGURES, { rows: rows.slice(i, i + 500) });
  await tx.run(`MATCH (f:${FIGURE_LABEL}) WHERE NOT EXISTS { (:Entity)-[:${HAS_FIGURE}]->(f) } DELETE f`);
  return rows.length;
}

/** The Cypher that returns an entity's figures (as `f`), oldest report first. */
export const ENTITY_FIGURES = `MATCH (n:Entity {id: $id})-[:${HAS_FIGURE}]->(f:${FIGURE_LABEL})
  RETURN f ORDER BY f.report_year, f.article, f.start`;
