// A runaway console query (a cartesian product over the whole graph) is cancelled by Neo4j within
// its timeout + 1 s, and /api/health keeps answering quickly while it runs. Shared DB, read-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/http.ts';
import { sharedDriver } from './support/neo4j.ts';

// Short, because the product holds a core of the shared JVM for the whole timeout.
const TIMEOUT_MS = 1500;
// Four-way product of every node (~10^10 rows), with a predicate so Neo4j must visit each row.
const CARTESIAN = "MATCH (a), (b), (c), (d) WHERE a.name + b.name + c.name + d.name = '' RETURN count(*) AS n";
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('the console timeout', () => {
  const driver = sharedDriver();
  let api: TestServer;
  /** /api/health with nothing else running from this test: context for a failure on a loaded machine */
  const idle: number[] = [];
  beforeAll(async () => {
    api = await startTestServer(driver, { cypher: { limits: { timeoutMs: TIMEOUT_MS } } });
    for (let i = 0; i < 5; i++) await api.get('/api/health'); // a cold JVM plans its first query slowly
    for (let i = 0; i < 5; i++) idle.push((await api.get('/api/health')).ms);
  });
  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('cancels a cartesian product within timeout + 1 s while /api/health answers in under 100 ms', async () => {
    const started = performance.now();
    let finished = false;
    const running = api.post('/api/cypher', { query: CARTESIAN }).then((res) => {
      finished = true;
      return { res, ms: performance.now() - started };
    });
    const health: number[] = [];
    // sample once the query is past planning and start-up, i.e. while it runs
    await sleep(400);
    while (!finished) {
      const h = await api.get('/api/health');
      expect(h.status).toBe(200);
      health.push(h.ms);
      await sleep(100);
    }
    const { res, ms } = await running;
    console.info(`cartesian query answered ${res.status} after ${ms.toFixed(0)} ms (timeout ${TIMEOUT_MS}); /api/health ${health.map(Math.round).join(' ')} ms (idle ${idle.map(Math.round).join(' ')} ms)`);
    expect(res.status).toBe(408);
    expect(res.body).toEqual({ code: 'query_timeout', error: expect.stringMatching(/longer than 1500 ms and was cancelled/), details: { timeoutMs: TIMEOUT_MS } });
    expect(ms).toBeLessThan(TIMEOUT_MS + 1000);
    expect(health.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...health), `while running: ${health.map(Math.round)} ms; idle: ${idle.map(Math.round)} ms`).toBeLessThan(100);
  });

  it('leaves no transaction running on the server afterwards', async () => {
    const session = driver.session();
    try {
      const res = await session.run('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
      expect(res.records.map((r) => r.get('currentQuery') as string).filter((q) => q.includes('(a), (b), (c), (d)'))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
