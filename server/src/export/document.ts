// What every format serialises: the export subgraph plus where it came from, and the property
// helpers the tabular and XML formats share (columns, one type per column, one text per value).
import type { ExportDocument, ExportEdge, ExportNode, ExportSubgraph } from '../../../model/index.ts';

export type { ExportDocument, ExportMeta } from '../../../model/index.ts';

export function exportDocument(subgraph: ExportSubgraph, source: Record<string, unknown>, includeEvidence: boolean, now = new Date()): ExportDocument {
  const evidence = [...subgraph.nodes, ...subgraph.edges].reduce((n, e) => n + e.evidence.length, 0);
  return { ...subgraph, meta: { exportedAt: now.toISOString(), source, includeEvidence, counts: { nodes: subgraph.nodes.length, edges: subgraph.edges.length, evidence } } };
}

/** Keys of the graph shape that are structure, not properties (`name` stays: it is a property). */
export const NODE_STRUCTURE = ['id', 'labels', 'evidence'];
export const EDGE_STRUCTURE = ['id', 'type', 'source', 'target', 'evidence'];

export function propertiesOf(element: ExportNode | ExportEdge, structure: string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(element)) if (!structure.includes(k) && v !== null && v !== undefined) props[k] = v;
  return props;
}

/** The type a column gets in typed formats: one type per column, widening to string when values disagree. */
export type ColumnType = 'boolean' | 'long' | 'double' | 'string';

export interface Column {
  name: string;
  type: ColumnType;
}

export function columnsOf(rows: Record<string, unknown>[], first: string[] = []): Column[] {
  const names = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) names.add(k);
  const ordered = [...first.filter((k) => names.has(k)), ...[...names].filter((k) => !first.includes(k)).sort()];
  return ordered.map((name) => ({ name, type: typeOf(rows.map((r) => r[name]).filter((v) => v !== undefined)) }));
}

function typeOf(values: unknown[]): ColumnType {
  if (values.length && values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.length && values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (values.length && values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** A value as text: lists and maps as JSON (GraphML and CSV have no list type), everything else as is. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
