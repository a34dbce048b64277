// A client that hangs up stops its query: a search superseded by the next keystroke (the client aborts
// the request) must not keep a connection and a core busy until its statement ends. Shared DB, read-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/http.ts';
import { sharedDriver } from './support/neo4j.ts';

// A query that runs far longer than the test waits (the console's timeout is set well above it).
const TIMEOUT_MS = 30_000;
const CARTESIAN = "MATCH (a), (b), (c), (d) WHERE a.name + b.name + c.name + d.name = 'hang-up' RETURN count(*) AS n";
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('a client that hangs up', () => {
  const driver = sharedDriver();
  let api: TestServer;
  const running = async () => {
    const session = driver.session();
    try {
      const res = await session.run('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
      return res.records.map((r) => String(r.get('currentQuery'))).filter((q) => q.includes("'hang-up'")).length;
    } finally {
      await session.close();
    }
  };
  beforeAll(async () => {
    api = await startTestServer(driver, { cypher: { limits: { timeoutMs: TIMEOUT_MS } } });
  });
  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('stops its query within a second and a half, long before the query would time out', async () => {
    const hangUp = new AbortController();
    const call = fetch(`${api.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CARTESIAN }),
      signal: hangUp.signal,
    }).catch((err: Error) => err.name);
    // wait until Neo4j runs it (planning a first query on a loaded machine takes a while)
    for (const until = Date.now() + 20_000; (await running()) === 0 && Date.now() < until; ) await sleep(100);
    expect(await running(), 'the query never started').toBe(1);
    const abortedAt = performance.now();
    hangUp.abort();
    expect(await call).toBe('AbortError');
    while ((await running()) > 0 && performance.now() - abortedAt < 10_000) await sleep(50);
    const ms = performance.now() - abortedAt;
    console.info(`query gone ${ms.toFixed(0)} ms after the client hung up (its timeout: ${TIMEOUT_MS} ms)`);
    expect(await running()).toBe(0);
    expect(ms).toBeLessThan(1500);
  });

  it('still answers the next request', async () => {
    expect((await api.get('/api/health')).status).toBe(200);
  });
});
