// The export formats: name → content type, file extension and serialiser (each a pure function of
// an ExportDocument, one module per format).
import { toCsvZip } from './csv.ts';
import { toCyjs } from './cyjs.ts';
import { toCypherScript } from './cypher-script.ts';
import type { ExportFormatName } from '../../../model/index.ts';
import type { ExportDocument } from './document.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toJson } from './json.ts';

export { exportDocument, type ExportDocument, type ExportMeta } from './document.ts';

export interface ExportFormat {
  contentType: string;
  extension: string;
  serialize(doc: ExportDocument): string | Promise<Buffer>;
}

export const EXPORT_FORMATS = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', serialize: toJson },
  cyjs: { contentType: 'application/json; charset=utf-8', extension: 'cyjs', serialize: toCyjs },
  csv: { contentType: 'application/zip', extension: 'csv.zip', serialize: toCsvZip },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', serialize: toGraphml },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', serialize: toGexf },
  cypher: { contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher', serialize: toCypherScript },
} as const satisfies Record<ExportFormatName, ExportFormat>;

/** `shizhong-subgraph-2026-11-21.graphml` (the date of the export, UTC). */
export function exportFileName(format: ExportFormatName, exportedAt: string): string {
  return `shizhong-subgraph-${exportedAt.slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}

export async function serializeExport(format: ExportFormatName, doc: ExportDocument): Promise<Buffer> {
  const out = await EXPORT_FORMATS[format].serialize(doc);
  return typeof out === 'string' ? Buffer.from(out, 'utf8') : out;
}
