// gexf: GEXF 1.3 (Gephi's native format). Node label = name, edge label and kind = relationship type
// (kind keeps parallel edges of different types apart in Gephi); Neo4j labels, the relationship type
// and every property are typed attributes; lists and maps are JSON strings.
import { columnsOf, EDGE_STRUCTURE, NODE_STRUCTURE, propertiesOf, textOf, type Column, type ExportDocument } from './document.ts';
import { buildXml } from './xml.ts';

const NS = 'http://gexf.net/1.3';
const TYPES: Record<Column['type'], string> = { boolean: 'boolean', long: 'long', double: 'double', string: 'string' };

export function toGexf(doc: ExportDocument): string {
  const nodeRows = doc.nodes.map((n) => ({
    labels: n.labels.join(':'),
    ...propertiesOf(n, NODE_STRUCTURE),
    ...(doc.meta.includeEvidence ? { evidence: n.evidence } : {}),
  }));
  const edgeRows = doc.edges.map((e) => ({
    type: e.type,
    ...propertiesOf(e, EDGE_STRUCTURE),
    ...(doc.meta.includeEvidence ? { evidence: e.evidence } : {}),
  }));
  const nodeCols = columnsOf(nodeRows, ['labels', 'name']);
  const edgeCols = columnsOf(edgeRows, ['type']);
  const attributes = (cols: Column[], cls: 'node' | 'edge') => ({
    '@class': cls,
    '@mode': 'static',
    attribute: cols.map((c, i) => ({ '@id': `${cls[0]}${i}`, '@title': c.name, '@type': TYPES[c.type] })),
  });
  const attvalues = (row: Record<string, unknown>, cols: Column[], cls: 'node' | 'edge') => {
    const values = cols.flatMap((c, i) => (row[c.name] === undefined ? [] : [{ '@for': `${cls[0]}${i}`, '@value': textOf(row[c.name]) }]));
    return values.length ? { attvalues: { attvalue: values } } : {};
  };

  return buildXml({
    gexf: {
      '@xmlns': NS,
      '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@xsi:schemaLocation': `${NS} http://gexf.net/1.3/gexf.xsd`,
      '@version': '1.3',
      meta: {
        '@lastmodifieddate': doc.meta.exportedAt.slice(0, 10),
        creator: 'shizhong-kg-explorer',
        description: `济南市市中区 knowledge graph subgraph, exported ${doc.meta.exportedAt}: ${JSON.stringify(doc.meta.source)}`,
      },
      graph: {
        '@defaultedgetype': 'directed',
        '@mode': 'static',
        attributes: [attributes(nodeCols, 'node'), attributes(edgeCols, 'edge')],
        nodes: { node: doc.nodes.map((n, i) => ({ '@id': n.id, '@label': n.name, ...attvalues(nodeRows[i], nodeCols, 'node') })) },
        edges: {
          edge: doc.edges.map((e, i) => ({ '@id': e.id, '@source': e.source, '@target': e.target, '@label': e.type, '@kind': e.type, ...attvalues(edgeRows[i], edgeCols, 'edge') })),
        },
      },
    },
  });
}
