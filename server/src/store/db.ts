// Thin access to Neo4j used by the operations: every read runs in a read transaction with a timeout.
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';

export const DEFAULT_READ_TIMEOUT_MS = 5000;

export interface Db {
  driver: Driver;
  database?: string;
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<QueryResult<R>>;
}

export function createDb(driver: Driver, database?: string): Db {
  return {
    driver,
    database,
    async read(cypher, params = {}, timeoutMs = DEFAULT_READ_TIMEOUT_MS) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
      try {
        return await session.executeRead((tx) => tx.run(cypher, params), { timeout: timeoutMs });
      } finally {
        await session.close();
      }
    },
  };
}

/** Connect a driver tuned to fail fast: an unreachable database answers 503 within about a second. */
export function createDriver(uri: string, user?: string, password?: string): Driver {
  const auth = user ? neo4j.auth.basic(user, password ?? '') : neo4j.auth.none();
  return neo4j.driver(uri, auth, {
    connectionTimeout: 800,
    connectionAcquisitionTimeout: 1000,
    maxTransactionRetryTime: 0,
    disableLosslessIntegers: false,
  });
}
