// The start-up warm-up (server/src/warm-up.ts) runs every explorer operation once with inputs taken
// from the graph; against the seeded graph it must get through all of them (a failure would only be
// logged by main.ts, so this is where a broken call shows). It must never get in the users' way: one
// query at a time, none while an API read runs, a failed call retried once and then skipped.
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CYPHER_LIMITS } from '../server/src/operations/cypher.ts';
import type { AnyOperation, Context } from '../server/src/operations/operation.ts';
import { ROUTES } from '../server/src/routes.ts';
import { createDb } from '../server/src/store/db.ts';
import { warmUp } from '../server/src/warm-up.ts';
import { sharedDriver } from './support/neo4j.ts';

const driver = sharedDriver();
afterAll(() => driver.close());
const routeOf = new Map(ROUTES.map((r) => [r.operation, `${r.method.toUpperCase()} ${r.path}`]));
const route = (op: AnyOperation) => routeOf.get(op) ?? 'not a route';
/** a read that keeps Neo4j busy for a few hundred ms */
const SLOW = 'UNWIND range(1, 3000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n';
const CLIENT_ROUTES = [
  'GET /articles',
  'GET /articles/:id',
  'GET /edges/:id',
  'GET /graph',
  'GET /nodes/:id',
  'GET /paths',
  'GET /schema',
  'GET /search',
  'POST /nodes/:id/neighbors',
  'POST /subgraph',
];

describe('warm-up', () => {
  it('calls every explorer operation the client uses, each with a valid input, one at a time', async () => {
    const ctx: Context = { db: createDb(driver), limits: DEFAULT_CYPHER_LIMITS };
    const called = new Map<string, number>();
    let running = 0;
    let most = 0;
    // count the calls (and how many run at once) and let any operation's error fail the test
    const count = async (op: AnyOperation, input: Record<string, unknown>, bg: Context) => {
      called.set(route(op), (called.get(route(op)) ?? 0) + 1);
      most = Math.max(most, ++running);
      try {
        return await op.run(bg, input);
      } catch (err) {
        throw new Error(`${route(op)} failed: ${(err as Error).message}`);
      } finally {
        running--;
      }
    };
    const report = await warmUp(ctx, count);
    expect(report.failed).toEqual([]);
    expect(report.ms).toBeGreaterThan(0);
    expect([...called.keys()].sort()).toEqual(CLIENT_ROUTES);
    expect(most).toBe(1);
  });

  it('retries a failed call once, then records it and goes on with the rest', async () => {
    const ctx: Context = { db: createDb(driver), limits: DEFAULT_CYPHER_LIMITS };
    const attempts = new Map<string, number>();
    const flaky = async (op: AnyOperation, input: Record<string, unknown>, bg: Context) => {
      const n = (attempts.get(route(op)) ?? 0) + 1;
      attempts.set(route(op), n);
      if (route(op) === 'GET /schema') throw new Error('schema always fails');
      if (route(op) === 'GET /articles' && n === 1) throw new Error('articles fail once');
      return op.run(bg, input);
    };
    const report = await warmUp(ctx, flaky);
    expect(attempts.get('GET /schema')).toBe(2);
    expect(attempts.get('GET /articles')).toBe(2);
    expect(report.retried).toBe(1);
    expect(report.failed).toEqual([{ op: expect.any(String), error: 'schema always fails' }]);
    // the calls after the failing one still ran
    expect([...attempts.keys()].sort()).toEqual(CLIENT_ROUTES);
  });

  it('gives its reads a long timeout of their own, whatever the operation asks', async () => {
    const db = createDb(driver);
    await expect(db.read(SLOW, {}, 1)).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut/) });
    expect((await db.background(30_000).read(SLOW, {}, 1)).records).toHaveLength(1);
  });

  it('runs no query while an API read is running', async () => {
    const db = createDb(driver);
    const ctx: Context = { db, limits: DEFAULT_CYPHER_LIMITS };
    // an API read that keeps Neo4j busy for a while
    let apiDone = 0;
    const api = db.read(SLOW, {}, 30_000).then(() => (apiDone = performance.now()));
    let firstDone = 0;
    const first = async (op: AnyOperation, input: Record<string, unknown>, bg: Context) => {
      const out = await op.run(bg, input);
      firstDone ||= performance.now();
      return out;
    };
    const report = await warmUp(ctx, first);
    await api;
    expect(report.failed).toEqual([]);
    expect(firstDone).toBeGreaterThanOrEqual(apiDone);
  });
});
