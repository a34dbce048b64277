// Record → DTO mapping shared by every operation that returns graph elements: one shape everywhere.
import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../types.ts';
import { toPlain } from './values.ts';

/** Node properties too big or too internal for a graph payload (the details endpoint returns them). */
const HEAVY = new Set(['text', 'alias_text', 'alias_pinyin', 'names_lc', 'py_keys', 'en_lc', 'figures', 'ev_quote']);
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
// canvas operations ask Neo4j for just what the canvas draws and filters on. The details endpoint
// and the Cypher console still return every property.

/** Cypher map projection of an entity for the canvas. */
export const canvasNode = (v: string) =>
  `${v} {.id, .name, .en, .pinyin, .description, .aliases, .status, .mention_count, .first_reported, .last_reported, .articles, labels: [l IN labels(${v}) WHERE l <> 'Entity']}`;

/** Cypher map projection of a relationship: all its properties (its evidence) and its endpoints' ids. */
export const canvasEdge = (v: string) => `${v} {.*, type: type(${v}), source: startNode(${v}).id, target: endNode(${v}).id}`;

export function fromCanvasProjection(nodes: unknown[], edges: unknown[], truncated = false) {
  const ns = (toPlain(nodes) as GraphNode[]).map((n) => ({ ...n, id: String(n.id), name: String(n.name ?? n.id) }));
  const ids = new Set(ns.map((n) => n.id));
  const es = (toPlain(edges) as GraphEdge[]).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes: ns, edges: [...new Map(es.map((e) => [e.id, e])).values()], truncated };
}
