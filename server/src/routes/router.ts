// Mounts the route table under /api as one middleware: find the route, validate path, query and body
// with the operation's schemas (a bad field is a 400 naming it), run it within its deadline, send its
// answer. Routes hold no Cypher.
import type { RequestHandler, Response } from 'express';
import { HttpError, toHttpError } from '../errors.ts';
import type { AnyOperation, Context } from '../operations/operation.ts';
import type { Route } from '../routes.ts';
import { DEFAULT_READ_TIMEOUT_MS } from '../store/db.ts';
import { validate } from './validate.ts';

/**
 * Past its timeout Neo4j cancels a query itself, within ~100 ms (its check interval); this margin is
 * for that and the round trip. The deadline is what holds when Neo4j cannot cancel: a stalled JVM,
 * an expression it does not interrupt, a pool that never frees a connection.
 */
export const DEADLINE_MARGIN_MS = 1000;
/** Seconds a client should wait before trying again after a 503 (busy or unavailable). */
export const RETRY_AFTER_S = 1;

/**
 * The call's deadline: the operation's own quick one once the database has answered any call (before
 * that the JVM may be cold), else its statements' timeout (its own, the console's, or the reads'
 * default) plus the margin.
 */
export const deadlineOf = (op: AnyOperation, ctx: Context, answeredBefore: boolean) =>
  op.deadlineMs !== undefined && answeredBefore ? op.deadlineMs : Math.max(op.timeoutMs ?? 0, ctx.limits.timeoutMs, DEFAULT_READ_TIMEOUT_MS) + DEADLINE_MARGIN_MS;

/** The database did not answer the call within its deadline; what the call started was abandoned. */
export class DeadlineError extends HttpError {
  constructor(readonly deadlineMs: number) {
    super(504, 'database_not_answering', `the graph database is not answering: no answer within this call's ${deadlineMs} ms deadline; try again shortly`, { deadlineMs });
  }
}

/**
 * Runs `op.run` against a view of the database bound to the deadline: when it passes, the call
 * answers 504 at once and its sessions are closed (see Db.bound), releasing what the driver allows.
 * The same happens when the client hangs up (`gone`): a search superseded by the next keystroke stops
 * its query instead of holding a connection and a core until it ends.
 */
async function withinDeadline<T>(ms: number, ctx: Context, run: (ctx: Context) => Promise<T>, gone: AbortSignal): Promise<T> {
  const abort = new AbortController();
  const hangUp = () => abort.abort(gone.reason);
  gone.addEventListener('abort', hangUp, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new DeadlineError(ms);
      abort.abort(err);
      reject(err);
    }, ms);
  });
  const running = run({ ...ctx, db: ctx.db.bound(abort.signal) });
  running.catch(() => {}); // an abandoned call may still fail later; nobody waits for it
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
    gone.removeEventListener('abort', hangUp);
  }
}

/**
 * The answer as JSON, what res.json sends (no ETag: app.ts) without its per-call content-type parsing,
 * charset formatting and freshness check (~15 µs a call); one Buffer, so a big answer is encoded once.
 * A HEAD gets the headers only (Node drops the body).
 */
function sendJson(res: Response, output: unknown): void {
  const body = Buffer.from(JSON.stringify(output) ?? '');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

/** A route's path split at '/', each segment a literal (lower case) or a `:name` parameter. */
interface Compiled {
  segments: Array<{ literal: string } | { param: string }>;
  handle: RequestHandler;
}

/**
 * The route table as one middleware: routes keyed by method and segment count, a path matched segment
 * by segment. Express's router, a layer per route, tried each route's regular expression in turn and
 * dispatched through the route's own stack; with res.json's work (sendJson) that was 20-55 µs of a small
 * call's ~340 (bench/scale/server-cost.ts, old and new build on one store). Matching stays Express's:
 * literals case-insensitive, one trailing slash allowed, a HEAD answered by the GET route, parameters
 * percent-decoded (a malformed one is a 400). OPTIONS is not answered for a route (Express's router
 * answered it with an Allow header): it gets the API's JSON 404, like any method a path lacks.
 */
export function apiRouter(routes: Route[], ctx: Context, limiters: Record<NonNullable<Route['rateLimited']>, RequestHandler>): RequestHandler {
  const table = new Map<string, Compiled[]>();
  /** some call has answered: the database is up and warm enough for health's quick deadline */
  let answered = false;
  for (const { method, path, operation: op, rateLimited } of routes) {
    const handler: RequestHandler = async (req, res) => {
      const input = {
        ...(op.params ? validate(op.params, req.params, 'path') : {}),
        ...(op.query ? validate(op.query, req.query, 'query') : {}),
        ...(op.body ? validate(op.body, req.body, 'body') : {}),
      };
      // the client closed the connection before the answer was sent: nobody is waiting for it
      const gone = new AbortController();
      res.once('close', () => res.writableFinished || gone.abort());
      let output: unknown;
      try {
        output = await withinDeadline(deadlineOf(op, ctx, answered), ctx, (bound) => op.run(bound, input), gone.signal);
        answered = true;
      } catch (err) {
        if (gone.signal.aborted) return;
        const failure = op.failure?.(err);
        // a 503 (busy, unavailable, out of shared memory) always means "try again shortly"
        if ((failure?.status ?? toHttpError(err).status) === 503) res.set('Retry-After', String(RETRY_AFTER_S));
        if (!failure) throw err;
        return void res.status(failure.status).json(failure.body);
      }
      if (op.respond) op.respond(res, output);
      else sendJson(res, output);
    };
    const limiter = rateLimited ? limiters[rateLimited] : undefined;
    const handle: RequestHandler = limiter ? (req, res, next) => limiter(req, res, (err?: unknown) => (err ? next(err) : void Promise.resolve(handler(req, res, next)).catch(next))) : handler;
    const segments = path.split('/').slice(1).map((s) => (s.startsWith(':') ? { param: s.slice(1) } : { literal: s.toLowerCase() }));
    const key = `${method.toUpperCase()} ${segments.length}`;
    table.set(key, [...(table.get(key) ?? []), { segments, handle }]);
  }
  return (req, res, next) => {
    const parts = req.path.split('/').slice(1);
    if (parts.length > 1 && parts.at(-1) === '') parts.pop();
    const candidates = table.get(`${req.method === 'HEAD' ? 'GET' : req.method} ${parts.length}`);
    match: for (const route of candidates ?? []) {
      const params: Record<string, string> = {};
      for (let i = 0; i < parts.length; i++) {
        const seg = route.segments[i];
        if ('literal' in seg) {
          if (parts[i].toLowerCase() !== seg.literal) continue match;
        } else if (!parts[i]) continue match;
        else params[seg.param] = parts[i];
      }
      try {
        for (const name in params) if (params[name].includes('%')) params[name] = decodeURIComponent(params[name]);
      } catch (err) {
        // as Express's router: a 400 the error handler words (path_malformed)
        return next(Object.assign(err as Error, { status: 400 }));
      }
      req.params = params;
      // an async handler's failure goes to the error handler, as Express 5 does for a route
      return void Promise.resolve(route.handle(req, res, next)).catch(next);
    }
    next();
  };
}
