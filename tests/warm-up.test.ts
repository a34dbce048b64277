// The start-up warm-up (server/src/warm-up.ts) runs every explorer operation once with inputs taken
// from the graph; against the seeded graph it must get through all of them (a failure would only be
// logged by main.ts, so this is where a broken call shows).
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CYPHER_LIMITS } from '../server/src/operations/cypher.ts';
import type { AnyOperation, Context } from '../server/src/operations/operation.ts';
import { ROUTES } from '../server/src/routes.ts';
import { createDb } from '../server/src/store/db.ts';
import { warmUp } from '../server/src/warm-up.ts';
import { sharedDriver } from './support/neo4j.ts';

const driver = sharedDriver();
afterAll(() => driver.close());

describe('warm-up', () => {
  it('calls every explorer operation the client uses once, each with a valid input', async () => {
    const ctx: Context = { db: createDb(driver), limits: DEFAULT_CYPHER_LIMITS };
    const routeOf = new Map(ROUTES.map((r) => [r.operation, `${r.method.toUpperCase()} ${r.path}`]));
    const called = new Map<string, number>();
    // count the calls and let any operation's error fail the test
    const count = (op: AnyOperation, input: Record<string, unknown>) => {
      const route = routeOf.get(op) ?? 'not a route';
      called.set(route, (called.get(route) ?? 0) + 1);
      return op.run(ctx, input);
    };
    expect(await warmUp(ctx, count)).toBeGreaterThan(0);
    expect([...called.keys()].sort()).toEqual([
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
    ]);
  });
});
