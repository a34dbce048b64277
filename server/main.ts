// Composition root of `npm start`: config → database (embedded unless NEO4J_URI) → seed if empty →
// store → app → listen. SIGINT/SIGTERM, even during start-up, close the server, then the driver,
// then the embedded Neo4j, so no JVM is left behind.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedIfEmpty } from '../graph-seed/src/seed-if-empty.ts';
import { createApp } from './src/app.ts';
import { buildClientApart, clientStaleness } from './src/client-build.ts';
import { ConfigError, readConfig, type Config } from './src/config.ts';
import { openDatabase, type Database } from './src/database.ts';
import { listen } from './src/listen.ts';
import { createLogger } from './src/log.ts';
import { deriveMissing } from '../model/storage/index.ts';
import { DEFAULT_CYPHER_LIMITS } from './src/operations/cypher.ts';
import { createDb, type Db } from './src/store/db.ts';
import { warmUp } from './src/warm-up.ts';
import { closeExtractPool } from './src/extract-pool/pool.ts';

// tsx turns on source-mapped stacks, and the neo4j driver builds a stack for every statement it runs
// (to point a failure at its caller): formatting it through the source maps was ~0.1 ms of CPU per API
// call (2.60 -> 2.50 ms per articles/stats call, 2,400 calls interleaved). A logged stack then names
// the functions and files, with positions in tsx's compiled output.
process.setSourceMapsEnabled(false);
const started = Date.now();
const say = (msg: string) => console.log(msg);
let database: Database | undefined;
let server: Server | undefined;
let stopping = false;
let db: Db | undefined;
let limits = DEFAULT_CYPHER_LIMITS;

async function shutdown(signal: string, code = 0) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping …`);
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((done) => server!.close(() => done()));
  }
  await closeExtractPool();
  await database?.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
// `npm start` does not always forward SIGTERM to its child; when our parent goes, we go too.
const parentPid = process.ppid;
setInterval(() => process.ppid !== parentPid && void shutdown('parent process exited'), 500).unref();

let config: Config;
try {
  config = readConfig();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(2);
}
const log = createLogger(config.LOG_LEVEL);

try {
  // after a `git pull` the old build would be served: rebuilt when its sources changed (hashing them: 2-5 ms)
  const stale = clientStaleness();
  if (stale) {
    say(`building the client: ${stale} …`);
    await buildClientApart();
  }
  database = await openDatabase(config, say);
  if (stopping) await new Promise(() => {}); // a signal arrived while Neo4j was starting: shutdown() owns the exit
  const seeded = await seedIfEmpty(database.driver, config.NEO4J_DATABASE);
  if (seeded) say(`seeded the empty database: ${seeded.entities} entities, ${seeded.relations} relations`);
  else {
    // a database written before the canvas cache or the search keys: derive them for what lacks them
    const derived = await deriveMissing(database.driver, config.NEO4J_DATABASE);
    if (derived.entities || derived.facts) say(`derived the canvas cache and search keys of ${derived.entities} entities and ${derived.facts} facts`);
  }
  limits = { timeoutMs: config.QUERY_TIMEOUT_MS, rowCap: config.CYPHER_ROW_CAP, graphCap: config.CYPHER_GRAPH_CAP };
  db = createDb(database.driver, config.NEO4J_DATABASE);
  const app = createApp(db, log, { cypher: { limits }, allowedHosts: config.ALLOWED_HOSTS });
  server = await listen(app, config.PORT, config.HOST);
} catch (err) {
  console.error(`start-up failed: ${(err as Error).message}`);
  await shutdown('error', 1);
}
const { port } = server!.address() as AddressInfo;
say(`explorer ready at http://${config.HOST}:${port} (Neo4j ${database!.uri}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
// not awaited: requests are served meanwhile, and before it (it yields to them); a failed call only
// means a slower first click of that kind, so it is logged and the pass goes on
void warmUp({ db: db!, limits }).then(({ ms, calls, failed, retried }) =>
  failed.length
    ? log.warn({ ms: Math.round(ms), calls, retried, failed }, `warm-up done, ${failed.length} of ${calls} calls failed`)
    : log.info({ ms: Math.round(ms), calls, retried }, 'warm-up done'),
);
// The extraction thread is not warmed here: it exits after a minute idle (extract-pool/pool.ts), so a
// warm thread helped only a draft in the first minute, and held jieba and the gazetteer (~100-180 MB of
// RSS) through the start; the first draft builds it (seconds).
