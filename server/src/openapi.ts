// The OpenAPI document, generated from the same zod schemas that validate the requests.
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject } from 'zod-openapi';
import { ArticleParamsSchema } from './operations/articles.ts';
import { CypherRequestSchema } from './operations/cypher.ts';
import { EdgeParamsSchema } from './operations/edge-details.ts';
import { NeighborsParamsSchema, NeighborsQuerySchema } from './operations/neighbors.ts';
import { NodeParamsSchema } from './operations/node-details.ts';
import { OverviewQuerySchema } from './operations/overview.ts';
import { PathsQuerySchema } from './operations/paths.ts';
import { SearchQuerySchema, SearchResultSchema } from './operations/search.ts';
import { SubgraphRequestSchema } from './operations/subgraph.ts';

const ErrorSchema = z.object({ error: z.string(), details: z.unknown().optional() }).meta({ id: 'Error' });
const NodeSchema = z.looseObject({ id: z.string(), labels: z.array(z.string()), name: z.string() }).meta({ id: 'GraphNode' });
const EdgeSchema = z.looseObject({ id: z.string(), type: z.string(), source: z.string(), target: z.string() }).meta({ id: 'GraphEdge' });
const GraphSchema = z.object({ nodes: z.array(NodeSchema), edges: z.array(EdgeSchema), truncated: z.boolean() }).meta({ id: 'Graph' });
const EndpointSchema = z.object({ id: z.string(), name: z.string(), labels: z.array(z.string()) }).meta({ id: 'Endpoint' });
const EvidenceSchema = z.object({ article: z.string(), start: z.number(), end: z.number(), quote: z.string(), year: z.number().nullable() }).meta({ id: 'Evidence' });

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json(ErrorSchema, 'invalid input; `error` names the parameter'),
  503: json(ErrorSchema, 'the graph database is unavailable'),
};
const get = (summary: string, op: Omit<ZodOpenApiOperationObject, 'responses'> & { ok: z.ZodType; notFound?: boolean }): { get: ZodOpenApiOperationObject } => {
  const { ok, notFound, ...rest } = op;
  return { get: { summary, ...rest, responses: { 200: json(ok, 'OK'), ...errors, ...(notFound ? { 404: json(ErrorSchema, 'unknown id') } : {}) } } };
};

let cached: object | undefined;

export function openApiDocument(extraPaths: Record<string, object> = {}): object {
  cached ??= createDocument({
    openapi: '3.1.0',
    info: { title: 'Shizhong knowledge-graph explorer API', version: '0.1.0', description: 'Entities and facts from five Chinese news articles about 济南市市中区, each tied to its source sentence.' },
    paths: {
      '/api/health': get('Database health', { ok: z.object({ status: z.literal('ok'), neo4j: z.object({ version: z.string(), edition: z.string() }) }) }),
      '/api/stats': get('Counts by label and type', { ok: z.object({ nodes: z.number(), relationships: z.number(), labels: z.record(z.string(), z.number()), relationshipTypes: z.record(z.string(), z.number()) }) }),
      '/api/search': get('Search entities (Chinese, alias, pinyin, English)', { requestParams: { query: SearchQuerySchema }, ok: z.object({ results: z.array(SearchResultSchema) }) }),
      '/api/nodes/{id}': get('Entity details with evidence', {
        requestParams: { path: NodeParamsSchema },
        notFound: true,
        ok: z.object({ node: NodeSchema, aliases: z.array(z.string()), figures: z.array(z.looseObject({ kind: z.string(), text: z.string(), evidence: EvidenceSchema })), evidence: z.array(EvidenceSchema), mentions: z.array(z.object({ article: z.string(), headline: z.string(), year: z.number(), count: z.number() })), degree: z.record(z.string(), z.object({ out: z.number(), in: z.number() })) }),
      }),
      '/api/nodes/{id}/neighbors': get('Neighbourhood subgraph', {
        requestParams: { path: NeighborsParamsSchema, query: NeighborsQuerySchema },
        notFound: true,
        ok: GraphSchema.extend({ center: z.string(), omitted: z.object({ total: z.number(), byType: z.record(z.string(), z.number()), byLabel: z.record(z.string(), z.number()) }) }),
      }),
      '/api/edges/{id}': get('Relationship details with evidence (canvas payloads carry only evidence_count)', {
        requestParams: { path: EdgeParamsSchema },
        notFound: true,
        ok: z.object({ edge: EdgeSchema, source: EndpointSchema, target: EndpointSchema, evidence: z.array(EvidenceSchema) }),
      }),
      '/api/paths': get('Shortest path(s) between two entities', { requestParams: { query: PathsQuerySchema }, notFound: true, ok: GraphSchema.extend({ paths: z.array(z.array(z.string())), hops: z.number().nullable() }) }),
      '/api/subgraph': {
        post: {
          summary: 'These entities and every relationship among them',
          requestBody: { content: { 'application/json': { schema: SubgraphRequestSchema } } },
          responses: { 200: json(GraphSchema.extend({ missing: z.array(z.string()) }), 'OK'), ...errors },
        },
      },
      '/api/graph': get('Filtered overview', { requestParams: { query: OverviewQuerySchema }, ok: GraphSchema }),
      '/api/schema': get('Labels, relationship types, property keys', { ok: z.looseObject({ labels: z.array(z.unknown()), relationshipTypes: z.array(z.unknown()), propertyKeys: z.array(z.string()) }) }),
      '/api/articles': get('Source articles', { ok: z.object({ articles: z.array(z.looseObject({ id: z.string(), headline: z.string(), year: z.number() })) }) }),
      '/api/articles/{id}': get('One article with text and mention spans', {
        requestParams: { path: ArticleParamsSchema },
        notFound: true,
        ok: z.looseObject({ id: z.string(), text: z.string(), mentions: z.array(z.object({ entityId: z.string(), name: z.string(), labels: z.array(z.string()), start: z.number(), end: z.number() })) }),
      }),
      '/api/cypher': {
        post: {
          summary: 'Read-only Cypher console (bounded: timeout, row and graph caps, rate limit)',
          requestBody: { content: { 'application/json': { schema: CypherRequestSchema } } },
          responses: {
            200: json(z.object({ columns: z.array(z.string()), rows: z.array(z.record(z.string(), z.unknown())), graph: GraphSchema, summary: z.object({ queryType: z.string(), resultAvailableAfterMs: z.number(), truncated: z.boolean() }) }), 'OK'),
            ...errors,
            400: json(ErrorSchema, 'invalid request, Cypher syntax error (`details` has line and column) or query error'),
            403: json(ErrorSchema, 'not a plain read: writes, administration, LOAD CSV, procedures off the allowlist …'),
            408: json(ErrorSchema, 'cancelled by the database at the timeout'),
            429: json(ErrorSchema, 'too many queries from this client'),
          },
        },
      },
      ...extraPaths,
    },
  });
  return cached;
}
