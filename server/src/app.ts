// Builds the Express app from a database: the Host allowlist and security headers first, then the API
// (route table → router, OpenAPI), the built client, one error handler.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { CypherLimits } from '../../model/index.ts';
import { errorHandler, NotFoundError } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { DEFAULT_CYPHER_LIMITS } from './operations/cypher.ts';
import type { Context } from './operations/operation.ts';
import { hostAllowlist } from './http/host-allowlist.ts';
import { securityHeaders } from './http/security-headers.ts';
import { rateLimiters, type RateLimitOptions } from './routes/rate-limit.ts';
import { apiRouter } from './routes/router.ts';
import { ROUTES } from './routes.ts';
import type { Db } from './store/db.ts';

export const CLIENT_DIST = new URL('../../dist/client', import.meta.url).pathname;

export interface AppOptions {
  /** the Cypher console's bounds (default: the config defaults) and rate limit */
  cypher?: { limits?: Partial<CypherLimits>; rateLimit?: RateLimitOptions };
  /** POST /api/export's own per-client rate limit (default DEFAULT_EXPORT_RATE_LIMIT) */
  export?: { rateLimit?: RateLimitOptions };
  /** names besides localhost, 127.0.0.1 and [::1] a request over loopback may use (ALLOWED_HOSTS) */
  allowedHosts?: readonly string[];
}

export function createApp(db: Db, log: Logger, options: AppOptions = {}): Express {
  const ctx: Context = { db, limits: { ...DEFAULT_CYPHER_LIMITS, ...options.cypher?.limits } };
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // no ETag on API answers: Express hashed every body (a hub's details are 500 KB) for a 304 that a
  // body computed afresh per call never saves; the built client's files keep express.static's own
  app.set('etag', false);
  app.use(hostAllowlist(options.allowedHosts));
  app.use(securityHeaders());
  // a draft's article may be 1 MB of text, which is more as JSON or as a base64 upload (drafts.ts checks the article itself)
  app.use('/api/drafts', express.json({ limit: '3mb' }));
  app.use(express.json({ limit: '1mb' }));
  app.get('/api/openapi.json', (_req, res) => void res.json(openApiDocument(ROUTES)));
  app.use('/api', apiRouter(ROUTES, ctx, rateLimiters({ cypher: options.cypher?.rateLimit, export: options.export?.rateLimit })));
  app.use('/api', (req, _res, next) => next(new NotFoundError('route_not_found', `no API route ${req.method} ${req.originalUrl.slice(0, 200)}`, { method: req.method, path: req.originalUrl.slice(0, 200) })));
  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(CLIENT_DIST, 'index.html')));
  }
  // anything else (another method, `OPTIONS *`, any path when the client is not built) gets the same
  // JSON answer as the API, not Express's HTML page
  app.use((req, _res, next) => next(new NotFoundError('route_not_found', `nothing here: ${req.method} ${req.originalUrl.slice(0, 200)}`, { method: req.method, path: req.originalUrl.slice(0, 200) })));
  app.use(errorHandler(log));
  return app;
}
