// One per-client budget for everything that runs a user's Cypher (the console and Cypher exports),
// so the export endpoint is no way around the console's rate limit.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from '../errors.ts';

/** Enough for a person typing queries, not for a script hammering the database. */
export const DEFAULT_CYPHER_RATE_LIMIT = { windowMs: 60_000, limit: 60 };

export type RateLimitOptions = typeof DEFAULT_CYPHER_RATE_LIMIT;

export function cypherRateLimiter(rate: RateLimitOptions = DEFAULT_CYPHER_RATE_LIMIT): RequestHandler {
  return rateLimit({
    windowMs: rate.windowMs,
    limit: rate.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new HttpError(429, `too many Cypher queries: at most ${rate.limit} per ${rate.windowMs / 1000} s from one client; wait and try again`)),
  });
}
