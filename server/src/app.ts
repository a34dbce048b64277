// Builds the Express app from a store: API routers, the built client, one error handler.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { errorHandler, NotFoundError } from './errors.ts';
import { DEFAULT_CYPHER_LIMITS } from './operations/cypher.ts';
import { cypherRouter } from './routes/cypher.router.ts';
import { exploreRouter } from './routes/explore.router.ts';
import { exportRouter } from './routes/export.router.ts';
import { cypherRateLimiter, type RateLimitOptions } from './routes/rate-limit.ts';
import { systemRouter } from './routes/system.router.ts';
import type { GraphStore } from './store/port.ts';
import type { CypherLimits } from './types.ts';

export const CLIENT_DIST = new URL('../../dist/client', import.meta.url).pathname;

export interface AppOptions {
  /** the Cypher console's bounds (default: the config defaults) and rate limit */
  cypher?: { limits?: Partial<CypherLimits>; rateLimit?: RateLimitOptions };
}

export function createApp(store: GraphStore, log: Logger, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(express.json({ limit: '1mb' }));
  app.use('/api', systemRouter(store));
  app.use('/api', exploreRouter(store));
  const limiter = cypherRateLimiter(options.cypher?.rateLimit);
  app.use('/api', exportRouter(store, limiter));
  app.use('/api', cypherRouter(store, { limits: { ...DEFAULT_CYPHER_LIMITS, ...options.cypher?.limits }, limiter }));
  app.use('/api', (req, _res, next) => next(new NotFoundError(`no API route ${req.method} ${req.originalUrl}`)));
  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(CLIENT_DIST, 'index.html')));
  }
  app.use(errorHandler(log));
  return app;
}
