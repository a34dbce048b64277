// The canvas cache: each entity and fact stores what the canvas draws of it as one JSON string, the
// `canvas` property (values in a fixed key order). Why: Neo4j's record store walks an element's
// property chain (27 properties on an entity) once per property read, and that walk, not the query or
// the driver, was most of a large expansion's time. The writer computes it from the very properties it
// stores (write.ts), so it never disagrees with them; reads decode it (mapping.ts).
import type { CanvasEdge, CanvasNode } from '../graph.ts';
import { toPlain } from './values.ts';

export const CANVAS_PROPERTY = 'canvas';

// what the canvas draws (name, label language, size) and filters on (status, years, articles); the
// description and aliases are shown by the details panel, which asks GET /api/nodes/:id
export const NODE_KEYS = ['id', 'name', 'en', 'pinyin', 'status', 'mention_count', 'first_reported', 'last_reported', 'articles', 'labels'] as const;
// a fact's evidence quotes (most of a payload's bytes) come from GET /api/edges/:id; the canvas has the count
export const EDGE_KEYS = ['id', 'status', 'rule', 'amount_text', 'amount_yuan', 'role', 'year', 'articles', 'first_reported', 'last_reported', 'evidence_count', 'type', 'source', 'target'] as const;

/** An element's labels as the API gives them: without the shared Entity label. */
export const typeLabels = (labels: readonly string[]) => labels.filter((l) => l !== 'Entity');

/** An entity's canvas values from its stored properties and labels, in NODE_KEYS order. */
export function nodeCanvasValues(props: Record<string, unknown>, labels: readonly string[]): unknown[] {
  const p = toPlain(props) as Record<string, unknown>;
  // an Article (in console results) is named by its headline
  return NODE_KEYS.map((k) => (k === 'labels' ? typeLabels(labels) : k === 'name' ? (p.name ?? p.headline ?? p.id ?? null) : (p[k] ?? null)));
}

/** A fact's canvas values from its stored properties, type and endpoint ids, in EDGE_KEYS order. */
export function edgeCanvasValues(props: Record<string, unknown>, type: string, source: string, target: string): unknown[] {
  const p = toPlain(props) as Record<string, unknown>;
  const computed: Record<string, unknown> = { type, source, target, evidence_count: Array.isArray(p.ev_article) ? p.ev_article.length : 0 };
  return EDGE_KEYS.map((k) => (k in computed ? computed[k] : (p[k] ?? null)));
}

export const encodeCanvas = (values: unknown[]) => JSON.stringify(values);

/**
 * Zip canvas values with their keys; a value the element lacks (null) is left out. A plain loop and no
 * copy: a hub's details decode 2,000 of these per call (1,000 facts: 5.0 -> 2.3 ms with the node's below).
 */
function zip(keys: readonly string[], values: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) if (values[i] !== null && values[i] !== undefined) out[keys[i]] = values[i];
  return out;
}

export function decodeCanvasNode(values: string | unknown[]): CanvasNode {
  const n = zip(NODE_KEYS, typeof values === 'string' ? JSON.parse(values) : values);
  n.id = String(n.id);
  n.name = String(n.name ?? n.id);
  n.labels ??= [];
  return n as unknown as CanvasNode;
}

export function decodeCanvasEdge(values: string | unknown[]): CanvasEdge {
  return zip(EDGE_KEYS, typeof values === 'string' ? JSON.parse(values) : values) as CanvasEdge;
}
