// Serves the real app on a free loopback port for a test, against a real Neo4j driver. Answers are
// typed from the contract by their path (`/api/nodes/…` → NodeDetails), or by an explicit type argument.
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type {
  ArticleDetail,
  ArticleSummary,
  CypherResult,
  EdgeDetails,
  ErrorCode,
  ExportDocument,
  GraphPayload,
  GraphSchema,
  Health,
  NeighborsResult,
  NodeDetails,
  PathsResult,
  SearchResults,
  Stats,
  SubgraphResult,
} from '../../model/index.ts';
import { createApp, type AppOptions } from '../../server/src/app.ts';
import { listen } from '../../server/src/listen.ts';
import { createLogger } from '../../server/src/log.ts';
import { createDb } from '../../server/src/store/db.ts';

/** What a path answers with when it succeeds. */
export type Answer<P extends string> = P extends `/api/nodes/${string}/neighbors${string}`
  ? NeighborsResult
  : P extends `/api/nodes/${string}`
    ? NodeDetails
    : P extends `/api/edges/${string}`
      ? EdgeDetails
      : P extends `/api/search${string}`
        ? SearchResults
        : P extends `/api/paths${string}`
          ? PathsResult
          : P extends `/api/graph${string}`
            ? GraphPayload
            : P extends '/api/subgraph'
              ? SubgraphResult
              : P extends '/api/schema'
                ? GraphSchema
                : P extends `/api/articles/${string}`
                  ? ArticleDetail
                  : P extends '/api/articles'
                    ? { articles: ArticleSummary[] }
                    : P extends '/api/cypher'
                      ? CypherResult
                      : P extends '/api/health'
                        ? Health
                        : P extends '/api/stats'
                          ? Stats
                          : P extends '/api/export'
                            ? ExportDocument
                            : unknown;

/** What any path answers with when it fails: a validation error lists fields, a Cypher error its position. */
export interface Failure {
  code?: ErrorCode;
  error?: string;
  details?: Array<{ where: string; field: string; message: string }> & {
    neo4jCode?: string;
    reason?: string;
    line?: number;
    column?: number;
    offset?: number;
    timeoutMs?: number;
    /** a refused procedure: the ones the console allows */
    allowed?: string[];
    queryType?: string;
    operator?: string;
  };
}

type Body<T, P extends string> = ([T] extends [never] ? Answer<P> : T) & Failure;

export interface TestServer {
  url: string;
  get<T = never, P extends string = string>(path: P): Promise<{ status: number; body: Body<T, P>; ms: number }>;
  post<T = never, P extends string = string>(path: P, json: unknown): Promise<{ status: number; body: Body<T, P>; headers: Headers; raw: Response }>;
  close(): Promise<void>;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export async function startTestServer(driver: Driver, options?: AppOptions): Promise<TestServer> {
  const app = createApp(createDb(driver), createLogger('silent'), options);
  const server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async get<T, P extends string>(path: P) {
      const t = performance.now();
      const res = await fetch(url + path);
      const text = await res.text();
      return { status: res.status, body: parse(text) as Body<T, P>, ms: performance.now() - t };
    },
    async post<T, P extends string>(path: P, json: unknown) {
      const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof json === 'string' ? json : JSON.stringify(json) });
      const raw = res.clone();
      return { status: res.status, body: parse(await res.text()) as Body<T, P>, headers: res.headers, raw };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Waits until `call` answers 200: on a cold database a loaded machine answers the first calls past their
 * deadline (408/503), which is not what the tests that wait here check. */
export async function untilAnswered(call: () => Promise<{ status: number }>, tries = 40, pauseMs = 2000): Promise<void> {
  for (let i = 0; i < tries && (await call()).status !== 200; i++) await new Promise((ok) => setTimeout(ok, pauseMs));
}
