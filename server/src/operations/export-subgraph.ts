// export subgraph: the nodes and edges to export, with FULL properties and evidence records, chosen by
// id (selection), around an entity (neighbourhood) or by a read-only Cypher query (run through the
// console's guarded runCypher, then refetched by id so properties and evidence are complete). Unlike
// the view payloads nothing heavy is stripped: an export is meant to be complete. Unknown ids and
// oversized results are the caller's mistake (400), never a silent truncation.
import { z } from 'zod';
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import { BadRequestError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { CANVAS_PROPERTY } from '../store/canvas.ts';
import { evidenceOf, type EvidenceRecord } from '../store/evidence.ts';
import { toPlain } from '../store/values.ts';
import type { GraphEdge, GraphNode } from '../types.ts';
import { DEFAULT_CYPHER_LIMITS, runCypher, type CypherRequest } from './cypher.ts';
import { idParam } from './params.ts';

/** Most nodes + edges one export may hold (the whole seeded graph is well under this). */
export const EXPORT_ELEMENT_CAP = 5000;
export const EXPORT_TIMEOUT_MS = 15_000;

const EVIDENCE_KEYS = ['ev_article', 'ev_start', 'ev_end', 'ev_quote', 'ev_year'];

export const ExportSelectionSchema = z
  .object({
    nodeIds: z.array(idParam).default([]),
    /** when given, exactly these edges (their endpoints join the nodes); when absent, every edge among the nodes */
    edgeIds: z.array(idParam).optional(),
  })
  .superRefine((s, ctx) => {
    const n = s.nodeIds.length + (s.edgeIds?.length ?? 0);
    if (n === 0) ctx.addIssue({ code: 'custom', message: 'the selection is empty: give at least one node or edge id' });
    if (n > EXPORT_ELEMENT_CAP) ctx.addIssue({ code: 'custom', message: `the selection has ${n} elements, over the export cap of ${EXPORT_ELEMENT_CAP}` });
  });
export type ExportSelection = z.output<typeof ExportSelectionSchema>;

export const ExportNeighborhoodSchema = z.object({
  id: idParam,
  depth: z.number().int('expected a whole number from 1 to 3').min(1, 'expected a whole number from 1 to 3').max(3, 'expected a whole number from 1 to 3').default(1),
});
export type ExportNeighborhood = z.output<typeof ExportNeighborhoodSchema>;

export type ExportSource = { selection: ExportSelection } | { neighborhood: ExportNeighborhood } | { cypher: CypherRequest };

export interface ExportOptions {
  includeEvidence: boolean;
  cap?: number;
}

export type ExportNode = GraphNode & { evidence: EvidenceRecord[] };
export type ExportEdge = GraphEdge & { evidence: EvidenceRecord[] };
export interface ExportSubgraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/**
 * Relationships without an `id` property (MENTIONED_IN) get one derived from their endpoints, so the
 * same edge has the same id in every database; the Cypher script recognises it and does not store it.
 * Colons only, so the id stays an XML NMTOKEN (GraphML ids must be).
 */
export const derivedEdgeId = (type: string, source: string, target: string) => `${type}:${source}:${target}`;

export async function exportSubgraph(db: Db, source: ExportSource, options: ExportOptions): Promise<ExportSubgraph> {
  const cap = options.cap ?? EXPORT_ELEMENT_CAP;
  // the query runs in the console's own guarded transaction; the refetch by id in ours
  const queried = 'cypher' in source ? await querySelection(db, source.cypher, cap) : undefined;
  return db.readTx(async (tx) => {
    let selection: ExportSelection;
    if (queried) selection = queried;
    else if ('selection' in source) selection = source.selection;
    else selection = { nodeIds: await neighbourhoodIds(tx, (source as { neighborhood: ExportNeighborhood }).neighborhood, cap) };
    return fetchSelection(tx, selection, options.includeEvidence, cap);
  }, EXPORT_TIMEOUT_MS);
}

/**
 * Exactly the nodes and relationships the query returned (as the console draws them). The console's
 * guard, timeout and caps apply; a result the caps cut short is refused rather than exported in part.
 */
async function querySelection(db: Db, request: CypherRequest, cap: number): Promise<ExportSelection> {
  const result = await runCypher(db, request, { ...DEFAULT_CYPHER_LIMITS, rowCap: cap, graphCap: cap });
  if (result.summary.truncated)
    throw new BadRequestError(`export: the query returned more than ${cap} rows or graph elements, over the export cap; narrow it (LIMIT, WHERE)`);
  const selection = { nodeIds: result.graph.nodes.map((n) => n.id), edgeIds: result.graph.edges.map((e) => e.id) };
  if (!selection.nodeIds.length) throw new BadRequestError('export: the query returned no nodes or relationships to export');
  return selection;
}

/** Breadth-first over entity relationships, one statement per hop (as in neighbors.ts: no path enumeration). */
async function neighbourhoodIds(tx: ManagedTransaction, { id, depth }: ExportNeighborhood, cap: number): Promise<string[]> {
  const exists = await tx.run('MATCH (c:Entity {id: $id}) RETURN c.id AS id', { id });
  if (!exists.records.length) throw new BadRequestError(`export: unknown entity id "${id}" for the neighbourhood`);
  const seen = new Set([id]);
  let frontier = [id];
  for (let hop = 1; hop <= depth && frontier.length; hop++) {
    const res = await tx.run(
      `UNWIND $frontier AS fid MATCH (:Entity {id: fid})--(m:Entity) WHERE NOT m.id IN $seen RETURN DISTINCT m.id AS id`,
      { frontier, seen: [...seen] },
    );
    frontier = res.records.map((r) => r.get('id') as string);
    for (const f of frontier) seen.add(f);
    if (seen.size > cap)
      throw new BadRequestError(`export: the neighbourhood of "${id}" at depth ${depth} has more than ${cap} nodes, over the export cap; choose a smaller depth`);
  }
  return [...seen];
}

async function fetchSelection(tx: ManagedTransaction, sel: ExportSelection, includeEvidence: boolean, cap: number): Promise<ExportSubgraph> {
  const picked = await tx.run<{ n: Node }>(
    `CALL () { MATCH (n:Entity) WHERE n.id IN $ids RETURN n UNION MATCH (n:Article) WHERE n.id IN $ids RETURN n } RETURN n`,
    { ids: sel.nodeIds },
  );
  const nodes = new Map(picked.records.map((r) => [r.get('n').elementId, r.get('n')]));
  const rels = new Map<string, Relationship>();
  if (sel.edgeIds) {
    const res = await tx.run<{ r: Relationship; s: Node; t: Node }>(
      `MATCH (s)-[r]->(t) WHERE r.id IN $ids OR elementId(r) IN $ids RETURN r, s, t`,
      { ids: sel.edgeIds },
    );
    for (const rec of res.records) {
      rels.set(rec.get('r').elementId, rec.get('r'));
      for (const n of [rec.get('s'), rec.get('t')]) nodes.set(n.elementId, n);
    }
  }
  unknown('node', sel.nodeIds, new Set([...nodes.values()].map((n) => String(n.properties.id))));
  if (sel.edgeIds) unknown('edge', sel.edgeIds, new Set([...rels.values()].flatMap((r) => [String(r.properties.id), r.elementId])));

  if (!sel.edgeIds) {
    const res = await tx.run<{ r: Relationship }>(
      `UNWIND $eids AS x MATCH (a) WHERE elementId(a) = x MATCH (a)-[r]->(b) WHERE elementId(b) IN $eids RETURN r`,
      { eids: [...nodes.keys()] },
    );
    for (const rec of res.records) rels.set(rec.get('r').elementId, rec.get('r'));
  }
  if (nodes.size + rels.size > cap)
    throw new BadRequestError(`export: the subgraph has ${nodes.size} nodes and ${rels.size} edges, over the export cap of ${cap} elements`);

  const ids = new Map([...nodes.values()].map((n) => [n.elementId, String(n.properties.id)]));
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: [...nodes.values()].map((n) => toExportNode(n, includeEvidence)).sort(byId),
    edges: [...rels.values()].map((r) => toExportEdge(r, ids, includeEvidence)).sort(byId),
  };
}

function unknown(kind: 'node' | 'edge', asked: string[], found: Set<string>) {
  const missing = [...new Set(asked)].filter((id) => !found.has(id));
  if (!missing.length) return;
  const shown = missing.slice(0, 10).map((id) => `"${id}"`).join(', ');
  throw new BadRequestError(`export: unknown ${kind} id${missing.length > 1 ? 's' : ''} ${shown}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}`, { unknown: { [kind + 's']: missing } });
}

/** Properties minus the ev_* arrays, which become evidence records (or are dropped with evidence), and the canvas cache. */
function split(properties: Record<string, unknown>, includeEvidence: boolean) {
  const plain = toPlain(properties) as Record<string, unknown>;
  const evidence = includeEvidence ? evidenceOf(plain) : [];
  // keys sorted: the same element exports the same bytes from any database
  const props = Object.fromEntries(Object.entries(plain).filter(([k]) => !EVIDENCE_KEYS.includes(k) && k !== CANVAS_PROPERTY).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { props, evidence };
}

function toExportNode(node: Node, includeEvidence: boolean): ExportNode {
  const { props, evidence } = split(node.properties, includeEvidence);
  const labels = node.labels.filter((l) => l !== 'Entity').sort();
  return { ...props, id: String(props.id), labels, name: String(props.name ?? props.headline ?? props.id), evidence };
}

function toExportEdge(rel: Relationship, ids: Map<string, string>, includeEvidence: boolean): ExportEdge {
  const { props, evidence } = split(rel.properties, includeEvidence);
  const source = ids.get(rel.startNodeElementId)!;
  const target = ids.get(rel.endNodeElementId)!;
  return { ...props, id: String(props.id ?? derivedEdgeId(rel.type, source, target)), type: rel.type, source, target, evidence };
}
