// An export request (body of POST /api/export, or the CLI's arguments): format, exactly one source,
// includeEvidence. performExport turns it into the file: fetch through the store, then serialise.
import { z } from 'zod';
import { CypherRequestSchema } from '../operations/cypher.ts';
import { ExportNeighborhoodSchema, ExportSelectionSchema, type ExportSource } from '../operations/export-subgraph.ts';
import type { GraphStore } from '../store/port.ts';
import { exportDocument, type ExportDocument } from './document.ts';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, exportFileName, serializeExport, type ExportFormatName } from './index.ts';

const SOURCES = ['selection', 'neighborhood', 'cypher'] as const;

export const ExportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMAT_NAMES as [ExportFormatName, ...ExportFormatName[]], {
      error: (iss) => `unknown format ${JSON.stringify(iss.input)}; expected one of ${EXPORT_FORMAT_NAMES.join(', ')}`,
    }),
    includeEvidence: z.boolean().default(true),
    selection: ExportSelectionSchema.optional(),
    neighborhood: ExportNeighborhoodSchema.optional(),
    /** same guard, timeout and caps as the Cypher console (operations/cypher.ts) */
    cypher: CypherRequestSchema.optional(),
  })
  .superRefine((r, ctx) => {
    const given = SOURCES.filter((s) => r[s] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({ code: 'custom', message: `give exactly one of ${SOURCES.join(', ')} (got ${given.length ? given.join(' and ') : 'none'})` });
  });
export type ExportRequest = z.output<typeof ExportRequestSchema>;

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

export async function performExport(store: GraphStore, request: ExportRequest, now = new Date()): Promise<ExportFile> {
  const source = sourceOf(request);
  const subgraph = await store.exportSubgraph(source, { includeEvidence: request.includeEvidence });
  const doc = exportDocument(subgraph, source, request.includeEvidence, now);
  return {
    fileName: exportFileName(request.format, doc.meta.exportedAt),
    contentType: EXPORT_FORMATS[request.format].contentType,
    body: await serializeExport(request.format, doc),
    doc,
  };
}
