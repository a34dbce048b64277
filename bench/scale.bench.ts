// Scale benchmark (issue #19): a synthetic graph of N entities in the project's own storage format,
// bulk-loaded into a fresh embedded Neo4j, then every interactive call measured over HTTP against the
// real server and through the raw driver with the same statements, interleaved. Writes
// bench/results/scale-N.md (keeping its "## History" section) and prints as its last line
// `scale N entities: worst p95 X ms (case), worst ratio Y`.
// Usage: npm run bench:scale -- --entities N [--facts-per-entity F] [--rounds R] [--home DIR] [--keep]
//   --home DIR  a home this bench loaded before (same N and F): measure again without reloading
//   --keep      leave the home on disk (it is deleted otherwise, unless --home was given)
//   --load-only generate and load into --home, then stop (measure later with the same --home)
//   --bulk import|bolt  Neo4j's offline importer over CSV (default), or batched UNWIND transactions over Bolt
//   --only REGEX  measure only the cases whose name matches (a diagnostic run: the report says so)
//   --out FILE  write the results there instead of bench/results/scale-N.md (exploratory runs)
//   --server-root DIR  start the server from another checkout of this repository (an older commit's,
//               in a git worktree) to compare two builds on the same store
//   --cpu-prof DIR  the server and the floor write V8 CPU profiles (node --cpu-prof) into DIR/ours and DIR/floor
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchEmbeddedNeo4j } from '../neo4j-launcher/index.ts';
import { ensureSchema } from '../model/storage/index.ts';
import { createDriver } from '../server/src/store/db.ts';
import { SyntheticGraph } from './scale/generate.ts';
import { bulkImport, processCpuSeconds, type ImportReport } from './scale/import.ts';
import { bulkLoad, createConstraints, type LoadReport } from './scale/load.ts';
import { capture, measure, pct, profile, type Case } from './scale/measure.ts';
import { writeReport } from './scale/report.ts';
import { probes } from './scale/probes.ts';
import { search } from '../server/src/operations/search.ts';
import { nodeDetails } from '../server/src/operations/node-details.ts';
import { edgeDetails } from '../server/src/operations/edge-details.ts';
import { expand, neighbors } from '../server/src/operations/neighbors.ts';
import { neighborGroups } from '../server/src/operations/neighbor-groups.ts';
import { paths } from '../server/src/operations/paths.ts';
import { overview } from '../server/src/operations/overview.ts';
import { schema } from '../server/src/operations/schema.ts';
import { stats } from '../server/src/operations/stats.ts';
import { listArticles } from '../server/src/operations/articles.ts';
import { pinyinKeys } from '../model/storage/index.ts';
import { NODE_FACTS_CAP } from '../model/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    'facts-per-entity': { type: 'string', default: '5' },
    rounds: { type: 'string', default: '300' },
    'budget-seconds': { type: 'string', default: '90' },
    home: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'load-only': { type: 'boolean', default: false },
    bulk: { type: 'string', default: 'import' },
    port: { type: 'string', default: '0' },
    'heap-mb': { type: 'string' },
    'pagecache-mb': { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
    'server-root': { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
const positive = (name: string, v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`bench:scale: --${name} must be a positive whole number, got "${v}"`);
  return n;
};
const N = positive('entities', args.entities!);
const F = positive('facts-per-entity', args['facts-per-entity']!);
const ROUNDS = positive('rounds', args.rounds!);
const say = (msg: string) => console.log(msg);

// A big store wants a bigger page cache than `npm start`'s default: up to 4 GiB at 1M entities.
const memory = {
  heapMb: args['heap-mb'] ? positive('heap-mb', args['heap-mb']) : 2048,
  pageCacheMb: args['pagecache-mb'] ? positive('pagecache-mb', args['pagecache-mb']) : Math.min(4096, Math.max(512, Math.round((N / 1_000_000) * 4096))),
  txTotalMb: 1024,
  txMaxMb: 512,
};
const graph = new SyntheticGraph({ entities: N, factsPerEntity: F, hubShare: 0.35, seed: 19 });
const reuse = args.home !== undefined && existsSync(join(args.home, 'data'));
const home = args.home ?? mkdtempSync(join(tmpdir(), 'h1-scale-'));
say(`bench:scale: ${N.toLocaleString('en')} entities × ${F} facts, home ${home}${reuse ? ' (reused)' : ''}`);
if (args.bulk !== 'import' && args.bulk !== 'bolt') throw new Error(`bench:scale: --bulk must be import or bolt, got "${args.bulk}"`);
let imported: ImportReport | undefined;
if (!reuse && args.bulk === 'import') {
  mkdirSync(join(home, 'conf'), { recursive: true });
  imported = await bulkImport(graph, home, say);
}
const launched = performance.now();
const neo = await launchEmbeddedNeo4j({ home, memory, say });
// between the import and the indexes: the user waits for it too, though no phase's rate counts it
if (imported) say(`  embedded Neo4j started in ${((performance.now() - launched) / 1000).toFixed(1)} s`);
const driver = createDriver(neo.uri, neo.user, neo.password);
let server: ChildProcess | undefined;
let floor: ChildProcess | undefined;
try {
  let load: LoadReport | undefined;
  if (imported) {
    const t = performance.now();
    const [cpu0, load0] = [processCpuSeconds(neo.pid()!), loadavg()[0]];
    // one statement each, as a seed makes them: creating them in one transaction was measured (100k,
    // bench/results/bulk-load.md) and used the same CPU, since the populations already run side by side
    await createConstraints(driver);
    await ensureSchema(driver, undefined, 3600);
    const indexSeconds = (performance.now() - t) / 1000;
    const indexCpu = processCpuSeconds(neo.pid()!) - cpu0;
    say(`  constraints and indexes built in ${indexSeconds.toFixed(0)} s, ${indexCpu.toFixed(0)} CPU-s of the Neo4j JVM (load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)})`);
    // three rates side by side: the whole load (CSV, import, indexes: what the bench's user waits for),
    // import + indexes (what someone holding CSV files waits for) and the importer's alone
    const wholeSeconds = imported.csvSeconds + imported.importSeconds + indexSeconds;
    const rate = (seconds: number) => Math.round(imported!.facts / seconds).toLocaleString('en');
    say(`  bulk load: ${rate(wholeSeconds)} facts/s over the whole ${wholeSeconds.toFixed(0)} s; import + indexes ${rate(imported.importSeconds + indexSeconds)} facts/s; the import alone ${rate(imported.importSeconds)} facts/s`);
    load = { ...imported, via: 'CSV, neo4j-admin database import, then the schema (factsPerSecond over all three)', entitySeconds: imported.csvSeconds, factSeconds: imported.importSeconds, indexSeconds, indexCpu, indexLoad: [load0, loadavg()[0]], factsPerSecond: imported.facts / wholeSeconds } as LoadReport;
  } else if (!reuse) load = await bulkLoad(driver, graph, say);
  else {
    say('  ensuring the schema of this version (new indexes are built on the reused store) …');
    await ensureSchema(driver, undefined, 3600);
  }
  if (load) writeFileSync(join(home, 'load.json'), JSON.stringify(load));
  else if (existsSync(join(home, 'load.json'))) load = JSON.parse(readFileSync(join(home, 'load.json'), 'utf8'));
  if (args['load-only']) say(`loaded into ${home}; measure with --home ${home}`);
  else {

  // the server as `npm start` runs it, attached to this home's Neo4j (bolt.json)
  const started = performance.now();
  const profiled = (who: string) => (args['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', join(args['cpu-prof'], who)] : []);
  server = spawn(process.execPath, [...profiled('ours'), '--import', 'tsx', 'server/main.ts'], {
    cwd: args['server-root'] ?? ROOT,
    env: { ...process.env, PORT: args.port, NEO4J_HOME: home, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let warmUp = '';
  const base = await new Promise<string>((resolve, reject) => {
    let tail = '';
    server!.stdout!.on('data', (chunk) => {
      tail = (tail + chunk).slice(-4000);
      const m = /ready at (http:\/\/[\d.:]+)/.exec(tail);
      if (m) resolve(m[1]);
      const w = /"ms":(\d+)[^\n]*warm-up done[^\n]*/.exec(tail);
      if (w) warmUp = w[0];
    });
    server!.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${tail}`)));
  });
  const startSeconds = (performance.now() - started) / 1000;
  say(`  server ready at ${base} in ${startSeconds.toFixed(1)} s; waiting for its warm-up …`);
  for (const until = Date.now() + 180_000; !warmUp && Date.now() < until; ) await new Promise((ok) => setTimeout(ok, 500));
  say(`  warm-up: ${warmUp ? warmUp.slice(0, 200) : 'not done after 3 min'}`);

  // probes: the biggest hub (entity 0), a mid-degree entity, a leaf (the last entity), one of its facts
  const { hub, mid, leaf, edge, word } = await probes(graph, driver);
  const rare = String(graph.entity(N - 1).props.name).slice(0, 3);
  const py = pinyinKeys(word);
  const degrees = await driver.executeQuery('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, COUNT { (n)--(:Entity) } AS d', { ids: [hub, mid, leaf] });
  const degreeOf = Object.fromEntries(degrees.records.map((r) => [r.get('id'), Number(r.get('d'))]));
  const q = (s: string) => encodeURIComponent(s);
  const searchCase = (label: string, text: string): Case => ({ name: `search, ${label} (${text})`, typing: true, method: 'GET', path: `/api/search?q=${q(text)}`, op: search, input: { query: { q: text } } });
  const every: Case[] = [
    searchCase('Chinese word', word),
    searchCase('pinyin', py.full),
    searchCase('initials', py.initials),
    searchCase('rare prefix', rare),
    searchCase('one common character', '中'),
    { name: `node details, leaf (${degreeOf[leaf]} facts)`, method: 'GET', path: `/api/nodes/${leaf}`, op: nodeDetails, input: { params: { id: leaf } } },
    { name: `node details, hub (${degreeOf[hub]?.toLocaleString('en')} facts)`, method: 'GET', path: `/api/nodes/${hub}`, op: nodeDetails, input: { params: { id: hub } } },
    { name: 'edge details (a fact click)', method: 'GET', path: `/api/edges/${edge}`, op: edgeDetails, input: { params: { id: edge } } },
    { name: 'expand depth 1, leaf', method: 'POST', path: `/api/nodes/${leaf}/neighbors`, body: { limit: 20, canvas: [] }, op: expand, input: { params: { id: leaf }, body: { limit: 20, canvas: [] } } },
    { name: `expand depth 1, mid (${degreeOf[mid]} facts)`, method: 'POST', path: `/api/nodes/${mid}/neighbors`, body: { limit: 20, canvas: [] }, op: expand, input: { params: { id: mid }, body: { limit: 20, canvas: [] } } },
    { name: 'expand depth 1, biggest hub, limit 20', method: 'POST', path: `/api/nodes/${hub}/neighbors`, body: { limit: 20, canvas: [] }, op: expand, input: { params: { id: hub }, body: { limit: 20, canvas: [] } } },
    { name: 'hub groups (neighbours by type and label)', method: 'POST', path: `/api/nodes/${hub}/groups`, body: { canvas: [] }, op: neighborGroups, input: { params: { id: hub }, body: { canvas: [] } } },
    { name: 'expand depth 2, mid, limit 100', method: 'GET', path: `/api/nodes/${mid}/neighbors?depth=2&limit=100`, op: neighbors, input: { params: { id: mid }, query: { depth: '2', limit: '100' } } },
    { name: 'shortest path, leaf → mid', method: 'GET', path: `/api/paths?from=${leaf}&to=${mid}`, op: paths, input: { query: { from: leaf, to: mid } } },
    { name: 'start view (40 entities)', method: 'GET', path: '/api/graph?limit=40', op: overview, input: { query: { limit: '40' } } },
    { name: 'overview (default cap)', method: 'GET', path: '/api/graph', op: overview, input: { query: {} } },
    { name: 'articles list', method: 'GET', path: '/api/articles', op: listArticles, input: {} },
    { name: 'schema', method: 'GET', path: '/api/schema', op: schema, input: {} },
    { name: 'stats', method: 'GET', path: '/api/stats', op: stats, input: {} },
    // last, so the cases before keep their order (each one's predecessor is the same as in earlier runs)
    { name: `node details, hub, next page (offset ${NODE_FACTS_CAP})`, method: 'GET', path: `/api/nodes/${hub}?offset=${NODE_FACTS_CAP}`, op: nodeDetails, input: { params: { id: hub }, query: { offset: String(NODE_FACTS_CAP) } } },
  ];
  const only = args.only ? new RegExp(args.only) : undefined;
  const cases = only ? every.filter((c) => only.test(c.name)) : every;
  say('  capturing each case\'s statements …');
  const statements = [];
  for (const c of cases) {
    try {
      statements.push(await capture(driver, c));
    } catch (err) {
      say(`  ${c.name}: the operation failed outside the server: ${String((err as Error).message).split('\n')[0]}`);
      statements.push([]);
    }
  }
  // RSS of the server and the Neo4j JVM, sampled through the run
  const rss = { server: 0, neo4j: 0 };
  const vmRss = (pid?: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const sampler = setInterval(() => {
    rss.server = Math.max(rss.server, vmRss(server?.pid));
    rss.neo4j = Math.max(rss.neo4j, vmRss(neo.pid()));
  }, 500);
  // the floor: the same statements behind a bare node:http server in its own process (floor-server.ts)
  const statementsFile = join(mkdtempSync(join(tmpdir(), 'h1-floor-')), 'statements.json');
  writeFileSync(statementsFile, JSON.stringify({ uri: neo.uri, user: neo.user, password: neo.password, statements }));
  floor = spawn(process.execPath, [...profiled('floor'), '--import', 'tsx', 'bench/scale/floor-server.ts', statementsFile, '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const floorBase = await new Promise<string>((resolve, reject) => {
    floor!.stdout!.on('data', (chunk) => { const m = /ready (\d+)/.exec(String(chunk)); if (m) resolve(`http://127.0.0.1:${m[1]}`); });
    floor!.once('exit', (code) => reject(new Error(`floor server exited with ${code}`)));
  });
  // as the server (main.ts): no source-mapped stack per statement on the raw path either
  process.setSourceMapsEnabled(false);
  const t0 = performance.now();
  // CPU of the server and of the floor over the kept rounds: what each spends per call, the driver's share included
  let cpu0 = { ours: 0, floor: 0 };
  const cpuNow = () => ({ ours: processCpuSeconds(server!.pid!), floor: processCpuSeconds(floor!.pid!) });
  const samples = await measure(base, floorBase, driver, cases, statements, { rounds: ROUNDS, warmRounds: 3, budgetSeconds: Number(args['budget-seconds']), say, onStart: () => void (cpu0 = cpuNow()) });
  const cpu1 = cpuNow();
  const calls = { ours: samples.reduce((n, s) => n + s.http.length, 0), floor: samples.reduce((n, s) => n + s.floor.length, 0) };
  const serverCpu = { ours: ((cpu1.ours - cpu0.ours) * 1000) / calls.ours, floor: ((cpu1.floor - cpu0.floor) * 1000) / calls.floor };
  say(`  server CPU per call (all cases): ours ${serverCpu.ours.toFixed(2)} ms, floor ${serverCpu.floor.toFixed(2)} ms`);
  clearInterval(sampler);
  say(`  measured in ${((performance.now() - t0) / 1000).toFixed(0)} s; profiling …`);
  const profiles = [];
  for (const s of statements) profiles.push(await profile(driver, s));
  const summary = writeReport({ N, F, load, cases, samples, profiles, rss, memory, startSeconds, warmUp, rounds: ROUNDS, serverCpu, flags: [args.only && `--only '${args.only}'`, args['server-root'] && `--server-root ${args['server-root']}`].filter(Boolean).join(' '), file: args.out ?? new URL(`./results/scale-${N}.md`, import.meta.url).pathname });
  for (const [k, c] of cases.entries()) say(`  ${c.name}: HTTP p50 ${pct(samples[k].http, 50).toFixed(1)} p95 ${pct(samples[k].http, 95).toFixed(1)} | raw p50 ${pct(samples[k].raw, 50).toFixed(1)} p95 ${pct(samples[k].raw, 95).toFixed(1)} | floor p50 ${pct(samples[k].floor, 50).toFixed(1)} p95 ${pct(samples[k].floor, 95).toFixed(1)} | ${profiles[k].dbHits} db hits | the bench's own GC inside: HTTP ${samples[k].gc.http.toFixed(0)} ms, raw ${samples[k].gc.raw.toFixed(0)} ms`);
  say(summary);
  }
} finally {
  floor?.kill('SIGTERM');
  server?.kill('SIGTERM');
  if (server && server.exitCode === null) await new Promise((ok) => server!.once('exit', ok));
  await driver.close();
  await neo.stop();
  if (!args.home && !args.keep) rmSync(home, { recursive: true, force: true });
}
