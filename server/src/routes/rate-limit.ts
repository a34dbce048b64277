// Per-client budgets: one for everything that runs a user's Cypher (the console and Cypher exports),
// one for exports. An export whose source is a query spends both, so the export endpoint is no way
// around the console's limit, while exporting a selection never uses up the console's budget.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from '../errors.ts';
import type { Route } from '../routes.ts';

/** Enough for a person typing queries, not for a script hammering the database. */
export const DEFAULT_CYPHER_RATE_LIMIT = { windowMs: 60_000, limit: 60 };
/** A person exports a few files a minute; a neighbourhood export reads far more than a canvas click. */
export const DEFAULT_EXPORT_RATE_LIMIT = { windowMs: 60_000, limit: 30 };

export type RateLimitOptions = typeof DEFAULT_CYPHER_RATE_LIMIT;
export type RateLimitName = NonNullable<Route['rateLimited']>;

function limiter(rate: RateLimitOptions, what: string, kind: 'cypher' | 'export'): RequestHandler {
  return rateLimit({
    windowMs: rate.windowMs,
    limit: rate.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(
        new HttpError(429, 'rate_limited', `too many ${what}: at most ${rate.limit} per ${rate.windowMs / 1000} s from one client; wait and try again`, {
          what: kind,
          limit: rate.limit,
          windowS: rate.windowMs / 1000,
        }),
      ),
  });
}

export function rateLimiters(rates: { cypher?: RateLimitOptions; export?: RateLimitOptions } = {}): Record<RateLimitName, RequestHandler> {
  const cypher = limiter(rates.cypher ?? DEFAULT_CYPHER_RATE_LIMIT, 'Cypher queries', 'cypher');
  const exportOnly = limiter(rates.export ?? DEFAULT_EXPORT_RATE_LIMIT, 'exports', 'export');
  const exports: RequestHandler = (req, res, next) =>
    exportOnly(req, res, (err?: unknown) => {
      if (err) return next(err);
      // the body is parsed (express.json runs first); a malformed one is the validator's to refuse
      if ((req.body as { cypher?: unknown } | undefined)?.cypher !== undefined) return cypher(req, res, next);
      next();
    });
  return { cypher, export: exports };
}
