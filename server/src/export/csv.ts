// csv: nodes.csv, edges.csv and evidence.csv in a zip. UTF-8 with a BOM (Excel otherwise guesses a
// legacy code page and garbles Chinese), CRLF records, fields quoted when they hold a comma, quote or line break.
// Lists and maps are JSON in their cell; labels are joined with ';'. edges.csv names each endpoint next to
// its id (source_name, target_name), so the file reads without a lookup in nodes.csv. A text cell that a spreadsheet would
// run as a formula (it starts with = + - @, a tab or a CR) gets a leading apostrophe, as OWASP advises for
// CSV injection: these files are made for Excel (hence the BOM), and a name from an ingested article is
// untrusted text. Numbers are never touched.
import { stringify } from 'csv-stringify/sync';
import JSZip from 'jszip';
import { columnsOf, EDGE_STRUCTURE, NODE_STRUCTURE, propertiesOf, textOf, type ExportDocument } from './document.ts';

const EVIDENCE_COLUMNS = ['element', 'element_id', 'article', 'start', 'end', 'quote', 'year'];

/** The apostrophe a spreadsheet needs to take a cell as text; strip one from a text cell starting `'=`, `'+`… to get the value back. */
export const defuseFormula = (value: unknown): string => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : textOf(value));

function table(header: string[], rows: unknown[][]): string {
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or CR; Excel
  // ends the row at either, so any field with a line break is quoted too.
  return stringify([header, ...rows.map((r) => r.map(defuseFormula))], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

export function csvTables(doc: ExportDocument): Record<'nodes.csv' | 'edges.csv' | 'evidence.csv', string> {
  const nodeProps = doc.nodes.map((n) => propertiesOf(n, NODE_STRUCTURE));
  const nodeCols = columnsOf(nodeProps, ['name']).map((c) => c.name);
  const edgeProps = doc.edges.map((e) => propertiesOf(e, EDGE_STRUCTURE));
  const edgeCols = columnsOf(edgeProps).map((c) => c.name);
  // an endpoint's name as nodes.csv has it; empty when the endpoint is not in the file
  const nameOf = new Map(doc.nodes.map((n) => [n.id, n.name]));
  const evidence = [
    ...doc.nodes.flatMap((n) => n.evidence.map((ev) => ['node', n.id, ev.article, ev.start, ev.end, ev.quote, ev.year])),
    ...doc.edges.flatMap((e) => e.evidence.map((ev) => ['edge', e.id, ev.article, ev.start, ev.end, ev.quote, ev.year])),
  ];
  return {
    'nodes.csv': table(['id', 'labels', ...nodeCols], doc.nodes.map((n, i) => [n.id, n.labels.join(';'), ...nodeCols.map((c) => nodeProps[i][c])])),
    'edges.csv': table(
      ['id', 'type', 'source', 'source_name', 'target', 'target_name', ...edgeCols],
      doc.edges.map((e, i) => [e.id, e.type, e.source, nameOf.get(e.source) ?? '', e.target, nameOf.get(e.target) ?? '', ...edgeCols.map((c) => edgeProps[i][c])]),
    ),
    'evidence.csv': table(EVIDENCE_COLUMNS, evidence),
  };
}

export async function toCsvZip(doc: ExportDocument): Promise<Buffer> {
  const zip = new JSZip();
  const tables = csvTables(doc);
  for (const [name, text] of Object.entries(tables)) if (name !== 'evidence.csv' || doc.meta.includeEvidence) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
