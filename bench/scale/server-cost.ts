// What our own server code costs per API call, part by part, with Neo4j out of the loop (issue #19: the
// bench's HTTP/floor ratio). Against a store the scale bench loaded, it records each case's query
// results once, then times, in one process and in µs per call (min of blocks of 100 calls, client included):
//   1. the operation's own work on the recorded results (decoding, mapping) and the JSON of its answer;
//   2. the HTTP stack answering the operation's recorded answer at once, built up layer by layer: a bare
//      node:http server, Express with the route table, Express with our middleware (host allowlist,
//      helmet, body parsers), and the app as createApp builds it (the router: validation, deadline, hang-up).
// Usage: npx tsx bench/scale/server-cost.ts --home DIR [--entities N] [--blocks B]
//   (N and the facts per entity as the home was loaded with; the home's Neo4j must not be running)
import http from 'node:http';
import { parseArgs } from 'node:util';
import express from 'express';
import { pino } from 'pino';
import { launchEmbeddedNeo4j } from '../../neo4j-launcher/index.ts';
import { createDriver, createDb, type Db } from '../../server/src/store/db.ts';
import { SyntheticGraph } from './generate.ts';
import { probes } from './probes.ts';
import { runHttp, pct, type Case } from './measure.ts';
import { search } from '../../server/src/operations/search.ts';
import { nodeDetails } from '../../server/src/operations/node-details.ts';
import { edgeDetails } from '../../server/src/operations/edge-details.ts';
import { expand, neighbors } from '../../server/src/operations/neighbors.ts';
import { paths } from '../../server/src/operations/paths.ts';
import { overview } from '../../server/src/operations/overview.ts';
import { listArticles } from '../../server/src/operations/articles.ts';
import { DEFAULT_CYPHER_LIMITS } from '../../server/src/operations/cypher.ts';
import type { AnyOperation } from '../../server/src/operations/operation.ts';
import { hostAllowlist } from '../../server/src/http/host-allowlist.ts';
import { securityHeaders } from '../../server/src/http/security-headers.ts';
import { apiRouter } from '../../server/src/routes/router.ts';
import { rateLimiters } from '../../server/src/routes/rate-limit.ts';
import { ROUTES } from '../../server/src/routes.ts';
import { validate } from '../../server/src/routes/validate.ts';
import { errorHandler } from '../../server/src/errors.ts';

const { values: args } = parseArgs({ options: { home: { type: 'string' }, entities: { type: 'string', default: '100000' }, 'facts-per-entity': { type: 'string', default: '5' }, blocks: { type: 'string', default: '20' } } });
if (!args.home) throw new Error('server-cost: --home DIR (a home bench:scale loaded) is required');
process.setSourceMapsEnabled(false); // as the server (main.ts)
const N = Number(args.entities);
const BLOCKS = Number(args.blocks);
const graph = new SyntheticGraph({ entities: N, factsPerEntity: Number(args['facts-per-entity']), hubShare: 0.35, seed: 19 });
const neo = await launchEmbeddedNeo4j({ home: args.home, memory: { heapMb: 2048, pageCacheMb: 512, txTotalMb: 1024, txMaxMb: 512 } });
const driver = createDriver(neo.uri, neo.user, neo.password);
const db = createDb(driver);
const limits = DEFAULT_CYPHER_LIMITS;
const inputOf = (c: Case) => ({
  ...(c.op.params ? c.op.params.parse(c.input.params ?? {}) : {}),
  ...(c.op.query ? c.op.query.parse(c.input.query ?? {}) : {}),
  ...(c.op.body ? c.op.body.parse(c.input.body ?? {}) : {}),
});
const cases: Case[] = [];
const recorded: unknown[][] = [];
const outputs: unknown[] = [];
try {
  const { hub, mid, leaf, edge, word } = await probes(graph, driver);
  const q = encodeURIComponent;
  cases.push(
    { name: `search (${word})`, method: 'GET', path: `/api/search?q=${q(word)}`, op: search, input: { query: { q: word } } },
    { name: 'node details, leaf', method: 'GET', path: `/api/nodes/${leaf}`, op: nodeDetails, input: { params: { id: leaf } } },
    { name: 'node details, hub', method: 'GET', path: `/api/nodes/${hub}`, op: nodeDetails, input: { params: { id: hub } } },
    { name: 'edge details', method: 'GET', path: `/api/edges/${edge}`, op: edgeDetails, input: { params: { id: edge } } },
    { name: 'expand depth 1, leaf', method: 'POST', path: `/api/nodes/${leaf}/neighbors`, body: { limit: 20, canvas: [] }, op: expand, input: { params: { id: leaf }, body: { limit: 20, canvas: [] } } },
    { name: 'expand depth 2, mid', method: 'GET', path: `/api/nodes/${mid}/neighbors?depth=2&limit=100`, op: neighbors, input: { params: { id: mid }, query: { depth: '2', limit: '100' } } },
    { name: 'shortest path', method: 'GET', path: `/api/paths?from=${leaf}&to=${mid}`, op: paths, input: { query: { from: leaf, to: mid } } },
    { name: 'start view', method: 'GET', path: '/api/graph?limit=40', op: overview, input: { query: { limit: '40' } } },
    { name: 'overview', method: 'GET', path: '/api/graph', op: overview, input: { query: {} } },
    { name: 'articles list', method: 'GET', path: '/api/articles', op: listArticles, input: {} },
  );
  // warm Neo4j's caches and plans (a statement's own 5 s timeout may pass on a cold store on a busy
  // machine: tried again), then record each case's results and answer
  for (const c of cases)
    for (let ok = 0, tries = 0; ok < 3; tries++)
      await c.op.run({ db, limits }, inputOf(c)).then(
        () => ok++,
        (err) => { if (tries > 10) throw err; },
      );
  for (const c of cases) {
    const got: unknown[] = [];
    const recording: Db = {
      ...db,
      read: async (cypher, params, timeoutMs) => { const r = await db.read(cypher, params, timeoutMs); got.push(r); return r; },
      readTx: (work, timeoutMs) => db.readTx((tx) => work(new Proxy(tx, { get: (o, k) => (k === 'run' ? async (cy: string, p: object) => { const r = await o.run(cy, p); got.push(r); return r; } : Reflect.get(o, k)) })), timeoutMs),
      bound: () => recording,
      background: () => recording,
    };
    outputs.push(await c.op.run({ db: recording, limits }, inputOf(c)));
    recorded.push(got);
  }
} finally {
  await driver.close();
  await neo.stop();
}

/** A Db that answers each statement with what it answered when recorded. */
const replay = (k: number): Db => {
  let i = 0;
  const d: Db = { driver, read: async () => recorded[k][i++] as never, readTx: async (work) => work({ run: async () => recorded[k][i++] } as never), bound: () => d, background: () => d };
  return d;
};
const perCall = async (fn: () => Promise<unknown>, n = 100) => {
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - t) * 1000) / n;
};
const min = (xs: number[]) => Math.min(...xs);

console.log(`1. the operation on recorded results, µs per call (min of ${BLOCKS} blocks of 100)\n`);
console.log('| case | op.run | JSON.stringify of the answer | answer bytes |\n|---|---|---|---|');
for (const [k, c] of cases.entries()) {
  const input = inputOf(c);
  const run: number[] = [];
  const json: number[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    run.push(await perCall(() => c.op.run({ db: replay(k), limits }, input)));
    json.push(await perCall(async () => JSON.stringify(outputs[k])));
  }
  console.log(`| ${c.name} | ${min(run).toFixed(0)} | ${min(json).toFixed(0)} | ${JSON.stringify(outputs[k]).length.toLocaleString('en')} |`);
}

// every route's operation answers the current case's recorded answer at once
let current = 0;
const canned = ROUTES.map((r) => ({ ...r, operation: { ...r.operation, run: async () => outputs[current] } as AnyOperation }));
const ctx = { db: createDb(driver), limits };
const log = pino({ level: 'silent' });
const app = (middleware: boolean, router: 'express' | 'ours') => {
  const a = express();
  a.disable('x-powered-by');
  a.set('query parser', 'simple');
  a.set('etag', false);
  if (middleware) {
    a.use(hostAllowlist());
    a.use(securityHeaders());
    a.use('/api/drafts', express.json({ limit: '3mb' }));
  }
  a.use(express.json({ limit: '1mb' }));
  if (router === 'ours') a.use('/api', apiRouter(canned, ctx, rateLimiters({})));
  else {
    // Express's router, a route per operation, input validated and the answer sent by res.json
    const r = express.Router();
    for (const { method, path, operation: op } of canned)
      r[method](path, async (req, res) => {
        const input = { ...(op.params ? validate(op.params, req.params, 'path') : {}), ...(op.query ? validate(op.query, req.query, 'query') : {}), ...(op.body ? validate(op.body, req.body, 'body') : {}) };
        res.json(await op.run(ctx, input));
      });
    a.use('/api', r);
  }
  a.use(errorHandler(log));
  return a;
};
const layers: Array<[string, http.RequestListener]> = [
  ['node:http, JSON', (_req, res) => { const body = Buffer.from(JSON.stringify(outputs[current])); res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body); }],
  ['Express, its router', app(false, 'express')],
  ['+ host allowlist, helmet, body parsers', app(true, 'express')],
  ['as createApp (apiRouter)', app(true, 'ours')],
];
const bases: string[] = [];
for (const [, listener] of layers)
  bases.push(await new Promise<string>((ok) => { const s = http.createServer(listener); s.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(s.address() as { port: number }).port}`)); }));
const times = cases.map(() => layers.map(() => [] as number[]));
for (let b = 0; b < BLOCKS; b++)
  for (const [k, c] of cases.entries()) {
    current = k;
    for (const j of b % 2 ? [...layers.keys()].reverse() : layers.keys())
      times[k][j].push(await perCall(async () => { const status = await runHttp(bases[j], c); if (status !== 200) throw new Error(`${layers[j][0]}, ${c.name}: ${status}`); }));
  }
console.log(`\n2. one call over HTTP with its recorded answer, µs (min of ${BLOCKS} blocks of 100, this process's client included)\n`);
console.log(`| case | ${layers.map(([name]) => name).join(' | ')} |\n|---|${layers.map(() => '---|').join('')}`);
for (const [k, c] of cases.entries()) console.log(`| ${c.name} | ${times[k].map((xs) => min(xs).toFixed(0)).join(' | ')} |`);
console.log(`| median of the cases | ${layers.map((_, j) => pct(cases.map((_, k) => min(times[k][j])), 50).toFixed(0)).join(' | ')} |`);
process.exit(0);
