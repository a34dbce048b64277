// GEXF 1.3: schema-valid, labels and types as attributes, every property reads back unchanged.
import { describe, expect, it } from 'vitest';
import { decodeTyped, nastyDocument, parseXml, schemaErrors } from '../../../tests/support/export-formats.ts';
import { toGexf } from './gexf.ts';

function readBack(xml: string) {
  const gexf = parseXml(xml, ['attributes', 'attribute', 'node', 'edge', 'attvalue']).gexf;
  const decl = new Map<string, { title: string; type: string }>();
  for (const group of gexf.graph.attributes) for (const a of group.attribute ?? []) decl.set(a['@id'], { title: a['@title'], type: a['@type'] });
  const values = (el: any) => new Map<string, { text: string; type: string }>((el.attvalues?.attvalue ?? []).map((v: any) => [decl.get(v['@for'])!.title, { text: v['@value'], type: decl.get(v['@for'])!.type }]));
  return { gexf, decl, nodes: new Map<string, any>(gexf.graph.nodes.node.map((n: any) => [n['@id'], n])), edges: new Map<string, any>(gexf.graph.edges.edge.map((e: any) => [e['@id'], e])), values };
}

describe('gexf export', () => {
  const doc = nastyDocument();
  const xml = toGexf(doc);

  it('is GEXF 1.3 and valid against the GEXF 1.3 schema', async () => {
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('version="1.3"');
    expect(await schemaErrors(xml, 'gexf-1.3.xsd')).toEqual([]);
  });

  it('reads back nodes with their name as label and labels, properties and evidence as typed attributes', () => {
    const { nodes, values, gexf } = readBack(xml);
    expect(gexf.meta['@lastmodifieddate']).toBe('2026-11-21');
    for (const { id, labels, evidence, ...props } of doc.nodes) {
      const node = nodes.get(id);
      expect(node['@label']).toBe(props.name);
      const v = values(node);
      expect(v.get('labels')!.text).toBe(labels.join(':'));
      for (const [k, x] of Object.entries(props)) expect(decodeTyped(v.get(k)!.text, v.get(k)!.type, x), `${id}.${k}`).toEqual(x);
      expect(JSON.parse(v.get('evidence')!.text)).toEqual(evidence);
    }
  });

  it('reads back edges with their type as label, kind and attribute', () => {
    const { edges, values, decl } = readBack(xml);
    expect([...decl.values()].find((d) => d.title === 'year')?.type).toBe('long');
    for (const { id, type, source, target, evidence, ...props } of doc.edges) {
      const edge = edges.get(id);
      expect([edge['@source'], edge['@target'], edge['@label'], edge['@kind']]).toEqual([source, target, type, type]);
      const v = values(edge);
      expect(v.get('type')!.text).toBe(type);
      for (const [k, x] of Object.entries(props)) expect(decodeTyped(v.get(k)!.text, v.get(k)!.type, x), `${id}.${k}`).toEqual(x);
      expect(JSON.parse(v.get('evidence')!.text)).toEqual(evidence);
    }
  });

  it('keeps newlines inside attribute values (an XML parser would otherwise turn them into spaces)', () => {
    expect(xml).toMatch(/value="[^"]*&#13;&#10;CRLF/);
  });

  it('leaves evidence out when asked and stays valid', async () => {
    const bare = toGexf(nastyDocument(false));
    expect(bare).not.toContain('title="evidence"');
    expect(await schemaErrors(bare, 'gexf-1.3.xsd')).toEqual([]);
  });
});
