// Where the graph lives: the Neo4j at NEO4J_URI when set; otherwise the embedded one of NEO4J_HOME,
// attached to when another project command (usually `npm start`) already runs it, launched if not.
import type { Driver } from 'neo4j-driver';
import { findRunningNeo4j, launchEmbeddedNeo4j, waitForRunningNeo4j, type EmbeddedNeo4j } from '../../neo4j-launcher/index.ts';
import type { Config } from './config.ts';
import { createDriver } from './store/db.ts';

export interface Database {
  driver: Driver;
  uri: string;
  /** the embedded Neo4j we launched (and stop on close) */
  embedded?: EmbeddedNeo4j;
  /** true when we use the embedded Neo4j another process launched (left running on close) */
  attached: boolean;
  /** close the driver, then stop the embedded Neo4j if we launched it */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, say: (msg: string) => void = () => {}): Promise<Database> {
  if (config.NEO4J_URI) return connect(config, config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD);

  let running = findRunningNeo4j(config.NEO4J_HOME);
  if (running && !running.ready) {
    say(`waiting for the embedded Neo4j that process ${running.ownerPid} is starting for ${config.NEO4J_HOME} …`);
    running = await waitForRunningNeo4j(config.NEO4J_HOME);
  }
  if (running) {
    say(`using the embedded Neo4j that process ${running.ownerPid} runs for ${config.NEO4J_HOME} (${running.uri})`);
    try {
      return await connect(config, running.uri, running.user, running.password, { attached: true });
    } catch (err) {
      throw new Error(`${config.NEO4J_HOME} is in use by the Neo4j that process ${running.ownerPid} runs, but ${firstLine(err)}`);
    }
  }

  say(`starting embedded Neo4j (home ${config.NEO4J_HOME}) …`);
  const embedded = await launchEmbeddedNeo4j({
    home: config.NEO4J_HOME,
    port: config.NEO4J_BOLT_PORT,
    memory: {
      heapMb: config.NEO4J_HEAP_MB,
      pageCacheMb: config.NEO4J_PAGECACHE_MB,
      txTotalMb: config.NEO4J_TX_MEMORY_TOTAL_MB,
      txMaxMb: config.NEO4J_TX_MEMORY_MAX_MB,
    },
    txLogRetention: config.NEO4J_TX_LOG_RETENTION,
    say,
  });
  return connect(config, embedded.uri, embedded.user, embedded.password, { embedded });
}

async function connect(
  config: Config,
  uri: string,
  user: string | undefined,
  password: string | undefined,
  { embedded, attached = false }: { embedded?: EmbeddedNeo4j; attached?: boolean } = {},
): Promise<Database> {
  const driver = createDriver(uri, user, password);
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (err) {
    await driver.close();
    await embedded?.stop();
    throw new Error(`cannot connect to Neo4j at ${uri}: ${firstLine(err)}`);
  }
  return {
    driver,
    uri,
    embedded,
    attached,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0];
}
