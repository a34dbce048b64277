// Where the graph lives: the Neo4j at NEO4J_URI when set, otherwise the embedded launcher.
import type { Driver } from 'neo4j-driver';
import { launchEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j-launcher/index.ts';
import type { Config } from './config.ts';
import { createDriver } from './store/db.ts';

export interface Database {
  driver: Driver;
  uri: string;
  embedded?: EmbeddedNeo4j;
  /** close the driver, then stop the embedded Neo4j if we launched it */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, say: (msg: string) => void = () => {}): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    say(`starting embedded Neo4j (home ${config.NEO4J_HOME}) …`);
    embedded = await launchEmbeddedNeo4j({ home: config.NEO4J_HOME, port: config.NEO4J_BOLT_PORT });
    uri = embedded.uri;
  }
  const driver = createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD);
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (err) {
    await driver.close();
    await embedded?.stop();
    throw new Error(`cannot connect to Neo4j at ${uri}: ${(err as Error).message}`);
  }
  return {
    driver,
    uri,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
