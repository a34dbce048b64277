// One error vocabulary: typed errors carry their HTTP status and a stable code (model/errors.ts) that
// the client words in its language; errorHandler turns them (and driver errors) into
// `{code, error, details}`. 5xx bodies never carry stacks.
import type { ErrorRequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { ErrorBody, ErrorCode } from '../../model/index.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class BadRequestError extends HttpError {
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(400, code, message, details);
  }
}
export class ForbiddenError extends HttpError {
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(403, code, message, details);
  }
}
export class NotFoundError extends HttpError {
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(404, code, message, details);
  }
}
export class UnavailableError extends HttpError {
  constructor(message: string) {
    super(503, 'database_unavailable', message);
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Every pooled connection stayed in use for the driver's whole acquisition timeout: the server is
 * busy (overload), the database is up. The driver's error has no code (`N/A`), only this message.
 */
export function isBusy(err: unknown): boolean {
  return err instanceof Error && /^Connection acquisition timed out/.test(err.message);
}

/** The database could not be reached (as opposed to a query that failed, or a busy pool). */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Error) || isBusy(err)) return false;
  const code = (err as Neo4jError).code;
  return UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|connection.*(refused|closed|timed out)|Failed to connect/i.test(err.message);
}

// The second is what Neo4j 5 reports for a timeout the driver set on the transaction.
const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/** Neo4j cancelled the transaction because it ran past its timeout. */
export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && TIMEOUT_CODES.has(err.code);
}

// Neo4j's memory guards (codes checked against 5.26). The pool error's message names the setting
// that was reached: db.memory.transaction.max (one query) or dbms.memory.transaction.total.max (all).
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);
const MEMORY_SETTING = /(dbms|db)\.memory\.transaction\.(total\.)?max/;
const MEMORY_LIMIT = /the limit ([\d.]+ ?[KMGT]?i?B)/;

/**
 * A query Neo4j stopped for memory. 422: the query is well-formed and allowed, but what it asks for
 * cannot be computed within the memory one query may use, and sending it again will not help
 * (unlike 503); 413 is about the size of the request body, which is tiny here. Only the shared
 * pool running out, which other queries cause, is a 503 "try again".
 */
function memoryError(err: unknown): HttpError | undefined {
  if (!(err instanceof Neo4jError) || !MEMORY_CODES.has(err.code)) return undefined;
  const limit = MEMORY_LIMIT.exec(err.message)?.[1];
  const setting = MEMORY_SETTING.exec(err.message)?.[0];
  const details = { neo4jCode: err.code, ...(setting && { setting }), ...(limit && { limit }) };
  if (setting === 'dbms.memory.transaction.total.max' || setting === 'db.memory.transaction.total.max')
    return new HttpError(503, 'memory_busy', `the queries running now use all the memory the database allows for queries (${setting}${limit ? ` = ${limit}` : ''}); try again shortly`, details);
  if (err.code === 'Neo.TransientError.General.OutOfMemoryError')
    return new HttpError(422, 'query_memory_limit', 'the query needed more memory than the database has (its Java heap ran out) and was stopped', details);
  if (err.code === 'Neo.TransientError.General.TransactionMemoryLimit')
    return new HttpError(422, 'query_memory_limit', 'the query needed more off-heap memory than one query may use (server.memory.off_heap.transaction_max_size) and was stopped', details);
  const named = `db.memory.transaction.max${limit ? ` = ${limit}` : ''}`;
  return new HttpError(422, 'query_memory_limit', `the query needed more memory than one query may use (${named}) and was stopped`, { ...details, setting: 'db.memory.transaction.max' });
}

/**
 * A request that could not be read: Express and body-parser raise these (http-errors, a 4xx `status`
 * and a `type`) before any operation runs, as does the router for a path segment that is not valid
 * percent-encoding (a URIError with status 400). Their own messages name internals or nothing, so
 * each known kind gets one that says what to send instead; none of them is the server's fault.
 */
function requestError(err: unknown): HttpError | undefined {
  const e = err as { status?: unknown; type?: string; charset?: string; encoding?: string; limit?: number; code?: string; expose?: boolean; message?: string };
  if (typeof e?.status !== 'number' || e.status < 400 || e.status > 499) return undefined;
  switch (e.type) {
    case 'entity.parse.failed':
      return new BadRequestError('body_not_json', 'the request body is not valid JSON');
    case 'entity.too.large':
      return new HttpError(413, 'body_too_large', `the request body is too large${e.limit ? ` (at most ${e.limit} bytes)` : ''}`, { limit: e.limit });
    case 'charset.unsupported':
      return new HttpError(415, 'charset_unsupported', `the request body's charset ${JSON.stringify(e.charset ?? '')} is not supported; send JSON in UTF-8 (Content-Type: application/json)`, { charset: e.charset });
    case 'encoding.unsupported':
      return new HttpError(415, 'encoding_unsupported', `the request body's Content-Encoding ${JSON.stringify(e.encoding ?? '')} is not supported; send it uncompressed, or as gzip, deflate or br`, { encoding: e.encoding });
    case 'request.size.invalid':
      return new BadRequestError('body_incomplete', 'the request body is not as long as its Content-Length says');
    case 'request.aborted':
      return new BadRequestError('body_incomplete', 'the request body ended before it was complete');
  }
  if (err instanceof URIError)
    return new BadRequestError('path_malformed', 'the path holds a malformed percent-encoding (a % not followed by two hex digits, or bytes that are not UTF-8); encode ids with encodeURIComponent');
  // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR…), passed on by body-parser with status 400
  if (e.code?.startsWith('Z_')) return new BadRequestError('body_not_decompressible', 'the request body could not be decompressed as its Content-Encoding says; send it uncompressed or as valid gzip, deflate or br');
  return new HttpError(e.status, 'request_unreadable', e.expose && e.message ? e.message : 'the request could not be read');
}

/**
 * A console query whose functions refused their arguments at run time: `substring('abc', -1)`,
 * `left('abc', -1)`, a list slice past the integer range, `date.truncate('klingon', …)`. Neo4j 5 files
 * these as DatabaseError ExecutionFailed, not ClientError, yet the query is what is wrong and Neo4j's
 * own message says how; the server's statements pass validated parameters and do not raise it.
 */
function evaluationError(err: unknown): HttpError | undefined {
  if (!(err instanceof Neo4jError) || err.code !== 'Neo.DatabaseError.Statement.ExecutionFailed') return undefined;
  const reason = err.message.split('\n')[0];
  return new HttpError(422, 'cypher_evaluation_failed', `the database could not evaluate the query: ${reason}`, { reason, neo4jCode: err.code });
}

export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  const memory = memoryError(err);
  if (memory) return memory;
  if (isBusy(err)) return new HttpError(503, 'server_busy', 'the server is busy: no connection to the graph database came free in time (too many requests, or the database is not answering); try again in a second');
  if (isUnavailable(err)) return new UnavailableError('the graph database is unavailable; try again shortly');
  if (isTimeout(err)) return new HttpError(408, 'query_timeout', 'the query took longer than the allowed time and was cancelled');
  const request = requestError(err);
  if (request) return request;
  const evaluation = evaluationError(err);
  if (evaluation) return evaluation;
  return new HttpError(500, 'internal', 'internal error');
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const http = toHttpError(err);
    if (http.status >= 500) log.error({ err, url: req.originalUrl }, 'request failed');
    const body: ErrorBody = { code: http.code, error: http.message };
    if (http.details !== undefined) body.details = http.details;
    res.status(http.status).json(body);
  };
}
