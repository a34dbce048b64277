// cypher: the console's read-only query — guarded (cypher-guard.ts), run in a READ transaction with a
// server-side timeout, capped in rows and graph elements, and returned as rows plus a graph.
import neo4j, { Neo4jError, type ManagedTransaction, type Node } from 'neo4j-driver';
import { CypherRequestSchema, CypherResultSchema, type CypherLimits, type CypherRequest, type CypherResult } from '../../../model/index.ts';
import { toGraphPayload, toNumber } from '../../../model/storage/index.ts';
import { DEFAULT_GRAPH_CAP, DEFAULT_QUERY_TIMEOUT_MS, DEFAULT_ROW_CAP } from '../config.ts';
import { BadRequestError, ForbiddenError, HttpError, isTimeout } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { EXPLAIN_PREFIX, guardQuery } from './cypher-guard.ts';
import { ResultCollector } from './cypher-result.ts';
import { defineOperation } from './operation.ts';

export const DEFAULT_CYPHER_LIMITS: CypherLimits = { timeoutMs: DEFAULT_QUERY_TIMEOUT_MS, rowCap: DEFAULT_ROW_CAP, graphCap: DEFAULT_GRAPH_CAP };

export const cypher = defineOperation({
  summary: 'Read-only Cypher console (bounded: timeout, row and graph caps, rate limit)',
  body: CypherRequestSchema,
  output: CypherResultSchema,
  errors: {
    403: 'not a plain read: writes, administration, LOAD CSV, procedures off the allowlist …',
    408: 'cancelled by the database at the timeout',
    429: 'too many queries from this client',
  },
  run: ({ db, limits }, input) => runCypher(db, input, limits),
});

const ENDPOINTS_QUERY = 'MATCH (n) WHERE elementId(n) IN $ids RETURN n';

export async function runCypher(db: Db, input: CypherRequest, limits: CypherLimits): Promise<CypherResult> {
  const parsed = CypherRequestSchema.safeParse(input ?? {});
  if (!parsed.success) {
    // same wording as routes/validate.ts: callers other than the router (export) get the same 400
    const details = parsed.error.issues.map((i) => ({ where: 'body', field: i.path.join('.') || '(root)', message: i.message }));
    throw new BadRequestError('invalid_parameter', `invalid body parameter "${details[0].field}": ${details[0].message}`, details);
  }
  const { query } = parsed.data;
  const params = toCypherParams(parsed.data.params ?? {}) as Record<string, unknown>;
  try {
    // One transaction for plan check, query and endpoint lookup: the timeout bounds all three.
    return await db.readTx((tx) => guardedRun(tx, query, params, db.database, limits), limits.timeoutMs);
  } catch (err) {
    throw toConsoleError(err, query, limits);
  }
}

async function guardedRun(tx: ManagedTransaction, query: string, params: Record<string, unknown>, database: string | undefined, limits: CypherLimits): Promise<CypherResult> {
  await guardQuery(tx, query, params, database);
  const result = tx.run(query, params);
  const collector = new ResultCollector(limits.graphCap);
  const rows: Record<string, unknown>[] = [];
  let rowsTruncated = false;
  for await (const record of result) {
    // one record past the cap proves there are more; leaving the loop discards the rest on the server
    if (rows.length === limits.rowCap) {
      rowsTruncated = true;
      break;
    }
    rows.push(collector.row(record));
  }
  const columns = (await result.keys()).map(String);
  const summary = await result.summary();

  // Relationships returned without their nodes still belong on the canvas: fetch the endpoints.
  const missing = collector.missingEndpoints();
  if (missing.length > 0) {
    const ids = missing.slice(0, collector.room);
    if (ids.length < missing.length) collector.graphTruncated = true;
    if (ids.length > 0) for (const rec of (await tx.run(ENDPOINTS_QUERY, { ids })).records) collector.addNode(rec.get('n') as Node);
  }
  const graph = toGraphPayload([...collector.nodes.values()], [...collector.relationships.values()], collector.graphTruncated);
  // an edge whose endpoint was left out by the cap is not drawn either
  if (graph.edges.length < collector.relationships.size) graph.truncated = true;
  return {
    columns,
    rows,
    graph,
    summary: {
      queryType: String(summary.queryType),
      resultAvailableAfterMs: toNumber(summary.resultAvailableAfter),
      truncated: rowsTruncated || graph.truncated,
    },
  };
}

/** JSON numbers that are whole become Cypher integers, so `LIMIT $n` and `id(n) = $id` work. */
function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  return value;
}

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** Neo4j's failures in the console's vocabulary; a syntax error points into the user's text. */
function toConsoleError(err: unknown, query: string, limits: CypherLimits): unknown {
  if (err instanceof HttpError) return err;
  if (isTimeout(err)) return new HttpError(408, 'query_timeout', `the query ran longer than ${limits.timeoutMs} ms and was cancelled by the database`, { timeoutMs: limits.timeoutMs });
  if (!(err instanceof Neo4jError) || !err.code.startsWith('Neo.ClientError.')) return err;
  // Neo4j appends an excerpt of the query with a caret; the position is what the client needs
  const headline = err.message.split('\n')[0];
  const message = headline.replace(POSITION, '');
  if (err.code === 'Neo.ClientError.Statement.AccessMode' || err.code.startsWith('Neo.ClientError.Security.'))
    return new ForbiddenError('cypher_read_only', `the console is read-only: ${message}`, { reason: message, neo4jCode: err.code });
  if (err.code === 'Neo.ClientError.Statement.SyntaxError') {
    const at = POSITION.exec(headline);
    if (!at) return new BadRequestError('cypher_syntax', `Cypher syntax error: ${message}`, { reason: message, neo4jCode: err.code });
    const position = positionIn(query, Math.max(0, Number(at[3]) - EXPLAIN_PREFIX.length));
    return new BadRequestError('cypher_syntax', `Cypher syntax error: ${message} (line ${position.line}, column ${position.column})`, { reason: message, neo4jCode: err.code, ...position });
  }
  return new BadRequestError('cypher_rejected', message, { reason: message, neo4jCode: err.code });
}

function positionIn(query: string, offset: number): { line: number; column: number; offset: number } {
  const o = Math.min(offset, query.length);
  const before = query.slice(0, o);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: o - lineStart + 1, offset: o };
}
