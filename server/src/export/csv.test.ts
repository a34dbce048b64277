// CSV zip: three UTF-8 (BOM) tables that a CSV parser reads back to the same nodes, edges and evidence.
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { nastyDocument } from '../../../tests/support/export-formats.ts';
import { toCsvZip } from './csv.ts';

async function unzip(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const files: Record<string, Buffer> = {};
  for (const name of Object.keys(zip.files)) files[name] = await zip.files[name].async('nodebuffer');
  return files;
}
const rows = (buf: Buffer) => parse(buf, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
/** A cell back to the value it was written from: lists and maps are JSON, numbers and booleans plain text, defused formulas lose their apostrophe. */
const cell = (text: string, original: unknown) => (typeof original === 'string' ? text.replace(/^'(?=[=+\-@\t\r])/, '') : JSON.parse(text));

describe('csv export', () => {
  const doc = nastyDocument();

  it('zips nodes.csv, edges.csv and evidence.csv, each UTF-8 with a BOM', async () => {
    const files = await unzip(await toCsvZip(doc));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'evidence.csv', 'nodes.csv']);
    for (const f of Object.values(files)) expect([...f.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back every node and property, Chinese, quotes, commas, newlines and emoji included', async () => {
    const nodes = rows((await unzip(await toCsvZip(doc)))['nodes.csv']);
    expect(nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
    doc.nodes.forEach(({ id, labels, evidence: _e, ...props }, i) => {
      expect(nodes[i].labels).toBe(labels.join(';'));
      for (const [k, v] of Object.entries(props)) expect(cell(nodes[i][k], v), `${id}.${k}`).toEqual(v);
    });
    // a column a node does not have is empty, not "null"
    expect(nodes.find((n) => n.id === 'e-bbbbbbbbbbbb')!.description).toBe('');
  });

  it('reads back every edge with type and endpoints', async () => {
    const edges = rows((await unzip(await toCsvZip(doc)))['edges.csv']);
    doc.edges.forEach(({ id, type, source, target, evidence: _e, ...props }, i) => {
      expect([edges[i].id, edges[i].type, edges[i].source, edges[i].target]).toEqual([id, type, source, target]);
      for (const [k, v] of Object.entries(props)) expect(cell(edges[i][k], v), `${id}.${k}`).toEqual(v);
    });
  });

  it('names both endpoints of every edge next to their ids', async () => {
    const edges = rows((await unzip(await toCsvZip(doc)))['edges.csv']);
    const names = new Map(doc.nodes.map((n) => [n.id, n.name]));
    expect(Object.keys(edges[0]).slice(0, 6)).toEqual(['id', 'type', 'source', 'source_name', 'target', 'target_name']);
    for (const e of edges) {
      expect(e.source_name).toBe(names.get(e.source));
      expect(e.target_name).toBe(names.get(e.target));
      expect(e.source_name).not.toBe('');
    }
  });

  it('writes one evidence row per record, naming its element', async () => {
    const evidence = rows((await unzip(await toCsvZip(doc)))['evidence.csv']);
    const expected = [
      ...doc.nodes.flatMap((n) => n.evidence.map((e) => ({ element: 'node', element_id: n.id, ...e }))),
      ...doc.edges.flatMap((e) => e.evidence.map((ev) => ({ element: 'edge', element_id: e.id, ...ev }))),
    ].map((r) => ({ ...r, start: String(r.start), end: String(r.end), year: String(r.year) }));
    expect(evidence).toEqual(expected);
    expect(evidence.some((r) => r.quote.includes('\r\n'))).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', async () => {
    const text = (await unzip(await toCsvZip(doc)))['edges.csv'].toString('utf8');
    expect(text).toContain('"3亿美元, ""约"" <&>"');
    expect(text).toContain('"牵头\n单位"');
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', async () => {
    const formulas = nastyDocument();
    Object.assign(formulas.nodes[0], { name: '=HYPERLINK("http://evil.example","点我")', note: '+86 531 1234', tag: '@SUM(A1)', delta: -5 });
    const [node] = rows((await unzip(await toCsvZip(formulas)))['nodes.csv']);
    expect(node.name).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(node.note).toBe(`'+86 531 1234`);
    expect(node.tag).toBe(`'@SUM(A1)`);
    expect(node.delta).toBe('-5');
  });

  it('omits evidence.csv when evidence is not wanted', async () => {
    const files = await unzip(await toCsvZip(nastyDocument(false)));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
  });
});
