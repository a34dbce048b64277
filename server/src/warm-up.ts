// One pass over the explorer's operations right after start, in the background. Without it the first
// request of each kind pays for Cypher planning, the JIT and cold pages: measured on a warm restart,
// the start view took 2.0 s, the first search 1.4 s, the first expansion 0.9 s. The same operations a
// user's first clicks run, with inputs taken from the graph itself and parsed by their own schemas.
// It must never delay or break those clicks (on a busy machine it once failed 2 starts of 3 at the 5 s
// timeout while users' expansions timed out beside it), so it stays out of their way: one query at a
// time, each only when no API read is running (Db.background), with a long timeout of its own and one
// retry; a call that still fails is logged and the pass moves on.
import type { GraphPayload, NeighborsResult, SearchResults, ArticleSummary } from '../../model/index.ts';
import { getArticle, listArticles } from './operations/articles.ts';
import { edgeDetails } from './operations/edge-details.ts';
import { expand } from './operations/neighbors.ts';
import { nodeDetails } from './operations/node-details.ts';
import type { AnyOperation, Context } from './operations/operation.ts';
import { overview } from './operations/overview.ts';
import { paths } from './operations/paths.ts';
import { schema } from './operations/schema.ts';
import { search } from './operations/search.ts';
import { subgraph } from './operations/subgraph.ts';

/** Timeout of each warm-up statement: a cold JVM on a loaded machine plans slowly, and nobody waits for it. */
export const WARM_UP_TIMEOUT_MS = 30_000;
/** Attempts per call: a second one after a failure, then the pass moves on. */
const ATTEMPTS = 2;

/** How the warm-up calls an operation on its background context (a test counts the calls through it). */
export type Call = (op: AnyOperation, input: Record<string, unknown>, ctx: Context) => Promise<unknown>;

export interface WarmUpReport {
  ms: number;
  calls: number;
  /** calls that failed twice (the pass went on without them) */
  failed: Array<{ op: string; error: string }>;
  /** calls that failed once and succeeded on the retry */
  retried: number;
}

type Parts = { params?: object; query?: object; body?: object };

/** Parses the input with the operation's own schemas, as the router does, then runs it. */
const parsed = (op: AnyOperation, parts: Parts) => ({
  ...(op.params ? op.params.parse(parts.params ?? {}) : {}),
  ...(op.query ? op.query.parse(parts.query ?? {}) : {}),
  ...(op.body ? op.body.parse(parts.body ?? {}) : {}),
});

/**
 * Runs the pass, never rejecting; each operation runs on `ctx` with `ctx.db` replaced by its
 * background view.
 */
export async function warmUp(ctx: Context, call: Call = (op, input, bg) => op.run(bg, input)): Promise<WarmUpReport> {
  const started = performance.now();
  const bg: Context = { ...ctx, db: ctx.db.background(WARM_UP_TIMEOUT_MS) };
  const report: WarmUpReport = { ms: 0, calls: 0, failed: [], retried: 0 };
  const run = async <T>(op: AnyOperation, parts: Parts = {}): Promise<T | undefined> => {
    report.calls++;
    for (let attempt = 1; ; attempt++) {
      try {
        const out = (await call(op, parsed(op, parts), bg)) as T;
        if (attempt > 1) report.retried++;
        return out;
      } catch (err) {
        if (attempt >= ATTEMPTS) {
          report.failed.push({ op: op.summary, error: String((err as Error)?.message ?? err).split('\n')[0] });
          return undefined;
        }
      }
    }
  };
  // the first clicks first: the start view, a search, an expansion of what it shows
  const start = await run<GraphPayload>(overview, { query: { limit: '40' } });
  // a Chinese substring, pinyin initials, and a phrase only the full-text index matches
  for (const q of ['中', 'zyhl', '发展的新区']) await run<SearchResults>(search, { query: { q } });
  const [hub, other] = start?.nodes ?? [];
  const canvas = (start?.nodes ?? []).map((n) => n.id);
  if (hub) {
    await run<NeighborsResult>(expand, { params: { id: hub.id }, body: { limit: 20, canvas } });
    await run(nodeDetails, { params: { id: hub.id } });
    await run(subgraph, { body: { ids: canvas } });
    if (other) await run(paths, { query: { from: hub.id, to: other.id } });
  }
  if (start?.edges[0]) await run(edgeDetails, { params: { id: start.edges[0].id } });
  await run(schema);
  const listed = await run<{ articles: ArticleSummary[] }>(listArticles);
  if (listed?.articles[0]) await run(getArticle, { params: { id: listed.articles[0].id } });
  // the heaviest last: a hub's two-hop neighbourhood
  if (hub) await run<NeighborsResult>(expand, { params: { id: hub.id }, body: { depth: 2, canvas } });
  report.ms = performance.now() - started;
  return report;
}
