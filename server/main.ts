// Composition root of `npm start`: config → database (embedded unless NEO4J_URI) → seed if empty →
// store → app → listen. SIGINT/SIGTERM close the server, then the driver, then the embedded Neo4j.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { CLIENT_DIST, createApp } from './src/app.ts';
import { ConfigError, readConfig } from './src/config.ts';
import { openDatabase } from './src/database.ts';
import { listen } from './src/listen.ts';
import { createLogger } from './src/log.ts';
import { createNeo4jStore } from './src/store/neo4j-store.ts';
import { seedIfEmpty } from '../graph-seed/src/seed-if-empty.ts';

const started = Date.now();
let config;
try {
  config = readConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
const log = createLogger(config.LOG_LEVEL);
const say = (msg: string) => console.log(msg);

if (!existsSync(CLIENT_DIST)) {
  say('building the client (first run) …');
  const { build } = await import('vite');
  await build({ configFile: new URL('../client/vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}

const database = await openDatabase(config, say).catch((err) => {
  console.error(err.message);
  process.exit(1);
});
const seeded = await seedIfEmpty(database.driver, config.NEO4J_DATABASE);
if (seeded) say(`seeded the empty database: ${seeded.entities} entities, ${seeded.relations} relations`);

const store = createNeo4jStore(database.driver, config.NEO4J_DATABASE);
const app = createApp(store, log, {
  cypher: { limits: { timeoutMs: config.QUERY_TIMEOUT_MS, rowCap: config.CYPHER_ROW_CAP, graphCap: config.CYPHER_GRAPH_CAP } },
});
const server = await listen(app, config.PORT, config.HOST).catch(async (err: Error) => {
  console.error(`cannot listen on ${config.HOST}:${config.PORT}: ${err.message}`);
  await database.close();
  process.exit(1);
});
const { port } = server.address() as AddressInfo;
say(`explorer ready at http://${config.HOST}:${port} (Neo4j ${database.uri}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping …`);
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
