// An export (body of POST /api/export, or the CLI's arguments) turned into a file: fetch the subgraph,
// then serialise it in the asked format. The request's shape is the contract's ExportRequestSchema.
import { z } from 'zod';
import { ExportRequestSchema, type ExportRequest, type ExportSource } from '../../../model/index.ts';
import { EXPORT_TIMEOUT_MS, exportSubgraph } from '../operations/export-subgraph.ts';
import { defineOperation } from '../operations/operation.ts';
import type { Db } from '../store/db.ts';
import { exportDocument, type ExportDocument } from './document.ts';
import { EXPORT_FORMATS, exportFileName, serializeExport } from './index.ts';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  doc: ExportDocument;
}

export function sourceOf(request: ExportRequest): ExportSource {
  if (request.selection) return { selection: request.selection };
  if (request.cypher) return { cypher: { query: request.cypher.query, params: request.cypher.params ?? {} } };
  return { neighborhood: request.neighborhood! };
}

export async function performExport(db: Db, request: ExportRequest, now = new Date()): Promise<ExportFile> {
  const source = sourceOf(request);
  const subgraph = await exportSubgraph(db, source, { includeEvidence: request.includeEvidence });
  const doc = exportDocument(subgraph, source, request.includeEvidence, now);
  return {
    fileName: exportFileName(request.format, doc.meta.exportedAt),
    contentType: EXPORT_FORMATS[request.format].contentType,
    body: await serializeExport(request.format, doc),
    doc,
  };
}

export const exportOp = defineOperation({
  summary: 'A subgraph (selection, neighbourhood or read-only Cypher query) as a file, with its evidence',
  body: ExportRequestSchema,
  // the file itself: JSON, XML, a zip of CSVs or a Cypher script, named by Content-Disposition
  output: z.string().meta({ format: 'binary', description: 'the export file' }),
  timeoutMs: EXPORT_TIMEOUT_MS,
  produces: [...new Set(Object.values(EXPORT_FORMATS).map((f) => f.contentType))],
  errors: { 403: 'a Cypher source that is not a plain read', 408: 'the source query ran past its timeout', 429: 'too many exports (or, for a Cypher source, Cypher queries) from this client' },
  respond: (res, file: ExportFile) => void res.attachment(file.fileName).type(file.contentType).send(file.body),
  run: ({ db }, request) => performExport(db, request),
});
