// cyjs: Cytoscape.js elements JSON, the shape `cy.json()` reads and Cytoscape desktop imports as .cyjs.
import type { ExportDocument } from './document.ts';

export function toCyjs(doc: ExportDocument): string {
  const data = <T extends { evidence: unknown }>(e: T) => ({ data: doc.meta.includeEvidence ? e : { ...e, evidence: undefined } });
  return `${JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'shizhong-kg-explorer',
      target_cytoscapejs_version: '~3.34',
      data: { name: 'shizhong subgraph', ...doc.meta },
      elements: { nodes: doc.nodes.map(data), edges: doc.edges.map(data) },
    },
    null,
    2,
  )}\n`;
}
