// The one mapper from Neo4j values to the contract, with three profiles:
//   canvas  — what the canvas draws (graph payloads: expansion, overview, paths, console graphs);
//   detail  — the canvas fields, the description and every other public property by name (details panels);
//   export  — every public property flat with keys sorted, plus evidence records (export files);
// and rows for the console (every public property). Internal properties (properties.ts) never leave.
import type { Node, Relationship } from 'neo4j-driver';
import type { RowNode, RowRelationship } from '../cypher.ts';
import type { DetailEdge, DetailNode, Endpoint } from '../explore.ts';
import type { ExportEdge, ExportNode } from '../export.ts';
import type { CanvasEdge, CanvasNode, GraphPayload } from '../graph.ts';
import { decodeCanvasEdge, decodeCanvasNode, EDGE_KEYS, edgeCanvasValues, NODE_KEYS, nodeCanvasValues, typeLabels } from './canvas.ts';
import { EVIDENCE_PROPERTIES, evidenceOf } from './evidence.ts';
import { derivedEdgeId } from './ids.ts';
import { publicProperties } from './properties.ts';
import { toPlain } from './values.ts';

type Props = Record<string, unknown>;
const plain = (el: Node | Relationship) => toPlain(el.properties) as Props;

/** The id the API gives an element: its `id` property, else its element id. */
export const graphId = (el: Node | Relationship) => String(toPlain(el.properties.id) ?? el.elementId);

// ---- canvas ----------------------------------------------------------------------------------------------
export const toCanvasNode = (n: Node): CanvasNode => ({ ...decodeCanvasNode(nodeCanvasValues(n.properties, n.labels)), id: graphId(n) });

/** `ids` maps element ids to our ids (a relationship knows its endpoints by element id only). */
export const toCanvasEdge = (r: Relationship, ids: Map<string, string>): CanvasEdge => ({
  ...decodeCanvasEdge(edgeCanvasValues(r.properties, r.type, ids.get(r.startNodeElementId) ?? r.startNodeElementId, ids.get(r.endNodeElementId) ?? r.endNodeElementId)),
  id: graphId(r),
});

/** Graph payload from whole nodes and relationships; relationships to nodes not among them are dropped. */
export function toGraphPayload(nodes: Node[], rels: Relationship[], truncated = false): GraphPayload {
  const unique = new Map(nodes.map((n) => [n.elementId, n]));
  const ids = new Map([...unique.values()].map((n) => [n.elementId, graphId(n)]));
  const edges = new Map(rels.filter((r) => ids.has(r.startNodeElementId) && ids.has(r.endNodeElementId)).map((r) => [r.elementId, r]));
  return { nodes: [...unique.values()].map(toCanvasNode), edges: [...edges.values()].map((r) => toCanvasEdge(r, ids)), truncated };
}

/** Graph payload from the cached canvas strings (the fast path); edges to nodes not in it are dropped. */
export function fromCanvasCache(nodes: unknown[], edges: unknown[], truncated = false, keepEdgesTo: Iterable<string> = []): GraphPayload {
  const ns = nodes.map((v) => decodeCanvasNode(v as string));
  const ids = new Set([...ns.map((n) => n.id), ...keepEdgesTo]);
  const es = edges.map((v) => decodeCanvasEdge(v as string)).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes: ns, edges: [...new Map(es.map((e) => [e.id, e])).values()], truncated };
}

// ---- detail ----------------------------------------------------------------------------------------------
const withoutKeys = (props: Props, named: ReadonlySet<string>) => Object.fromEntries(Object.entries(publicProperties(props)).filter(([k, v]) => !named.has(k) && v !== null));
const NODE_NAMED: ReadonlySet<string> = new Set([...NODE_KEYS, 'description', 'aliases', ...EVIDENCE_PROPERTIES]);
const EDGE_NAMED: ReadonlySet<string> = new Set([...EDGE_KEYS, ...EVIDENCE_PROPERTIES]);

export function toDetailNode(n: Node): DetailNode {
  const props = plain(n);
  return { ...toCanvasNode(n), description: (props.description as string | undefined) ?? null, properties: withoutKeys(props, NODE_NAMED) };
}

export function toDetailEdge(r: Relationship, source: Endpoint, target: Endpoint): DetailEdge {
  const ids = new Map([[r.startNodeElementId, source.id], [r.endNodeElementId, target.id]]);
  return { ...toCanvasEdge(r, ids), properties: withoutKeys(plain(r), EDGE_NAMED) };
}

// ---- export ----------------------------------------------------------------------------------------------
/** Public properties minus the ev_* arrays (which become evidence records), keys sorted: the same element exports the same bytes from any database. */
function exportProperties(el: Node | Relationship, includeEvidence: boolean) {
  const all = plain(el);
  const props = Object.fromEntries(
    Object.entries(publicProperties(all))
      .filter(([k]) => !(EVIDENCE_PROPERTIES as readonly string[]).includes(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { props, evidence: includeEvidence ? evidenceOf(all) : [] };
}

export function toExportNode(n: Node, includeEvidence: boolean): ExportNode {
  const { props, evidence } = exportProperties(n, includeEvidence);
  // a Figure is named by its amount as printed (480.3亿元)
  return { ...props, id: String(props.id), labels: typeLabels(n.labels).sort(), name: String(props.name ?? props.headline ?? props.text ?? props.id), evidence };
}

export function toExportEdge(r: Relationship, ids: Map<string, string>, includeEvidence: boolean): ExportEdge {
  const { props, evidence } = exportProperties(r, includeEvidence);
  const source = ids.get(r.startNodeElementId)!;
  const target = ids.get(r.endNodeElementId)!;
  return { ...props, id: String(props.id ?? derivedEdgeId(r.type, source, target)), type: r.type, source, target, evidence };
}

// ---- console rows ----------------------------------------------------------------------------------------
export const toRowNode = (n: Node): RowNode => ({ kind: 'node', id: graphId(n), elementId: n.elementId, labels: [...n.labels], properties: publicProperties(plain(n)) });

export const toRowRelationship = (r: Relationship): RowRelationship => ({
  kind: 'relationship',
  id: graphId(r),
  elementId: r.elementId,
  type: r.type,
  startElementId: r.startNodeElementId,
  endElementId: r.endNodeElementId,
  properties: publicProperties(plain(r)),
});
