// Record → DTO mapping shared by every operation that returns graph elements: one shape everywhere.
import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../types.ts';
import { toPlain } from './values.ts';

/** Node properties too big or too internal for a graph payload (the details endpoint returns them). */
const HEAVY = new Set(['text', 'alias_text', 'alias_pinyin', 'names_lc', 'py_keys', 'en_lc', 'search_keys', 'figures', 'ev_quote']);
/** Relationships have no details endpoint: they keep their evidence quotes. */
const HEAVY_ON_EDGES = new Set(['alias_text', 'alias_pinyin']);

export function toGraphNode(node: Node): GraphNode {
  const props = toPlain(node.properties) as Record<string, unknown>;
  for (const k of HEAVY) delete props[k];
  const labels = node.labels.filter((l) => l !== 'Entity');
  return { ...props, id: String(props.id ?? node.elementId), labels, name: String(props.name ?? props.headline ?? props.id ?? '') };
}

/** `ids` maps element ids to our ids for endpoints the query returned only as relationships. */
export function toGraphEdge(rel: Relationship, ids: Map<string, string>): GraphEdge {
  const props = toPlain(rel.properties) as Record<string, unknown>;
  for (const k of HEAVY_ON_EDGES) delete props[k];
  return {
    ...props,
    id: String(props.id ?? rel.elementId),
    type: rel.type,
    source: ids.get(rel.startNodeElementId) ?? rel.startNodeElementId,
    target: ids.get(rel.endNodeElementId) ?? rel.endNodeElementId,
  };
}

export function toGraphPayload(nodes: Node[], rels: Relationship[], truncated = false) {
  const unique = new Map(nodes.map((n) => [n.elementId, n]));
  const ids = new Map([...unique.values()].map((n) => [n.elementId, String(n.properties.id ?? n.elementId)]));
  const edges = new Map(rels.filter((r) => ids.has(r.startNodeElementId) && ids.has(r.endNodeElementId)).map((r) => [r.elementId, r]));
  return {
    nodes: [...unique.values()].map(toGraphNode),
    edges: [...edges.values()].map((r) => toGraphEdge(r, ids)),
    truncated,
  };
}

// ---- projections for the explorer's graph payloads -------------------------------------------------
// Decoding whole nodes dominates a large expansion (the driver is slower than the query), so the
// canvas operations ask Neo4j for just what the canvas draws and filters on, as lists of values in a
// fixed order: the driver decodes a list about twice as fast as the same values in a map, whose keys
// it decodes again for every element. The details endpoints and the Cypher console return every
// property.

const NODE_KEYS = ['id', 'name', 'en', 'pinyin', 'description', 'aliases', 'status', 'mention_count', 'first_reported', 'last_reported', 'articles', 'labels'];
/** An entity for the canvas, as a list in NODE_KEYS order. */
export const canvasNode = (v: string) =>
  `[${NODE_KEYS.slice(0, -1).map((k) => `${v}.${k}`).join(', ')}, [l IN labels(${v}) WHERE l <> 'Entity']]`;

const EDGE_KEYS = ['id', 'status', 'rule', 'amount_text', 'amount_yuan', 'role', 'year', 'articles', 'first_reported', 'last_reported', 'evidence_count', 'type', 'source', 'target'];
/**
 * A relationship for the canvas, as a list in EDGE_KEYS order: what it draws and filters on, and how
 * many evidence records it has. The quotes (most of a payload's bytes) come from `GET /api/edges/:id`
 * when someone opens the fact.
 */
export const canvasEdge = (v: string) =>
  `[${EDGE_KEYS.slice(0, 10).map((k) => `${v}.${k}`).join(', ')}, size(coalesce(${v}.ev_article, [])), type(${v}), startNode(${v}).id, endNode(${v}).id]`;

/** Zip a projected list with its keys; a property the element lacks comes back null and is left out. */
function zip(keys: string[], values: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    if (values[i] !== null && values[i] !== undefined) out[k] = toPlain(values[i]);
  });
  return out;
}

export function fromCanvasProjection(nodes: unknown[][], edges: unknown[][], truncated = false) {
  const ns = nodes.map((v) => zip(NODE_KEYS, v)).map((n) => ({ ...n, id: String(n.id), name: String(n.name ?? n.id), labels: (n.labels ?? []) as string[] }));
  const ids = new Set(ns.map((n) => n.id));
  const es = edges.map((v) => zip(EDGE_KEYS, v) as GraphEdge).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes: ns as GraphNode[], edges: [...new Map(es.map((e) => [e.id, e])).values()], truncated };
}
