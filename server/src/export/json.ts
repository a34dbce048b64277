// json: our graph shape (nodes, edges with full properties and evidence) plus meta.
import type { ExportDocument } from './document.ts';

export function toJson(doc: ExportDocument): string {
  const strip = <T extends { evidence: unknown }>(e: T) => (doc.meta.includeEvidence ? e : { ...e, evidence: undefined });
  return `${JSON.stringify({ meta: doc.meta, nodes: doc.nodes.map(strip), edges: doc.edges.map(strip) }, null, 2)}\n`;
}
