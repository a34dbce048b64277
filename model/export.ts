// Exports: the request (format, exactly one source, evidence or not) and the subgraph every format
// serialises — full public properties and evidence records, where the canvas shapes carry counts.
import { z } from 'zod';
import { CypherRequestSchema } from './cypher.ts';
import { EvidenceSchema } from './graph.ts';
import { idParam } from './params.ts';

export const EXPORT_FORMAT_NAMES = ['json', 'cyjs', 'csv', 'graphml', 'gexf', 'cypher'] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

/** Most nodes + edges one export may hold (the whole seeded graph is well under this). */
export const EXPORT_ELEMENT_CAP = 5000;

export const ExportSelectionSchema = z
  .object({
    nodeIds: z.array(idParam).default([]),
    /** when given, exactly these edges (their endpoints join the nodes); when absent, every edge among the nodes */
    edgeIds: z.array(idParam).optional(),
  })
  .superRefine((s, ctx) => {
    const n = s.nodeIds.length + (s.edgeIds?.length ?? 0);
    if (n === 0) ctx.addIssue({ code: 'custom', message: 'the selection is empty: give at least one node or edge id' });
    if (n > EXPORT_ELEMENT_CAP) ctx.addIssue({ code: 'custom', message: `the selection has ${n} elements, over the export cap of ${EXPORT_ELEMENT_CAP}` });
  });
export type ExportSelection = z.output<typeof ExportSelectionSchema>;

const depthMessage = 'expected a whole number from 1 to 3';
export const ExportNeighborhoodSchema = z.object({
  id: idParam,
  depth: z.number().int(depthMessage).min(1, depthMessage).max(3, depthMessage).default(1),
});
export type ExportNeighborhood = z.output<typeof ExportNeighborhoodSchema>;

const SOURCES = ['selection', 'neighborhood', 'cypher'] as const;

export const ExportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMAT_NAMES, {
      error: (iss) => `unknown format ${JSON.stringify(iss.input)}; expected one of ${EXPORT_FORMAT_NAMES.join(', ')}`,
    }),
    includeEvidence: z.boolean().default(true),
    selection: ExportSelectionSchema.optional(),
    neighborhood: ExportNeighborhoodSchema.optional(),
    /** same guard, timeout and caps as the Cypher console */
    cypher: CypherRequestSchema.optional(),
  })
  .superRefine((r, ctx) => {
    const given = SOURCES.filter((s) => r[s] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({ code: 'custom', message: `give exactly one of ${SOURCES.join(', ')} (got ${given.length ? given.join(' and ') : 'none'})` });
  });
export type ExportRequest = z.output<typeof ExportRequestSchema>;
export type ExportSource = { selection: ExportSelection } | { neighborhood: ExportNeighborhood } | { cypher: z.output<typeof CypherRequestSchema> };

/** An exported node: id, labels, name, every public property by name (keys sorted), evidence records. */
export const ExportNodeSchema = z
  .object({ id: z.string(), labels: z.array(z.string()), name: z.string(), evidence: z.array(EvidenceSchema) })
  .catchall(z.unknown())
  .meta({ id: 'ExportNode' });
export type ExportNode = z.infer<typeof ExportNodeSchema>;
export const ExportEdgeSchema = z
  .object({ id: z.string(), type: z.string(), source: z.string(), target: z.string(), evidence: z.array(EvidenceSchema) })
  .catchall(z.unknown())
  .meta({ id: 'ExportEdge' });
export type ExportEdge = z.infer<typeof ExportEdgeSchema>;
export interface ExportSubgraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export interface ExportMeta {
  /** ISO timestamp */
  exportedAt: string;
  /** what was asked for: `{selection}`, `{neighborhood}` or `{cypher: {query, params}}` */
  source: Record<string, unknown>;
  includeEvidence: boolean;
  counts: { nodes: number; edges: number; evidence: number };
}

/** What every format serialises, and the JSON export itself: the subgraph and where it came from. */
export interface ExportDocument extends ExportSubgraph {
  meta: ExportMeta;
}
