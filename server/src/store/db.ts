// Thin access to Neo4j used by the operations: every read runs in a read transaction with a timeout.
import neo4j, { type AuthToken, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';

// `auth.none()` exists at runtime but is missing from the driver's type declarations.
const noAuth = () => (neo4j.auth as unknown as { none(): AuthToken }).none();

export const DEFAULT_READ_TIMEOUT_MS = 5000;

export interface Db {
  driver: Driver;
  database?: string;
  /** one statement in a read transaction */
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<QueryResult<R>>;
  /** several statements in one read transaction (one consistent snapshot, one timeout) */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T>;
}

export function createDb(driver: Driver, database?: string): Db {
  const readTx: Db['readTx'] = async (work, timeoutMs = DEFAULT_READ_TIMEOUT_MS) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
    try {
      return await session.executeRead(work, { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  };
  return {
    driver,
    database,
    // One statement: an auto-commit transaction saves the BEGIN and COMMIT round trips.
    async read(cypher, params = {}, timeoutMs = DEFAULT_READ_TIMEOUT_MS) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
      try {
        return await session.run(cypher, params, { timeout: timeoutMs });
      } finally {
        await session.close();
      }
    },
    readTx,
  };
}

/** Connect a driver tuned to fail fast: an unreachable database answers 503 within about a second. */
export function createDriver(uri: string, user?: string, password?: string): Driver {
  const auth = user ? neo4j.auth.basic(user, password ?? '') : noAuth();
  return neo4j.driver(uri, auth, {
    connectionTimeout: 800,
    connectionAcquisitionTimeout: 1000,
    maxTransactionRetryTime: 0,
  });
}
