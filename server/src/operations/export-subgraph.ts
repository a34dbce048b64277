// export subgraph: the nodes and edges to export, with FULL properties and evidence records, chosen by
// id (selection), around an entity (neighbourhood) or by a read-only Cypher query (run through the
// console's guarded runCypher, then refetched by id so properties and evidence are complete). Unlike
// the view payloads nothing heavy is stripped: an export is meant to be complete. Unknown ids and
// oversized results are the caller's mistake (400), never a silent truncation.
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import {
  EXPORT_ELEMENT_CAP,
  type CypherRequest,
  type ExportNeighborhood,
  type ExportSelection,
  type ExportSource,
  type ExportSubgraph,
} from '../../../model/index.ts';
import { toExportEdge, toExportNode } from '../../../model/storage/index.ts';
import { BadRequestError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { DEFAULT_CYPHER_LIMITS, runCypher } from './cypher.ts';

export const EXPORT_TIMEOUT_MS = 15_000;

export interface ExportOptions {
  includeEvidence: boolean;
  cap?: number;
}

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
    throw new BadRequestError('export_over_cap', `export: the query returned more than ${cap} rows or graph elements, over the export cap; narrow it (LIMIT, WHERE)`, { cap });
  const selection = { nodeIds: result.graph.nodes.map((n) => n.id), edgeIds: result.graph.edges.map((e) => e.id) };
  if (!selection.nodeIds.length) throw new BadRequestError('export_empty', 'export: the query returned no nodes or relationships to export');
  return selection;
}

/** Breadth-first over entity relationships, one statement per hop (as in neighbors.ts: no path enumeration). */
async function neighbourhoodIds(tx: ManagedTransaction, { id, depth }: ExportNeighborhood, cap: number): Promise<string[]> {
  const exists = await tx.run('MATCH (c:Entity {id: $id}) RETURN c.id AS id', { id });
  if (!exists.records.length) throw new BadRequestError('entity_not_found', `export: unknown entity id "${id}" for the neighbourhood`, { id });
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
      throw new BadRequestError('export_over_cap', `export: the neighbourhood of "${id}" at depth ${depth} has more than ${cap} nodes, over the export cap; choose a smaller depth`, { cap, id, depth });
  }
  return [...seen];
}

async function fetchSelection(tx: ManagedTransaction, sel: ExportSelection, includeEvidence: boolean, cap: number): Promise<ExportSubgraph> {
  const picked = await tx.run<{ n: Node }>(
    `CALL () { MATCH (n:Entity) WHERE n.id IN $ids RETURN n UNION MATCH (n:Article) WHERE n.id IN $ids RETURN n
               UNION MATCH (n:Figure) WHERE n.id IN $ids RETURN n } RETURN n`,
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
  // an exported entity carries its figures (Figure nodes and HAS_FIGURE links, as stored); a selection
  // of edges or a query's result is exported exactly as chosen (a query may RETURN figures itself)
  if (!sel.edgeIds) {
    const figures = await tx.run<{ r: Relationship; f: Node }>(
      `UNWIND $eids AS x MATCH (e:Entity) WHERE elementId(e) = x MATCH (e)-[r:HAS_FIGURE]->(f:Figure) RETURN r, f`,
      { eids: [...nodes.keys()] },
    );
    for (const rec of figures.records) {
      nodes.set(rec.get('f').elementId, rec.get('f'));
      rels.set(rec.get('r').elementId, rec.get('r'));
    }
  }
  if (nodes.size + rels.size > cap)
    throw new BadRequestError('export_over_cap', `export: the subgraph has ${nodes.size} nodes and ${rels.size} edges, over the export cap of ${cap} elements`, { cap, nodes: nodes.size, edges: rels.size });

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
  throw new BadRequestError('export_unknown_ids', `export: unknown ${kind} id${missing.length > 1 ? 's' : ''} ${shown}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}`, { unknown: { [kind + 's']: missing } });
}
