// What the canvas draws of an entity or a fact, and how the explorer's graph payloads read it fast.
//
// Each element carries a `canvas` property: the JSON of its canvas values in a fixed key order,
// written by `refreshCanvas` at the end of every load transaction (seed and ingest). Reading one
// string instead of ten properties matters: Neo4j's record store walks an element's property chain
// (27 properties on an entity) once per property read, and that walk, not the query or the driver,
// was most of a large expansion's time. A database loaded before `canvas` existed is read property
// by property instead (`coalesce`), so nothing depends on it being there; it is derived data, like
// mention_count and search_keys, and is dropped from details and exports.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../types.ts';
import { toPlain } from './values.ts';

/** The property that holds the cache: derived, so details and exports leave it out. */
export const CANVAS_PROPERTY = 'canvas';

// what the canvas draws (name, label language, size) and filters on (status, years, articles); the
// description and aliases are shown by the details panel, which asks GET /api/nodes/:id
const NODE_KEYS = ['id', 'name', 'en', 'pinyin', 'status', 'mention_count', 'first_reported', 'last_reported', 'articles', 'labels'];
// a fact's evidence quotes (most of a payload's bytes) come from GET /api/edges/:id; the canvas has the count
const EDGE_KEYS = ['id', 'status', 'rule', 'amount_text', 'amount_yuan', 'role', 'year', 'articles', 'first_reported', 'last_reported', 'evidence_count', 'type', 'source', 'target'];

/** An entity's canvas values read property by property, as a list in NODE_KEYS order. */
const nodeValues = (v: string) => `[${NODE_KEYS.slice(0, -1).map((k) => `${v}.${k}`).join(', ')}, [l IN labels(${v}) WHERE l <> 'Entity']]`;
/** A fact's canvas values read property by property, as a list in EDGE_KEYS order. */
const edgeValues = (v: string) =>
  `[${EDGE_KEYS.slice(0, 10).map((k) => `${v}.${k}`).join(', ')}, size(coalesce(${v}.ev_article, [])), type(${v}), startNode(${v}).id, endNode(${v}).id]`;

/** Cypher for an entity's canvas values: its `canvas` string, or the list when it has none. */
export const canvasNode = (v: string) => `coalesce(${v}.${CANVAS_PROPERTY}, ${nodeValues(v)})`;
/** Cypher for a fact's canvas values: its `canvas` string, or the list when it has none. */
export const canvasEdge = (v: string) => `coalesce(${v}.${CANVAS_PROPERTY}, ${edgeValues(v)})`;

/** Zip canvas values with their keys; a property the element lacks (null) is left out. */
function zip(keys: string[], raw: unknown): Record<string, unknown> {
  const values = (typeof raw === 'string' ? JSON.parse(raw) : toPlain(raw)) as unknown[];
  const out: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    if (values[i] !== null && values[i] !== undefined) out[k] = values[i];
  });
  return out;
}

/** The API's graph payload from canvasNode / canvasEdge values; edges to nodes not in it are dropped. */
export function fromCanvasProjection(nodes: unknown[], edges: unknown[], truncated = false) {
  const ns = nodes.map((v) => zip(NODE_KEYS, v)).map((n) => ({ ...n, id: String(n.id), name: String(n.name ?? n.id), labels: (n.labels ?? []) as string[] }));
  const ids = new Set(ns.map((n) => n.id));
  const es = edges.map((v) => zip(EDGE_KEYS, v) as GraphEdge).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes: ns as GraphNode[], edges: [...new Map(es.map((e) => [e.id, e])).values()], truncated };
}

/**
 * Rewrite every entity's and fact's `canvas` from its properties, inside the caller's write
 * transaction (so a load and its canvas commit together). About half a second for the seed graph.
 */
export async function refreshCanvas(tx: ManagedTransaction): Promise<void> {
  const json = (v: unknown) => JSON.stringify(toPlain(v));
  const nodes = await tx.run(`MATCH (n:Entity) RETURN elementId(n) AS id, ${nodeValues('n')} AS v`);
  await tx.run(`UNWIND $rows AS row MATCH (n:Entity) WHERE elementId(n) = row.id SET n.${CANVAS_PROPERTY} = row.v`, {
    rows: nodes.records.map((r) => ({ id: r.get('id'), v: json(r.get('v')) })),
  });
  const facts = await tx.run(`MATCH (:Entity)-[r]->(:Entity) RETURN elementId(r) AS id, ${edgeValues('r')} AS v`);
  await tx.run(`UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r.${CANVAS_PROPERTY} = row.v`, {
    rows: facts.records.map((r) => ({ id: r.get('id'), v: json(r.get('v')) })),
  });
}
