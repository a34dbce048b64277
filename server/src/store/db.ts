// Thin access to Neo4j used by the operations: every read runs in a read transaction with a timeout.
// An API call's reads can be bound to its deadline (their sessions are closed when it passes), and
// background work (the warm-up) reads through a view that yields to the API's reads.
import neo4j, { type AuthToken, type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';

// `auth.none()` exists at runtime but is missing from the driver's type declarations.
const noAuth = () => (neo4j.auth as unknown as { none(): AuthToken }).none();

export const DEFAULT_READ_TIMEOUT_MS = 5000;

// Pool sizing, for 200 concurrent expansions on 2 cores (bench/results/hardening.md). Neo4j cannot run
// more than ~2 queries at once there, so connections beyond a few only add Bolt threads, handshakes and
// time-slicing: each admitted query gets slower, and the outside run's 100-connection pool had requests
// over 10 s. Measured with 200 warm expansions (load average ~7): 8 connections lost a cold burst to
// the queue (68 × busy), 16, 32 and 100 all answered 200 of 200 in 1.3–3.6 s, within the noise of each
// other; 16 is the smallest that kept up, leaving the rest of a burst in the driver's cheap FIFO queue.
// The acquisition timeout bounds that wait: a request still queued after 2 s is answered 503 "busy" with
// Retry-After (errors.ts), which leaves 3 s of the 5 s budget for its query and a loaded machine's
// scheduling lag. It stays above the 800 ms connect timeout, so an unreachable database still fails at
// connect time, within about a second.
export const MAX_CONNECTION_POOL_SIZE = 16;
export const CONNECTION_ACQUISITION_TIMEOUT_MS = 2000;
export const CONNECTION_TIMEOUT_MS = 800;

/** How long a background read waits for the API's reads to finish before it runs anyway. */
const BACKGROUND_MAX_WAIT_MS = 5000;
const BACKGROUND_POLL_MS = 25;

export interface Db {
  driver: Driver;
  database?: string;
  /** one statement in a read transaction */
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<QueryResult<R>>;
  /** several statements in one read transaction (one consistent snapshot, one timeout) */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T>;
  /**
   * The same database for one API call: when `signal` aborts (its deadline passed), each open session
   * is closed, which cancels the result and sends RESET, so Neo4j stops what it runs for the call and
   * the connection goes back to the pool as soon as Neo4j answers. Reads after the abort are refused.
   */
  bound(signal: AbortSignal): Db;
  /**
   * The same database for background work: one read waits until no API read is running (at most
   * 5 s), and every read gets `timeoutMs` whatever the caller asked, so a cold or busy machine
   * finishes it instead of timing out.
   */
  background(timeoutMs: number): Db;
}

interface Shared {
  /** API reads running now (background reads are not counted) */
  running: number;
  /** statements that have run once: Neo4j has their plan cached */
  planned: Set<string>;
  /** the first run of a statement, which the same statement's other calls wait for */
  planning: Map<string, Promise<unknown>>;
}

export function createDb(driver: Driver, database?: string): Db {
  return view(driver, database, { running: 0, planned: new Set(), planning: new Map() }, {});
}

/**
 * Runs a statement's first call alone, the same statement's other calls waiting for it: Neo4j caches a
 * plan only once it is built, so a burst right after a start had every connection planning the same
 * statement at once. 200 expansions on a fresh Neo4j (2 cores, load ~7, one run each): without this,
 * 165 answered and 35 were "busy" after up to 5.2 s; with it, 200 of 200 within 2.6 s.
 */
async function planOnce<T>(shared: Shared, cypher: string, run: () => Promise<T>): Promise<T> {
  while (!shared.planned.has(cypher)) {
    const first = shared.planning.get(cypher);
    if (!first) {
      const running = run();
      shared.planning.set(cypher, running);
      try {
        const out = await running;
        shared.planned.add(cypher);
        return out;
      } finally {
        shared.planning.delete(cypher);
      }
    }
    await first.catch(() => {});
  }
  return run();
}

function view(driver: Driver, database: string | undefined, shared: Shared, mode: { signal?: AbortSignal; backgroundTimeoutMs?: number }): Db {
  const { signal, backgroundTimeoutMs } = mode;
  const background = backgroundTimeoutMs !== undefined;
  const quiet = async () => {
    for (const until = Date.now() + BACKGROUND_MAX_WAIT_MS; shared.running > 0 && Date.now() < until; )
      await new Promise((ok) => setTimeout(ok, BACKGROUND_POLL_MS));
  };
  const inSession = async <T>(work: (session: Session) => PromiseLike<T>): Promise<T> => {
    signal?.throwIfAborted();
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
    const abandon = () => void session.close().catch(() => {});
    signal?.addEventListener('abort', abandon, { once: true });
    if (!background) shared.running++;
    try {
      return await work(session);
    } finally {
      if (!background) shared.running--;
      signal?.removeEventListener('abort', abandon);
      await session.close();
    }
  };
  const timeout = (ms: number) => backgroundTimeoutMs ?? ms;
  return {
    driver,
    database,
    // One statement: an auto-commit transaction saves the BEGIN and COMMIT round trips.
    async read(cypher, params = {}, timeoutMs = DEFAULT_READ_TIMEOUT_MS) {
      if (background) await quiet();
      return planOnce(shared, cypher, () => inSession((s) => s.run(cypher, params, { timeout: timeout(timeoutMs) })));
    },
    async readTx(work, timeoutMs = DEFAULT_READ_TIMEOUT_MS) {
      if (background) await quiet();
      return inSession((s) => s.executeRead(work, { timeout: timeout(timeoutMs) }));
    },
    bound: (s) => view(driver, database, shared, { ...mode, signal: s }),
    background: (ms) => view(driver, database, shared, { ...mode, backgroundTimeoutMs: ms }),
  };
}

/**
 * Connect a driver tuned to fail fast: an unreachable database answers 503 within about a second.
 * The same code serves one embedded Neo4j and a cluster or Aura (`neo4j://` / `neo4j+s://` routing):
 * reads run in READ sessions, which routing sends to a reader, writes in WRITE sessions or the default
 * of `executeQuery`, sent to the leader. A reader may lag behind the leader, so every session of this
 * driver shares the driver's one bookmark manager (the one `executeQuery` uses): a session begins
 * after every transaction that committed before it, and a reviewer's next read sees their accept.
 */
export function createDriver(uri: string, user?: string, password?: string): Driver {
  const auth = user ? neo4j.auth.basic(user, password ?? '') : noAuth();
  const driver = neo4j.driver(uri, auth, {
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
    connectionAcquisitionTimeout: CONNECTION_ACQUISITION_TIMEOUT_MS,
    maxTransactionRetryTime: 0,
  });
  // every caller's sessions (the operations, drafts, the loaders) without repeating it at each one
  const session = driver.session.bind(driver);
  driver.session = (config = {}) => session({ bookmarkManager: driver.executeQueryBookmarkManager, ...config });
  return driver;
}
