// Mounts the route table on an Express router: validate path, query and body with the operation's
// schemas (a bad field is a 400 naming it), run it within its deadline, send its answer. Routes hold
// no Cypher.
import { type RequestHandler, Router } from 'express';
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

export function apiRouter(routes: Route[], ctx: Context, limiters: Record<NonNullable<Route['rateLimited']>, RequestHandler>): Router {
  const router = Router();
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
      else res.json(output);
    };
    if (rateLimited) router[method](path, limiters[rateLimited], handler);
    else router[method](path, handler);
  }
  return router;
}
