// The one typed port to the graph store. Routes call this; only operations hold Cypher.
import type { ArticleDetail, ArticleSummary } from '../operations/articles.ts';
import type { ExportOptions, ExportSource, ExportSubgraph } from '../operations/export-subgraph.ts';
import type { EdgeDetails } from '../operations/edge-details.ts';
import type { NeighborsQuery, NeighborsResult } from '../operations/neighbors.ts';
import type { NodeDetails } from '../operations/node-details.ts';
import type { OverviewQuery } from '../operations/overview.ts';
import type { PathsQuery, PathsResult } from '../operations/paths.ts';
import type { GraphSchema } from '../operations/schema.ts';
import type { SearchQuery, SearchResult } from '../operations/search.ts';
import type { SubgraphRequest } from '../operations/subgraph.ts';
import type { CypherLimits, CypherRequest, CypherResult, GraphPayload, Health, Stats } from '../types.ts';

export interface GraphStore {
  health(): Promise<Health>;
  stats(): Promise<Stats>;
  overview(query?: OverviewQuery): Promise<GraphPayload>;
  search(query: SearchQuery): Promise<{ results: SearchResult[] }>;
  node(id: string): Promise<NodeDetails>;
  edge(id: string): Promise<EdgeDetails>;
  neighbors(id: string, query: NeighborsQuery): Promise<NeighborsResult>;
  paths(query: PathsQuery): Promise<PathsResult>;
  subgraph(request: SubgraphRequest): Promise<GraphPayload & { missing: string[] }>;
  schema(): Promise<GraphSchema>;
  articles(): Promise<{ articles: ArticleSummary[] }>;
  article(id: string): Promise<ArticleDetail>;
  exportSubgraph(source: ExportSource, options: ExportOptions): Promise<ExportSubgraph>;
  /** a read-only console query; limits default to the config defaults */
  cypher(input: CypherRequest, limits?: CypherLimits): Promise<CypherResult>;
  close(): Promise<void>;
}
