// POST /api/cypher: the read-only Cypher console, rate-limited per client. The guard and the limits
// live in operations/cypher.ts; this file only wires HTTP to the store.
import { type RequestHandler, Router } from 'express';
import { CypherRequestSchema } from '../operations/cypher.ts';
import type { GraphStore } from '../store/port.ts';
import type { CypherLimits } from '../types.ts';
import { validate } from './validate.ts';

export interface CypherRouteOptions {
  limits: CypherLimits;
  limiter: RequestHandler;
}

export function cypherRouter(store: GraphStore, { limits, limiter }: CypherRouteOptions): Router {
  const router = Router();
  router.post('/cypher', limiter, async (req, res) => {
    res.json(await store.cypher(validate(CypherRequestSchema, req.body, 'body'), limits));
  });
  return router;
}
