// One error vocabulary: typed errors carry their HTTP status; errorHandler turns them (and driver
// errors) into `{error, details}`. 5xx bodies never carry stacks.
import type { ErrorRequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class BadRequestError extends HttpError {
  constructor(message: string, details?: unknown) {
    super(400, message, details);
  }
}
export class ForbiddenError extends HttpError {
  constructor(message: string, details?: unknown) {
    super(403, message, details);
  }
}
export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message);
  }
}
export class UnavailableError extends HttpError {
  constructor(message: string) {
    super(503, message);
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The database could not be reached (as opposed to a query that failed). */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as Neo4jError).code;
  return UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|connection.*(refused|closed|timed out)|Failed to connect/i.test(err.message);
}

// The second is what Neo4j 5 reports for a timeout the driver set on the transaction.
const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/** Neo4j cancelled the transaction because it ran past its timeout. */
export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && TIMEOUT_CODES.has(err.code);
}

export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (isUnavailable(err)) return new UnavailableError('the graph database is unavailable; try again shortly');
  if (isTimeout(err)) return new HttpError(408, 'the query took longer than the allowed time and was cancelled');
  if ((err as { type?: string })?.type === 'entity.parse.failed') return new BadRequestError('the request body is not valid JSON');
  if ((err as { type?: string })?.type === 'entity.too.large') return new HttpError(413, 'the request body is too large');
  return new HttpError(500, 'internal error');
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const http = toHttpError(err);
    if (http.status >= 500) log.error({ err, url: req.originalUrl }, 'request failed');
    const body: { error: string; details?: unknown } = { error: http.message };
    if (http.details !== undefined) body.details = http.details;
    res.status(http.status).json(body);
  };
}
