// Record → DTO mapping shared by every operation that returns graph elements: one shape everywhere.
import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../types.ts';
import { CANVAS_PROPERTY } from './canvas.ts';
import { toPlain } from './values.ts';

/** Node properties too big or too internal for a graph payload (the details endpoint returns them). */
const HEAVY = new Set(['text', 'alias_text', 'alias_pinyin', 'names_lc', 'py_keys', 'en_lc', 'search_keys', CANVAS_PROPERTY, 'figures', 'ev_quote']);
/** Relationships keep their evidence arrays here (the console shows what a fact stores). */
const HEAVY_ON_EDGES = new Set(['alias_text', 'alias_pinyin', CANVAS_PROPERTY]);

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
