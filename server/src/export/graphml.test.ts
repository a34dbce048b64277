// GraphML: schema-valid, typed keys, and every property (nasty text included) reads back unchanged.
import { describe, expect, it } from 'vitest';
import { decodeTyped, nastyDocument, parseXml, schemaErrors } from '../../../tests/support/export-formats.ts';
import { toGraphml } from './graphml.ts';

function readBack(xml: string) {
  const doc = parseXml(xml, ['key', 'node', 'edge', 'data']).graphml;
  const keys = new Map<string, { for: string; name: string; type: string }>(
    doc.key.map((k: any) => [k['@id'], { for: k['@for'], name: k['@attr.name'], type: k['@attr.type'] }]),
  );
  const rows = (elements: any[]) =>
    new Map<string, { attrs: any; data: Map<string, { text: string; type: string }> }>(
      (elements ?? []).map((el: any) => [
        el['@id'],
        { attrs: el, data: new Map((el.data ?? []).map((d: any) => [keys.get(d['@key'])!.name, { text: d['#text'] ?? '', type: keys.get(d['@key'])!.type }])) },
      ]),
    );
  return { keys, nodes: rows(doc.graph.node), edges: rows(doc.graph.edge), graph: doc.graph };
}

describe('graphml export', () => {
  const doc = nastyDocument();
  const xml = toGraphml(doc);

  it('is valid against the GraphML schema', async () => {
    expect(await schemaErrors(xml, 'graphml.xsd')).toEqual([]);
  });

  it('declares one typed key per property and domain', () => {
    const { keys } = readBack(xml);
    const byName = (f: string, n: string) => [...keys.values()].find((k) => k.for === f && k.name === n)?.type;
    expect(byName('node', 'mention_count')).toBe('long');
    expect(byName('node', 'share')).toBe('double');
    expect(byName('node', 'flagship')).toBe('boolean');
    expect(byName('node', 'description')).toBe('string');
    expect(byName('node', 'aliases')).toBe('string');
    expect(byName('edge', 'year')).toBe('long');
    expect(byName('edge', 'type')).toBe('string');
  });

  it('reads back every node and edge with labels, type and properties unchanged', () => {
    const { nodes, edges, graph } = readBack(xml);
    expect(graph['@edgedefault']).toBe('directed');
    expect([...nodes.keys()]).toEqual(doc.nodes.map((n) => n.id));
    for (const { id, labels, evidence, ...props } of doc.nodes) {
      const { data } = nodes.get(id)!;
      expect(data.get('labels')!.text).toBe(labels.join(':'));
      expect(data.get('label')!.text).toBe(props.name);
      for (const [k, v] of Object.entries(props)) expect(decodeTyped(data.get(k)!.text, data.get(k)!.type, v), `${id}.${k}`).toEqual(v);
      expect(JSON.parse(data.get('evidence')!.text)).toEqual(evidence);
    }
    for (const { id, type, source, target, evidence, ...props } of doc.edges) {
      const { attrs, data } = edges.get(id)!;
      expect([attrs['@source'], attrs['@target'], data.get('type')!.text]).toEqual([source, target, type]);
      for (const [k, v] of Object.entries(props)) expect(decodeTyped(data.get(k)!.text, data.get(k)!.type, v), `${id}.${k}`).toEqual(v);
      expect(JSON.parse(data.get('evidence')!.text)).toEqual(evidence);
    }
  });

  it('keeps CR, LF and tab inside text as character references', () => {
    expect(xml).toContain('&#13;&#10;CRLF');
    expect(xml).not.toContain('<&>');
  });

  it('leaves evidence out when asked', async () => {
    const bare = toGraphml(nastyDocument(false));
    expect(bare).not.toContain('attr.name="evidence"');
    expect(await schemaErrors(bare, 'graphml.xsd')).toEqual([]);
  });

  it('the schema check is not a rubber stamp: a dangling edge endpoint is rejected', async () => {
    const broken = xml.replace(/source="e-aaaaaaaaaaaa"/, 'source="nowhere"');
    expect((await schemaErrors(broken, 'graphml.xsd')).join('\n')).toMatch(/edge_source_ref|No match found for key-sequence/);
  });
});
