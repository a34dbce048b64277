// graphml: GraphML 1.0 with typed <key>s (boolean, long, double, string). `label` carries the name
// (nodes) or type (edges) because Gephi shows that key; `labels` and `type` keep the Neo4j labels and
// relationship type; lists and maps are JSON strings, as GraphML has no list type.
import { columnsOf, EDGE_STRUCTURE, NODE_STRUCTURE, propertiesOf, textOf, type Column, type ExportDocument } from './document.ts';
import { buildXml } from './xml.ts';

const NS = 'http://graphml.graphdrawing.org/xmlns';

export function toGraphml(doc: ExportDocument): string {
  const nodeRows = doc.nodes.map((n) => ({
    label: n.name,
    labels: n.labels.join(':'),
    ...propertiesOf(n, NODE_STRUCTURE),
    ...(doc.meta.includeEvidence ? { evidence: n.evidence } : {}),
  }));
  const edgeRows = doc.edges.map((e) => ({
    label: e.type,
    type: e.type,
    ...propertiesOf(e, EDGE_STRUCTURE),
    ...(doc.meta.includeEvidence ? { evidence: e.evidence } : {}),
  }));
  const nodeCols = columnsOf(nodeRows, ['label', 'labels', 'name']);
  const edgeCols = columnsOf(edgeRows, ['label', 'type']);
  const keyId = (domain: 'n' | 'e', i: number) => `${domain}${i}`;
  const keys = (cols: Column[], domain: 'node' | 'edge') =>
    cols.map((c, i) => ({ '@id': keyId(domain === 'node' ? 'n' : 'e', i), '@for': domain, '@attr.name': c.name, '@attr.type': c.type }));
  const data = (row: Record<string, unknown>, cols: Column[], domain: 'n' | 'e') =>
    cols.flatMap((c, i) => (row[c.name] === undefined ? [] : [{ '@key': keyId(domain, i), '#text': textOf(row[c.name]) }]));

  return buildXml({
    graphml: {
      '@xmlns': NS,
      '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@xsi:schemaLocation': `${NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`,
      desc: `济南市市中区 knowledge graph subgraph, exported ${doc.meta.exportedAt}: ${JSON.stringify(doc.meta.source)}`,
      key: [...keys(nodeCols, 'node'), ...keys(edgeCols, 'edge')],
      graph: {
        '@id': 'G',
        '@edgedefault': 'directed',
        node: doc.nodes.map((n, i) => ({ '@id': n.id, data: data(nodeRows[i], nodeCols, 'n') })),
        edge: doc.edges.map((e, i) => ({ '@id': e.id, '@source': e.source, '@target': e.target, data: data(edgeRows[i], edgeCols, 'e') })),
      },
    },
  });
}
