// The start-up warm-up (server/src/warm-up.ts) runs every explorer operation once with inputs taken
// from the graph; against the seeded graph it must get through all of them (a failure would only be
// logged by main.ts, so this is where a broken call shows).
import { afterAll, describe, expect, it } from 'vitest';
import { createNeo4jStore } from '../server/src/store/neo4j-store.ts';
import type { GraphStore } from '../server/src/store/port.ts';
import { warmUp } from '../server/src/warm-up.ts';
import { sharedDriver } from './support/neo4j.ts';

const driver = sharedDriver();
afterAll(() => driver.close());

describe('warm-up', () => {
  it('calls every explorer operation once, each with a valid input', async () => {
    const called = new Map<string, number>();
    const store = createNeo4jStore(driver);
    // count the calls and let any operation's error fail the test
    const counting = new Proxy(store, {
      get: (target, key: keyof GraphStore) =>
        typeof target[key] === 'function'
          ? (...args: unknown[]) => (called.set(String(key), (called.get(String(key)) ?? 0) + 1), (target[key] as (...a: unknown[]) => unknown)(...args))
          : target[key],
    });
    expect(await warmUp(counting)).toBeGreaterThan(0);
    expect([...called.keys()].sort()).toEqual(['article', 'articles', 'edge', 'neighbors', 'node', 'overview', 'paths', 'schema', 'search', 'subgraph']);
  });
});
