// /api/health and /api/stats.
import { Router } from 'express';
import { toHttpError } from '../errors.ts';
import { openApiDocument } from '../openapi.ts';
import type { GraphStore } from '../store/port.ts';

export function systemRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      res.json(await store.health());
    } catch (err) {
      // health reports rather than throws: a monitor wants the reason in a fixed shape
      res.status(503).json({ status: 'unavailable', error: toHttpError(err).status === 503 ? 'the graph database cannot be reached' : (err as Error).message });
    }
  });
  router.get('/stats', async (_req, res) => {
    res.json(await store.stats());
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  return router;
}
