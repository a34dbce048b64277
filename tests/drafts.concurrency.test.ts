// Drafts are extracted off the event loop (server/src/extract-pool/): while a long article is being
// extracted, the server keeps answering other calls at once; a full extraction queue answers 503
// extraction_busy with Retry-After; an extraction past its timeout is stopped (503 extraction_timeout)
// and the pool goes on with a new worker. Real worker threads, a private seeded Neo4j.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftView } from '../model/index.ts';
import { compileSeed } from '../graph-seed/src/compile.ts';
import { loadSeed } from '../graph-seed/src/load.ts';
import { HttpError } from '../server/src/errors.ts';
import { closeExtractPool, ExtractPool, extractPool } from '../server/src/extract-pool/pool.ts';
import type { ExtractTask } from '../server/src/extract-pool/task.ts';
import { privateNeo4j, type PrivateNeo4j } from './support/neo4j.ts';
import { startTestServer, type TestServer } from './support/http.ts';

const ARTICLES = new URL('../graph-seed/articles/', import.meta.url).pathname;
/** The five curated articles, ~47 KB: seconds of extraction on this machine. */
const FIVE = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(ARTICLES + f, 'utf8'))
  .join('\n');
/** Short texts of their own (a draft per text), about a made-up place. */
const small = (i: number) => `东关街道新建社区服务中心${i}号楼\n\n东关街道投资${i + 2}000万元建设社区服务中心${i}号楼，建筑面积${i + 3}000平方米。`;
const task = (text: string): ExtractTask => ({ key: 'none', entries: [], text, article: { file: 'pool.txt', encoding: 'utf-8', convertedFromTraditional: false, length: text.length } });

describe('the extraction pool', () => {
  it('refuses an extraction when its thread is busy and its queue full (503 extraction_busy)', async () => {
    const pool = new ExtractPool({ threads: 1, queue: 1 });
    try {
      const running = pool.extract(task(FIVE));
      const queued = pool.extract(task(small(1)));
      const refused = await pool.extract(task(small(2))).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(HttpError);
      expect(refused).toMatchObject({ status: 503, code: 'extraction_busy', details: { threads: 1, queue: 1 } });
      const [big, little] = await Promise.all([running, queued]);
      expect(big.entities.length).toBeGreaterThan(100);
      expect(little.entities.map((e) => e.name)).toContain('东关街道');
    } finally {
      await pool.close();
    }
  });

  it('counts only the run against the timeout: an article waiting behind a long one is extracted, not stopped', async () => {
    const pool = new ExtractPool({ threads: 1, queue: 1 });
    try {
      const t = performance.now();
      const running = pool.extract(task(FIVE + FIVE)).then(() => performance.now() - t);
      // a short article: milliseconds of its own run, but it waits for the long one's seconds
      const queued = await pool.extract(task(small(4)), { timeoutMs: 1000 }).catch((e: unknown) => e);
      const waited = await running;
      expect(waited).toBeGreaterThan(1000); // else the wait did not outlast the timeout and this proves nothing
      expect(queued).not.toBeInstanceOf(Error);
      expect((queued as Awaited<ReturnType<ExtractPool['extract']>>).entities.map((e) => e.name)).toContain('东关街道');
    } finally {
      await pool.close();
    }
  }, 90_000);

  it('stops an extraction past its timeout (503 extraction_timeout) and extracts the next with a new worker', async () => {
    const pool = new ExtractPool({ threads: 1, queue: 1 });
    try {
      const t = performance.now();
      const stopped = await pool.extract(task(FIVE + FIVE), { timeoutMs: 300 }).catch((e: unknown) => e);
      expect(stopped).toMatchObject({ status: 503, code: 'extraction_timeout', details: { timeoutMs: 300 } });
      expect(performance.now() - t).toBeLessThan(3000);
      // piscina replaced the terminated worker
      const after = await pool.extract(task(small(3)));
      expect(after.entities.map((e) => e.name)).toContain('东关街道');
    } finally {
      await pool.close();
    }
  }, 90_000);
});

describe('POST /api/drafts beside other calls', () => {
  let neo: PrivateNeo4j;
  let api: TestServer;
  beforeAll(async () => {
    neo = await privateNeo4j();
    await loadSeed(neo.driver, compileSeed());
    api = await startTestServer(neo.driver);
    await api.get('/api/health'); // the JVM warm: health's quick deadline applies from here
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    await closeExtractPool();
    await neo?.dispose();
  });

  it('answers health within 200 ms (median) while a long article is being extracted', async () => {
    const text = `${FIVE}\n${FIVE}`.replace(/市中区/g, '市中区'); // ~94 KB: ~10 s of jieba and rules
    const started = performance.now();
    let done = false;
    const posting = api.post<DraftView>('/api/drafts', { text, title: '五篇合集', year: 2024 }).finally(() => (done = true));
    const pings: number[] = [];
    while (!done) {
      const { status, ms } = await api.get('/api/health');
      expect(status).toBe(200);
      if (!done) pings.push(ms);
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const { status, body } = await posting;
    const total = performance.now() - started;
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(201);
    expect(body.entities.length).toBeGreaterThan(100);
    pings.sort((a, b) => a - b);
    const median = pings[Math.floor(pings.length / 2)];
    const max = pings.at(-1)!;
    console.log(`draft of ${text.length} chars in ${Math.round(total)} ms; ${pings.length} health calls meanwhile: median ${Math.round(median)} ms, p90 ${Math.round(pings[Math.floor(pings.length * 0.9)])} ms, max ${Math.round(max)} ms`);
    // on the main thread the extraction held every call for its whole length (seconds)
    expect(pings.length).toBeGreaterThan(10);
    expect(median).toBeLessThan(200);
    expect(max).toBeLessThan(total / 3);
  }, 180_000);

  it('answers 503 extraction_busy with Retry-After when the queue is full, and extracts the rest', async () => {
    const big = api.post<DraftView>('/api/drafts', { text: `${FIVE}\n附：第二稿`, title: '长文' });
    // the long one holds a thread once it reaches the pool (decoding and the gazetteer's read come first)
    const pool = extractPool();
    while (pool.inFlight < 1) await new Promise((ok) => setTimeout(ok, 20));
    // one more than the threads left and the queue hold, whatever this machine's core count made them
    const n = pool.threads - 1 + pool.queue + 1;
    const answers = await Promise.all(Array.from({ length: n }, (_, i) => api.post<DraftView>('/api/drafts', { text: small(i + 10), title: `短文${i}` })));
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) {
      expect(r.body.code).toBe('extraction_busy');
      expect(r.headers.get('retry-after')).toBe('1');
    }
    expect(answers.filter((a) => a.status === 201).length).toBe(n - refused.length);
    expect((await big).status).toBe(201);
  }, 180_000);
});
