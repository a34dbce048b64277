// The explorer API: search, node details, neighbours, paths, overview, schema, articles.
import { Router } from 'express';
import { ArticleParamsSchema } from '../operations/articles.ts';
import { EdgeParamsSchema } from '../operations/edge-details.ts';
import { NeighborsParamsSchema, NeighborsQuerySchema } from '../operations/neighbors.ts';
import { NodeParamsSchema } from '../operations/node-details.ts';
import { OverviewQuerySchema } from '../operations/overview.ts';
import { PathsQuerySchema } from '../operations/paths.ts';
import { SearchQuerySchema } from '../operations/search.ts';
import { SubgraphRequestSchema } from '../operations/subgraph.ts';
import type { GraphStore } from '../store/port.ts';
import { validate } from './validate.ts';

export function exploreRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    res.json(await store.search(validate(SearchQuerySchema, req.query, 'query')));
  });
  router.get('/nodes/:id', async (req, res) => {
    res.json(await store.node(validate(NodeParamsSchema, req.params, 'path').id));
  });
  router.get('/nodes/:id/neighbors', async (req, res) => {
    const { id } = validate(NeighborsParamsSchema, req.params, 'path');
    res.json(await store.neighbors(id, validate(NeighborsQuerySchema, req.query, 'query')));
  });
  router.get('/edges/:id', async (req, res) => {
    res.json(await store.edge(validate(EdgeParamsSchema, req.params, 'path').id));
  });
  router.get('/paths', async (req, res) => {
    res.json(await store.paths(validate(PathsQuerySchema, req.query, 'query')));
  });
  router.get('/graph', async (req, res) => {
    res.json(await store.overview(validate(OverviewQuerySchema, req.query, 'query')));
  });
  router.post('/subgraph', async (req, res) => {
    res.json(await store.subgraph(validate(SubgraphRequestSchema, req.body, 'body')));
  });
  router.get('/schema', async (_req, res) => {
    res.json(await store.schema());
  });
  router.get('/articles', async (_req, res) => {
    res.json(await store.articles());
  });
  router.get('/articles/:id', async (req, res) => {
    res.json(await store.article(validate(ArticleParamsSchema, req.params, 'path').id));
  });
  return router;
}
