// What an operation is: its input schemas (path, query, body — merged into one input), the schema of its
// answer, and its run function over the database. The route table (../routes.ts) mounts each one on a
// path and generates the OpenAPI document from the same schemas, so nothing is declared twice.
import type { Response } from 'express';
import type { z } from 'zod';
import type { CypherLimits } from '../../../model/index.ts';
import type { Db } from '../store/db.ts';

export interface Context {
  db: Db;
  /** the Cypher console's bounds (config QUERY_TIMEOUT_MS, CYPHER_ROW_CAP, CYPHER_GRAPH_CAP) */
  limits: CypherLimits;
}

// an absent part contributes nothing to the input
type Empty = z.ZodType<object>;
type In<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = z.output<P> & z.output<Q> & z.output<B>;

export interface Operation<P extends z.ZodType = Empty, Q extends z.ZodType = Empty, B extends z.ZodType = Empty, O = unknown> {
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  /** the 2xx answer, for the OpenAPI document (and the client's types, through the contract) */
  output: z.ZodType;
  /** the timeout of its statements when longer than the reads' default (the router's deadline follows it) */
  timeoutMs?: number;
  /** a quicker deadline than its timeout allows, once the database has answered any call (health) */
  deadlineMs?: number;
  /** statuses besides 400 and 503 that the operation answers, with their meaning (503: its reasons besides the database's) */
  errors?: Partial<Record<401 | 403 | 404 | 408 | 409 | 413 | 422 | 429 | 503, string>>;
  /** for answers that are not JSON (export files): the content types, and how to send one */
  produces?: string[];
  respond?(res: Response, output: O): void;
  /** an answer of its own instead of the error handler's (health reports in a fixed shape) */
  failure?(err: unknown): { status: number; body: unknown };
  run(ctx: Context, input: In<P, Q, B>): Promise<O>;
}

/** Typed identity: infers the input from the schemas so `run` is checked against them. */
export const defineOperation = <P extends z.ZodType = Empty, Q extends z.ZodType = Empty, B extends z.ZodType = Empty, O = unknown>(
  op: Operation<P, Q, B, O>,
): Operation<P, Q, B, O> => op;

// eslint-style escape hatch for the route table, which holds operations of every shape
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<any, any, any, any>;
