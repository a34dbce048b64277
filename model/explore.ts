// Requests and answers of the explorer: search, node and fact details, expansion, paths, overview,
// subgraph, schema, articles, health and stats. Query-string schemas turn text into typed values.
import { z } from 'zod';
import { ErrorCodeSchema } from './errors.ts';
import { FigureSchema } from './figures.ts';
import { CanvasEdgeSchema, CanvasNodeSchema, EvidenceSchema, GraphPayloadSchema, PropertiesSchema } from './graph.ts';
import { boundedInt, boundedJsonInt, idParam, labelsParam, typesParam } from './params.ts';
import { GroupFiltersSchema } from './neighbor-groups.ts';
import { ENTITY_LABELS, RELATION_TYPE_NAMES, STATUSES } from './vocabulary.ts';

export const IdParamsSchema = z.object({ id: idParam });

// ---- search -------------------------------------------------------------------------------------------
/** What a search matched, best first: a name beats an alias beats pinyin and English; a description only fills up. */
export const MATCH_FIELDS = ['name', 'alias', 'pinyin', 'en', 'description'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export const MAX_SEARCH_LENGTH = 100;
export const SearchQuerySchema = z.object({
  q: z
    .string({ error: 'q is required: the text to search for' })
    .trim()
    .min(1, 'q must not be empty: type part of a name, an alias, pinyin or English')
    .max(MAX_SEARCH_LENGTH, `q is too long: at most ${MAX_SEARCH_LENGTH} characters`),
  labels: labelsParam,
  limit: boundedInt(1, 100, 20),
});
export type SearchQuery = z.output<typeof SearchQuerySchema>;

export const SearchResultSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    labels: z.array(z.string()),
    aliases: z.array(z.string()),
    en: z.string().nullable(),
    description: z.string().nullable(),
    status: z.enum(STATUSES).nullable(),
    score: z.number(),
    /** why it matched: the field, and the text in it that did (for a description, the words around it) */
    matched: z.object({ field: z.enum(MATCH_FIELDS), text: z.string() }),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResultSchema>;
export const SearchResultsSchema = z.object({ results: z.array(SearchResultSchema) });
export type SearchResults = z.infer<typeof SearchResultsSchema>;

// ---- node and fact details ----------------------------------------------------------------------------

/** A node as the details panel shows it: the canvas fields, its description and every public property. */
export const DetailNodeSchema = CanvasNodeSchema.extend({ description: z.string().nullable(), properties: PropertiesSchema }).meta({ id: 'DetailNode' });
export type DetailNode = z.infer<typeof DetailNodeSchema>;

export const EndpointSchema = z.object({ id: z.string(), name: z.string(), labels: z.array(z.string()) }).meta({ id: 'Endpoint' });
export type Endpoint = z.infer<typeof EndpointSchema>;

/**
 * One fact of an entity as its inspector lists it: the fact's canvas fields, which way it points, and the
 * other end as a whole canvas node (a click draws both, and the time and article filters need its years).
 */
export const NodeFactSchema = CanvasEdgeSchema.extend({ direction: z.enum(['out', 'in']), other: CanvasNodeSchema }).meta({ id: 'NodeFact' });
export type NodeFact = z.infer<typeof NodeFactSchema>;

/**
 * The facts one details answer lists (a page; the inspector asks for the next one on demand): 200, not the
 * 1,000 of before, whose reading and JSON were 2,000 of the 121k-fact hub's 3,224 db hits and 500 KB.
 * `factsTotal` and `degree` count them all.
 */
export const NODE_FACTS_CAP = 200;
/** The furthest page a details call reads: a hub's pages skip what earlier pages read (a db hit each). */
export const NODE_FACTS_OFFSET_MAX = 10_000;
export const NodeDetailsQuerySchema = z.object({
  offset: boundedInt(0, NODE_FACTS_OFFSET_MAX, 0).meta({
    description: `how many facts earlier pages listed: the previous answer's factsNext (a whole number from 0 to ${NODE_FACTS_OFFSET_MAX}; default 0, the first page)`,
  }),
});
export type NodeDetailsQuery = z.output<typeof NodeDetailsQuerySchema>;

export const NodeDetailsSchema = z
  .object({
    node: DetailNodeSchema,
    /** a page of its facts from `offset`, most evidence first (at most NODE_FACTS_CAP) */
    facts: z.array(NodeFactSchema),
    factsTotal: z.number(),
    /** the offset of the next page, or null when this page is the last one served */
    factsNext: z.number().nullable(),
    aliases: z.array(z.string()),
    figures: z.array(FigureSchema),
    evidence: z.array(EvidenceSchema),
    mentions: z.array(z.object({ article: z.string(), headline: z.string(), year: z.number().nullable(), count: z.number() })),
    /** relationship type → facts out of and into the node */
    degree: z.record(z.string(), z.object({ out: z.number(), in: z.number() })),
  })
  .meta({ id: 'NodeDetails' });
export type NodeDetails = z.infer<typeof NodeDetailsSchema>;

export const DetailEdgeSchema = CanvasEdgeSchema.extend({ properties: PropertiesSchema }).meta({ id: 'DetailEdge' });
export type DetailEdge = z.infer<typeof DetailEdgeSchema>;

export const EdgeDetailsSchema = z
  .object({ edge: DetailEdgeSchema, source: EndpointSchema, target: EndpointSchema, evidence: z.array(EvidenceSchema) })
  .meta({ id: 'EdgeDetails' });
export type EdgeDetails = z.infer<typeof EdgeDetailsSchema>;

// ---- expansion ----------------------------------------------------------------------------------------
export const NeighborsQuerySchema = z.object({
  depth: boundedInt(1, 3, 1),
  types: typesParam,
  labels: labelsParam,
  limit: boundedInt(1, 1000, 100),
});
export type NeighborsQuery = z.output<typeof NeighborsQuerySchema>;

export const CANVAS_ID_CAP = 5000;
const canvasIds = z
  .array(idParam, { error: 'must be a list of entity ids' })
  .max(CANVAS_ID_CAP, `may name at most ${CANVAS_ID_CAP} entities`);

/** The client's expansion: the same options as JSON, plus the ids on its canvas (one round trip). */
export const ExpandRequestSchema = z.strictObject({
  depth: boundedJsonInt(1, 3, 1),
  types: z.array(z.enum(RELATION_TYPE_NAMES, { error: `expected one of ${RELATION_TYPE_NAMES.join(', ')}` })).default([]),
  labels: z.array(z.enum(ENTITY_LABELS, { error: `expected one of ${ENTITY_LABELS.join(', ')}` })).default([]),
  limit: boundedJsonInt(1, 1000, 100),
  /** which way the facts point from the entity expanded (and from each hop's nodes) */
  direction: z.enum(['both', 'out', 'in'], { error: 'direction must be both, out or in' }).default('both'),
  /** entities already on the canvas: they are not counted against the limit (expanding again pages on), and
   * the answer adds every fact between them and the new nodes */
  canvas: canvasIds.default([]),
  /** the view's filters: a hub group's page holds only neighbours the view shows (as the group counts them) */
  filters: GroupFiltersSchema.optional(),
});
export type ExpandRequest = z.output<typeof ExpandRequestSchema>;

export const NeighborsResultSchema = GraphPayloadSchema.extend({
  center: z.string(),
  /** neighbours that exist beyond the cap: total and per relationship type / label */
  omitted: z.object({ total: z.number(), byType: z.record(z.string(), z.number()), byLabel: z.record(z.string(), z.number()) }),
}).meta({ id: 'NeighborsResult', description: 'edges may end at a canvas id sent with the request' });
export type NeighborsResult = z.infer<typeof NeighborsResultSchema>;

// ---- paths, subgraph, overview ---------------------------------------------------------------------------
export const MAX_PATHS = 25;
export const PathsQuerySchema = z.object({
  from: idParam,
  to: idParam,
  maxHops: boundedInt(1, 8, 4),
  all: z.enum(['true', 'false', '1', '0'], { error: 'all must be true or false' }).optional().transform((v) => v === 'true' || v === '1'),
  /** the k shortest paths (not only those of the shortest length); ignored when `all` */
  k: boundedInt(1, 10, 1),
  /** relationship types a path may not use (comma-separated) */
  excludeTypes: typesParam,
  /** entities a path may not pass through (comma-separated ids; the ends are never excluded) */
  avoid: z
    .string()
    .optional()
    .transform((s) => (s ? [...new Set(s.split(',').filter(Boolean))] : []))
    .refine((ids) => ids.length <= 200, 'avoid may name at most 200 entities'),
  /** hubs a path may not pass through: entities with more neighbours than this (0 = no limit) */
  maxDegree: boundedInt(0, 100000, 0),
});
export type PathsQuery = z.output<typeof PathsQuerySchema>;

export const PathsResultSchema = GraphPayloadSchema.extend({
  /** each path as the ids of its nodes, from → to */
  paths: z.array(z.array(z.string())),
  /** each path's relationships in order (ids of `edges`), one fewer than its nodes */
  steps: z.array(z.array(z.string())),
  hops: z.number().nullable(),
}).meta({ id: 'PathsResult' });
export type PathsResult = z.infer<typeof PathsResultSchema>;

export const SUBGRAPH_ID_CAP = CANVAS_ID_CAP;
export const SubgraphRequestSchema = z.object({
  ids: z
    .array(idParam, { error: 'ids must be a list of entity ids' })
    .min(1, 'ids must name at least one entity')
    .max(SUBGRAPH_ID_CAP, `ids may name at most ${SUBGRAPH_ID_CAP} entities`),
});
export type SubgraphRequest = z.output<typeof SubgraphRequestSchema>;
export const SubgraphResultSchema = GraphPayloadSchema.extend({ missing: z.array(z.string()) }).meta({ id: 'SubgraphResult' });
export type SubgraphResult = z.infer<typeof SubgraphResultSchema>;

export const OVERVIEW_NODE_CAP = 5000;
/** The overview without a limit: at scale a sample of the most mentioned (2,000 draw in seconds; 5,000 took a minute to lay out) */
export const OVERVIEW_DEFAULT = 2000;
/**
 * The overview without a limit on a graph of more than OVERVIEW_SCALE entities: a smaller sample. Its
 * cost is the facts read from each sampled entity, the hubs (at 1M, 2,000 of them were 44k db hits;
 * at 100k, 49k db hits and p95 80 ms), and the canvas lays 500 out in seconds; the answer says how
 * many of how many it shows. 10k: a graph that size already has hubs whose facts dominate the call.
 */
export const OVERVIEW_SCALE = 10_000;
export const OVERVIEW_AT_SCALE = 500;
export const OverviewQuerySchema = z.object({
  labels: labelsParam,
  types: typesParam,
  articles: z
    .string()
    .optional()
    .transform((s) => (s ?? '').split(',').map((x) => x.trim().replace(/\.txt$/, '')).filter(Boolean)),
  reportedBy: boundedInt(1900, 2100, 9999),
  status: z.enum(STATUSES, { error: 'status must be curated or proposed' }).optional(),
  /** 0 when not given: the server picks OVERVIEW_DEFAULT or, on a graph past OVERVIEW_SCALE, OVERVIEW_AT_SCALE */
  limit: boundedInt(1, OVERVIEW_NODE_CAP, 0),
});
export type OverviewQuery = z.output<typeof OverviewQuerySchema>;
export const OverviewResultSchema = GraphPayloadSchema.extend({
  /** the entities a truncated view was chosen from (most mentioned first); null when filters other than labels leave it unknown */
  total: z.number().nullable(),
}).meta({ id: 'OverviewResult' });
export type OverviewResult = z.infer<typeof OverviewResultSchema>;

// ---- schema, articles, health, stats ---------------------------------------------------------------------
export const GraphSchemaSchema = z
  .object({
    labels: z.array(z.object({ label: z.string(), count: z.number(), properties: z.array(z.string()) })),
    relationshipTypes: z.array(
      z.object({
        type: z.string(),
        count: z.number(),
        meaning: z.string().nullable(),
        endpoints: z.array(z.object({ from: z.string(), to: z.string(), count: z.number() })),
        properties: z.array(z.string()),
      }),
    ),
    propertyKeys: z.array(z.string()),
  })
  .meta({ id: 'GraphSchema' });
export type GraphSchema = z.infer<typeof GraphSchemaSchema>;

export const ArticleParamsSchema = z.object({ id: idParam.transform((s) => s.replace(/\.txt$/, '')) });

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    file: z.string(),
    headline: z.string(),
    /** proposed articles (ingest) carry only a headline and maybe a year */
    byline: z.string().nullable(),
    reporters: z.array(z.string()).nullable(),
    year: z.number().nullable(),
    newspaper: z.string().nullable(),
    length: z.number(),
    /** entities mentioned in it */
    entities: z.number(),
  })
  .meta({ id: 'ArticleSummary' });
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export const ArticleListSchema = z.object({ articles: z.array(ArticleSummarySchema) });

export const ArticleMentionSchema = z.object({ entityId: z.string(), name: z.string(), labels: z.array(z.string()), start: z.number(), end: z.number() });
export const ArticleDetailSchema = ArticleSummarySchema.extend({ text: z.string(), mentions: z.array(ArticleMentionSchema) }).meta({ id: 'ArticleDetail' });
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>;

export const HealthSchema = z.object({ status: z.literal('ok'), neo4j: z.object({ version: z.string(), edition: z.string() }) }).meta({ id: 'Health' });
export type Health = z.infer<typeof HealthSchema>;
export const UnhealthySchema = z.object({ status: z.literal('unavailable'), code: ErrorCodeSchema, error: z.string() }).meta({ id: 'Unhealthy' });

export const StatsSchema = z
  .object({ nodes: z.number(), relationships: z.number(), labels: z.record(z.string(), z.number()), relationshipTypes: z.record(z.string(), z.number()) })
  .meta({ id: 'Stats' });
export type Stats = z.infer<typeof StatsSchema>;

/**
 * Every 4xx/5xx answer: a stable code (model/errors.ts) the client words in its language, an English
 * sentence a person can act on, and what the wording needs (a field, an id, a limit) in `details`.
 */
export const ErrorBodySchema = z.object({ code: ErrorCodeSchema, error: z.string(), details: z.unknown().optional() }).meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
