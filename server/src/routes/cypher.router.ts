// POST /api/cypher: the read-only Cypher console, rate-limited per client. The guard and the limits
// live in operations/cypher.ts; this file only wires HTTP to the store.
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from '../errors.ts';
import { CypherRequestSchema } from '../operations/cypher.ts';
import type { GraphStore } from '../store/port.ts';
import type { CypherLimits } from '../types.ts';
import { validate } from './validate.ts';

/** Enough for a person typing queries, not for a script hammering the database. */
export const DEFAULT_CYPHER_RATE_LIMIT = { windowMs: 60_000, limit: 60 };

export interface CypherRouteOptions {
  limits: CypherLimits;
  rateLimit?: { windowMs: number; limit: number };
}

export function cypherRouter(store: GraphStore, { limits, rateLimit: rate = DEFAULT_CYPHER_RATE_LIMIT }: CypherRouteOptions): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: rate.windowMs,
    limit: rate.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new HttpError(429, `too many Cypher queries: at most ${rate.limit} per ${rate.windowMs / 1000} s from one client; wait and try again`)),
  });
  router.post('/cypher', limiter, async (req, res) => {
    res.json(await store.cypher(validate(CypherRequestSchema, req.body, 'body'), limits));
  });
  return router;
}
