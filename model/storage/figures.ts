// Figures as stored: the list as one JSON property `figures` (the details panel reads it), the kinds and
// texts as lists, and scalar shortcuts for Cypher users (`n.investment_yuan`) where a kind occurs once.
import neo4j from 'neo4j-driver';
import type { Figure } from '../explore.ts';
import type { Evidence } from '../graph.ts';

/** A figure as a loader has it: the exact value may be a bigint (89.3亿元 in yuan is exact). */
export type FigureToStore = Omit<Figure, 'value' | 'evidence'> & { value: bigint | number; evidence: Evidence };

/** Whole numbers past 2^53 are stored as Neo4j integers, never rounded through a double. */
export const storedInt = (v: bigint | number | string | undefined | null) =>
  v === undefined || v === null ? null : typeof v === 'number' ? v : /^-?\d+$/.test(v.toString()) ? neo4j.int(v.toString()) : Number(v);

export function figuresProperties(figures: FigureToStore[]): Record<string, unknown> {
  const props: Record<string, unknown> = {
    figures: JSON.stringify(figures, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)),
    figure_kinds: figures.map((f) => f.kind),
    figure_texts: figures.map((f) => f.text),
  };
  for (const f of figures) {
    if (figures.filter((g) => g.kind === f.kind).length !== 1) continue;
    props[`${f.kind}_text`] = f.text;
    props[`${f.kind}_${f.unit}`] = storedInt(f.value);
    if (f.year) props[`${f.kind}_year`] = f.year;
  }
  return props;
}

/** The stored `figures` JSON read back in the contract's shape (an unknown year is null). */
export function figuresOf(props: Record<string, unknown>): Figure[] {
  if (typeof props.figures !== 'string') return [];
  return (JSON.parse(props.figures) as Figure[]).map((f) => ({ ...f, value: Number(f.value), evidence: { ...f.evidence, year: f.evidence.year ?? null } }));
}
