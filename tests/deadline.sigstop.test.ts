// Every API call has a deadline the app enforces itself, not only Neo4j: when the JVM stalls (SIGSTOP,
// as a long GC pause or a frozen host would), calls in flight and new ones answer 503/504 saying the
// database is not answering instead of hanging for the whole stall, /api/health answers 503 within
// 1–2 s throughout, and everything answers 200 again after SIGCONT. A private Neo4j, seeded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSeed } from '../graph-seed/src/compile.ts';
import { loadSeed } from '../graph-seed/src/load.ts';
import { DEFAULT_READ_TIMEOUT_MS } from '../server/src/store/db.ts';
import { HEALTH_DEADLINE_MS } from '../server/src/operations/health.ts';
import { DEADLINE_MARGIN_MS } from '../server/src/routes/router.ts';
import { startTestServer, type TestServer } from './support/http.ts';
import { privateNeo4j, type PrivateNeo4j } from './support/neo4j.ts';

const STALL_MS = 10_000;
const DEADLINE_MS = DEFAULT_READ_TIMEOUT_MS + DEADLINE_MARGIN_MS;
/** what a call may answer while the database stalls: never a hang, never a 500 */
const STALLED = /not answering|unavailable|busy/;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

let neo: PrivateNeo4j;
let api: TestServer;
let hub: string;
let stopped = false;
const stop = () => ((stopped = true), process.kill(neo.pid()!, 'SIGSTOP'));
const resume = () => stopped && ((stopped = false), process.kill(neo.pid()!, 'SIGCONT'));

beforeAll(async () => {
  neo = await privateNeo4j();
  await loadSeed(neo.driver, compileSeed());
  api = await startTestServer(neo.driver);
  hub = (await api.get('/api/search?q=市中区&limit=1')).body.results[0].id;
  // every kind of call once, so the stall meets warm plans and pooled connections
  for (let i = 0; i < 3; i++) {
    expect((await api.get('/api/health')).status).toBe(200);
    expect((await api.get(`/api/nodes/${hub}/neighbors?limit=20`)).status).toBe(200);
    expect((await api.get('/api/search?q=中央')).status).toBe(200);
  }
}, 180_000);
afterAll(async () => {
  resume();
  await api?.close();
  await neo?.dispose();
});

describe('a stalled Neo4j (SIGSTOP of its JVM)', () => {
  it('answers every call 503/504 within its deadline, health within 1–2 s, and recovers after SIGCONT', async () => {
    stop();
    const stoppedAt = performance.now();
    // a burst of calls already in flight when the stall began, then health and calls during it
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? api.get(`/api/nodes/${hub}/neighbors?limit=20`) : api.post('/api/nodes/' + hub + '/neighbors', { limit: 20 }).then((r) => ({ ...r, ms: performance.now() - stoppedAt })),
    );
    const health: Array<{ status: number; ms: number }> = [];
    const later: Array<{ status: number; ms: number; error?: string }> = [];
    while (performance.now() - stoppedAt < STALL_MS - 2000) {
      const h = await api.get('/api/health');
      health.push({ status: h.status, ms: h.ms });
      const s = await api.get('/api/search?q=中央');
      later.push({ status: s.status, ms: s.ms, error: s.body.error });
      await sleep(200);
    }
    const first = await Promise.all(inFlight);
    const stalledFor = performance.now() - stoppedAt;
    resume();
    console.info(
      `during a ${(stalledFor / 1000).toFixed(1)} s stall: in flight ${first.map((r) => `${r.status}/${Math.round(r.ms)}`).join(' ')}; ` +
        `health ${health.map((h) => `${h.status}/${Math.round(h.ms)}`).join(' ')}; search ${later.map((s) => `${s.status}/${Math.round(s.ms)}`).join(' ')}`,
    );
    for (const r of [...first, ...later]) {
      expect([503, 504]).toContain(r.status);
      expect((r as { body?: { error?: string } }).body?.error ?? (r as { error?: string }).error).toMatch(STALLED);
      expect(r.ms).toBeLessThan(DEADLINE_MS + 1000);
    }
    expect(first.some((r) => r.status === 504 && /not answering/.test(r.body.error ?? ''))).toBe(true);
    expect(health.length).toBeGreaterThanOrEqual(3);
    for (const h of health) {
      expect(h.status).toBe(503);
      expect(h.ms).toBeLessThan(HEALTH_DEADLINE_MS + 500);
    }

    // after SIGCONT: health and the calls answer 200 again, within seconds
    const resumedAt = performance.now();
    let back = 0;
    for (;;) {
      const h = await api.get('/api/health');
      const e = await api.get(`/api/nodes/${hub}/neighbors?limit=20`);
      if (h.status === 200 && e.status === 200) break;
      expect(performance.now() - resumedAt).toBeLessThan(15_000);
      await sleep(100);
      back++;
    }
    console.info(`after SIGCONT: 200 again in ${Math.round(performance.now() - resumedAt)} ms (${back} retries)`);
    for (let i = 0; i < 20; i++) expect((await api.get('/api/search?q=中央')).status).toBe(200);
  });

  it('leaves no abandoned transaction running once Neo4j resumes', async () => {
    for (let i = 0; ; i++) {
      const res = await neo.driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery, status RETURN currentQuery, status');
      const others = res.records.map((r) => String(r.get('currentQuery'))).filter((q) => !q.startsWith('SHOW TRANSACTIONS'));
      if (others.length === 0) break;
      expect(i, `still running: ${others.join(' | ')}`).toBeLessThan(50);
      await sleep(200);
    }
  });
});
