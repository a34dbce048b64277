// Benchmark of the explorer API on the seed graph (not a test): p50/p95 per endpoint, sequential
// requests over HTTP on loopback against an embedded Neo4j of its own. Writes bench/results/api.md.
// Usage: npx tsx bench/api.bench.ts [iterations]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchEmbeddedNeo4j } from '../neo4j-launcher/index.ts';
import { compileSeed } from '../graph-seed/src/compile.ts';
import { loadSeed } from '../graph-seed/src/load.ts';
import { createApp } from '../server/src/app.ts';
import { listen } from '../server/src/listen.ts';
import { createLogger } from '../server/src/log.ts';
import { createDriver } from '../server/src/store/db.ts';
import { createNeo4jStore } from '../server/src/store/neo4j-store.ts';

const ITERATIONS = Number(process.argv[2] ?? 200);
const WARMUP = 30;

const home = mkdtempSync(join(tmpdir(), 'kg-bench-'));
const neo4j = await launchEmbeddedNeo4j({ home });
const driver = createDriver(neo4j.uri);
try {
  await loadSeed(driver, compileSeed());
  const server = await listen(createApp(createNeo4jStore(driver), createLogger('silent')), 0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const idOf = async (name: string) => (await driver.executeQuery('MATCH (n:Entity {name: $name}) RETURN n.id AS id', { name })).records[0].get('id');
  const hub = await idOf('市中区');
  const leaf = await idOf('科大讯飞');
  const zone = await idOf('中央活力区');

  const cases: Array<[string, string[]]> = [
    ['search (Chinese)', ['中央活力区', '活力', '市中', '科大', '山东', '项目'].map((q) => `/api/search?q=${encodeURIComponent(q)}`)],
    ['search (pinyin)', ['zyhlq', 'zhongyang', 'kdxf', 'shizhongqu'].map((q) => `/api/search?q=${q}`)],
    ['expand depth 1 (hub 市中区, limit 20 as the client asks)', [`/api/nodes/${hub}/neighbors?depth=1&limit=20`]],
    ['expand depth 1 (hub 市中区, limit 100)', [`/api/nodes/${hub}/neighbors?depth=1&limit=100`]],
    ['expand depth 1 (leaf)', [`/api/nodes/${leaf}/neighbors?depth=1`]],
    ['expand depth 2 (leaf)', [`/api/nodes/${leaf}/neighbors?depth=2&limit=200`]],
    ['node details', [`/api/nodes/${hub}`, `/api/nodes/${zone}`]],
    ['shortest path', [`/api/paths?from=${leaf}&to=${zone}`]],
    ['overview (whole graph)', ['/api/graph']],
    ['article with mentions', ['/api/articles/002_ef7e7b1f7dc22885']],
    ['schema', ['/api/schema']],
  ];

  const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  const rows: string[] = [];
  for (const [name, urls] of cases) {
    const n = name.startsWith('overview') || name === 'schema' ? Math.ceil(ITERATIONS / 4) : ITERATIONS;
    for (let i = 0; i < WARMUP; i++) await (await fetch(base + urls[i % urls.length])).arrayBuffer();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      const res = await fetch(base + urls[i % urls.length]);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${urls[i % urls.length]} answered ${res.status}`);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const row = `| ${name} | ${n} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${times.at(-1)!.toFixed(1)} |`;
    console.log(row);
    rows.push(row);
  }
  const table = ['| endpoint | requests | p50 ms | p95 ms | max ms |', '|---|---|---|---|---|', ...rows].join('\n');
  writeFileSync(
    new URL('./results/api.md', import.meta.url),
    `# API latency on the seed graph\n\nMeasured by \`npx tsx bench/api.bench.ts ${ITERATIONS}\` on ${new Date().toISOString().slice(0, 10)}: sequential HTTP requests on loopback, embedded Neo4j, after ${WARMUP} warm-up requests per case. Goal: p95 ≤ 20 ms for search and expansion.\n\n${table}\n`,
  );
  server.close();
} finally {
  await driver.close();
  await neo4j.stop();
  rmSync(home, { recursive: true, force: true });
}
