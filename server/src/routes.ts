// The route table: every API route, as method + path + operation. The router (routes/router.ts) and
// the OpenAPI document (openapi.ts) are both generated from it, so a new operation is its own file,
// one line here and its call in client/src/api.ts.
import { getArticle, listArticles } from './operations/articles.ts';
import { cypher } from './operations/cypher.ts';
import { createDraft, getDraft, listDrafts } from './operations/drafts.ts';
import { review } from './operations/review.ts';
import { edgeDetails } from './operations/edge-details.ts';
import { health } from './operations/health.ts';
import { expand, neighbors } from './operations/neighbors.ts';
import { neighborGroups, neighborGroupsBatch } from './operations/neighbor-groups.ts';
import { nodeDetails } from './operations/node-details.ts';
import { entityFigures } from './operations/entity-figures.ts';
import { figureConflicts } from './operations/figure-conflicts.ts';
import { figureDashboard } from './operations/figure-dashboard.ts';
import type { AnyOperation } from './operations/operation.ts';
import { overview } from './operations/overview.ts';
import { paths } from './operations/paths.ts';
import { createScene, deleteScene, getScene, listScenes, updateScene } from './operations/scenes.ts';
import { schema } from './operations/schema.ts';
import { search } from './operations/search.ts';
import { stats } from './operations/stats.ts';
import { subgraph } from './operations/subgraph.ts';
import { exportOp } from './export/request.ts';

export interface Route {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** under /api, in Express syntax (`/nodes/:id`) */
  path: string;
  operation: AnyOperation;
  /**
   * which per-client budget the route spends (routes/rate-limit.ts): `cypher` for the console,
   * `export` for exports (an export whose source is a query spends the console's budget too)
   */
  rateLimited?: 'cypher' | 'export';
}

export const ROUTES: Route[] = [
  { method: 'get', path: '/health', operation: health },
  { method: 'get', path: '/stats', operation: stats },
  { method: 'get', path: '/search', operation: search },
  { method: 'get', path: '/nodes/:id', operation: nodeDetails },
  { method: 'get', path: '/nodes/:id/neighbors', operation: neighbors },
  { method: 'post', path: '/nodes/:id/neighbors', operation: expand },
  { method: 'post', path: '/nodes/:id/groups', operation: neighborGroups },
  { method: 'post', path: '/groups', operation: neighborGroupsBatch },
  { method: 'get', path: '/nodes/:id/figures', operation: entityFigures },
  { method: 'get', path: '/figures/conflicts', operation: figureConflicts },
  { method: 'get', path: '/figures/dashboard', operation: figureDashboard },
  { method: 'get', path: '/edges/:id', operation: edgeDetails },
  { method: 'get', path: '/paths', operation: paths },
  { method: 'get', path: '/graph', operation: overview },
  { method: 'post', path: '/subgraph', operation: subgraph },
  { method: 'get', path: '/schema', operation: schema },
  { method: 'get', path: '/articles', operation: listArticles },
  { method: 'get', path: '/articles/:id', operation: getArticle },
  { method: 'post', path: '/cypher', operation: cypher, rateLimited: 'cypher' },
  { method: 'post', path: '/export', operation: exportOp, rateLimited: 'export' },
  { method: 'get', path: '/drafts', operation: listDrafts },
  { method: 'post', path: '/drafts', operation: createDraft },
  { method: 'get', path: '/drafts/:id', operation: getDraft },
  { method: 'post', path: '/drafts/:id/review', operation: review },
  { method: 'get', path: '/scenes', operation: listScenes },
  { method: 'post', path: '/scenes', operation: createScene },
  { method: 'get', path: '/scenes/:id', operation: getScene },
  { method: 'patch', path: '/scenes/:id', operation: updateScene },
  { method: 'delete', path: '/scenes/:id', operation: deleteScene },
];
