// Test helpers for the export formats: the nasty fixture subgraph, an XML parser that reads back what
// the serialisers wrote, and schema validation with libxml2 (xmllint-wasm) against tests/fixtures/export.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import type { ExportSubgraph } from '../../model/index.ts';
import { exportDocument, type ExportDocument } from '../../server/src/export/document.ts';

const FIXTURES = new URL('../fixtures/export/', import.meta.url);

/** A subgraph whose properties hold Chinese, quotes, commas, newlines, CRLF, tabs, `<&>`, backslashes and emoji. */
export function nastySubgraph(): ExportSubgraph {
  return JSON.parse(readFileSync(new URL('nasty-subgraph.json', FIXTURES), 'utf8'));
}

export const FIXED_NOW = new Date('2026-11-21T08:30:00.000Z');

export function nastyDocument(includeEvidence = true): ExportDocument {
  const sub = nastySubgraph();
  if (!includeEvidence) for (const e of [...sub.nodes, ...sub.edges]) e.evidence = [];
  return exportDocument(sub, { selection: { nodeIds: sub.nodes.map((n) => n.id) } }, includeEvidence, FIXED_NOW);
}

/** Parse XML keeping every value as text (no trimming, no number guessing) and decoding character references. */
export function parseXml(xml: string, arrays: string[]): any {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => arrays.includes(name),
  }).parse(xml);
}

export async function schemaErrors(xml: string, xsd: 'graphml.xsd' | 'gexf-1.3.xsd'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [{ fileName: xsd, contents: readFileSync(new URL(xsd, FIXTURES), 'utf8') }],
  });
  return result.errors.map((e) => e.rawMessage);
}

/** What a typed XML value decodes to, given the fixture value it came from (lists and maps are JSON text). */
export function decodeTyped(text: string, type: string, original: unknown): unknown {
  if (type === 'boolean') return text === 'true';
  if (type === 'long' || type === 'double' || type === 'int' || type === 'float') return Number(text);
  return typeof original === 'string' ? text : JSON.parse(text);
}
