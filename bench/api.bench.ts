// Benchmark of the explorer API on the seed graph (not a test): p50/p95 per endpoint. The server runs
// as `npm start` does, in its own process on an embedded Neo4j of its own (seeded on start); this
// process is only the client, sending sequential requests on loopback. Writes bench/results/api.md.
// Usage: npx tsx bench/api.bench.ts [iterations]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ITERATIONS = Number(process.argv[2] ?? 200);
const WARMUP = 100;
const ROOT = new URL('..', import.meta.url).pathname;

const home = mkdtempSync(join(tmpdir(), 'kg-bench-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: ROOT,
  env: { ...process.env, PORT: '0', NEO4J_HOME: home, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const m = /ready at (http:\/\/[\d.:]+)/.exec(out);
    if (m) resolve(m[1]);
  });
  server.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
});
try {
  const idOf = async (name: string) => {
    const res = await fetch(`${base}/api/search?q=${encodeURIComponent(name)}&limit=1`);
    return ((await res.json()) as { results: Array<{ id: string }> }).results[0].id;
  };
  const hub = await idOf('市中区');
  const leaf = await idOf('科大讯飞');
  const zone = await idOf('中央活力区');
  const edge = (((await (await fetch(`${base}/api/nodes/${leaf}/neighbors`)).json()) as { edges: Array<{ id: string }> }).edges[0].id);

  const cases: Array<[string, string[]]> = [
    ['search (Chinese)', ['中央活力区', '活力', '市中', '科大', '山东', '项目'].map((q) => `/api/search?q=${encodeURIComponent(q)}`)],
    ['search (pinyin)', ['zyhlq', 'zhongyang', 'kdxf', 'shizhongqu'].map((q) => `/api/search?q=${q}`)],
    ['expand depth 1 (hub 市中区, limit 20 as the client asks)', [`/api/nodes/${hub}/neighbors?depth=1&limit=20`]],
    ['expand depth 1 (hub 市中区, default limit 100 of 340)', [`/api/nodes/${hub}/neighbors?depth=1&limit=100`]],
    ['expand depth 1 (leaf)', [`/api/nodes/${leaf}/neighbors?depth=1`]],
    ['expand depth 2 (leaf, default limit 100)', [`/api/nodes/${leaf}/neighbors?depth=2`]],
    ['expand depth 2 (leaf, limit 200)', [`/api/nodes/${leaf}/neighbors?depth=2&limit=200`]],
    ['fact details (edge)', [`/api/edges/${edge}`]],
    ['node details', [`/api/nodes/${hub}`, `/api/nodes/${zone}`]],
    ['shortest path', [`/api/paths?from=${leaf}&to=${zone}`]],
    ['overview (whole graph)', ['/api/graph']],
    ['article with mentions', ['/api/articles/002_ef7e7b1f7dc22885']],
    ['schema', ['/api/schema']],
  ];

  const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  const get = async (url: string) => {
    const t = performance.now();
    const res = await fetch(base + url);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - t;
  };
  // Warm up every case first (JIT, Neo4j's plan cache and page cache, the checkpoint after seeding),
  // then measure round-robin: one request per case per round, so a burst of background work (GC, a
  // checkpoint) spreads over all cases instead of landing on whichever case happened to be running.
  for (let i = 0; i < WARMUP; i++) for (const [, urls] of cases) await get(urls[i % urls.length]);
  const heavy = (name: string) => name.startsWith('overview') || name === 'schema';
  const times = cases.map(() => [] as number[]);
  for (let i = 0; i < ITERATIONS; i++)
    for (const [k, [name, urls]] of cases.entries()) if (!heavy(name) || i % 4 === 0) times[k].push(await get(urls[i % urls.length]));
  const rows: string[] = [];
  for (const [k, [name]] of cases.entries()) {
    const t = times[k].sort((a, b) => a - b);
    const row = `| ${name} | ${t.length} | ${pct(t, 50).toFixed(1)} | ${pct(t, 95).toFixed(1)} | ${t.at(-1)!.toFixed(1)} |`;
    console.log(row);
    rows.push(row);
  }
  const table = ['| endpoint | requests | p50 ms | p95 ms | max ms |', '|---|---|---|---|---|', ...rows].join('\n');
  writeFileSync(
    new URL('./results/api.md', import.meta.url),
    `# API latency on the seed graph\n\nMeasured by \`npx tsx bench/api.bench.ts ${ITERATIONS}\` on ${new Date().toISOString().slice(0, 10)}: the server in its own process as \`npm start\` runs it (embedded Neo4j), sequential HTTP requests from a second process on loopback; ${WARMUP} warm-up rounds over all cases, then one request per case per round (heavy cases every fourth round). Goal: p95 ≤ 20 ms for search and expansion.\n\n${table}\n`,
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((done) => server.once('exit', done));
  rmSync(home, { recursive: true, force: true });
}
