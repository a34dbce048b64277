// Controls the embedded Neo4j launcher (Launcher.java): builds it with Maven when needed, keeps the
// home's password, starts the JVM on a free loopback port, waits for its READY line and for the
// driver to log in, relaunches it when it dies, and stops it. `<home>/bolt.json` tells other
// commands that the home is in use and where its Bolt listens (findRunningNeo4j).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';

const LAUNCHER_DIR = dirname(new URL(import.meta.url).pathname);
const CLASSES = join(LAUNCHER_DIR, 'target', 'classes');
const LIB = join(LAUNCHER_DIR, 'target', 'lib');
const MAIN_CLASS = 'org.shizhong.launcher.Launcher';
const READY_TIMEOUT_MS = 120_000;
/** The one user of the embedded Neo4j. */
export const NEO4J_USER = 'neo4j';
export const CREDENTIALS_FILE = 'credentials.json';
export const BOLT_FILE = 'bolt.json';

export interface MemoryLimits {
  /** JVM heap (-Xmx) */
  heapMb: number;
  /** Neo4j page cache (server.memory.pagecache.size) */
  pageCacheMb: number;
  /** all transactions together (dbms.memory.transaction.total.max) */
  txTotalMb: number;
  /** one transaction (db.memory.transaction.max) */
  txMaxMb: number;
}
/** Neo4j's own default keeps 2 days of logs (8.7 GB after a million-entity load); recovery needs far less. */
export const DEFAULT_TX_LOG_RETENTION = '256M size';
/** Neo4j's retention policy syntax: `false` (keep all), `true`/`keep_none`, or `<n>[k|M|G] <files|size|txs|entries|hours|days>`. */
export const TX_LOG_RETENTION = /^(true|false|keep_all|keep_none|\d+[kKmMgG]? (files|size|txs|entries|hours|days))$/;
export const DEFAULT_MEMORY: MemoryLimits = { heapMb: 1024, pageCacheMb: 256, txTotalMb: 512, txMaxMb: 256 };

/** Relaunches after the JVM dies: this many in a row at most, waiting 1, 2, 4, … s before each. */
export const DEFAULT_MAX_RESTARTS = 5;
const RESTART_BACKOFF_MS = 1000;

// What Neo4j's own start scripts pass to the JVM, minus what only the server distribution needs.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  // Neo4j's limits do not count a list built inside one expression; if the heap runs out anyway,
  // threads may die half-way (timeouts stopped being enforced), so the JVM exits and is relaunched.
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  home: string;
  logFile: string;
  /** SIGTERM, wait for the JVM to exit (SIGKILL after a grace period). */
  stop(): Promise<void>;
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** True when the compiled launcher and its dependency jars are present and newer than the sources. */
export function launcherIsBuilt(): boolean {
  if (!existsSync(join(CLASSES, 'org/shizhong/launcher/Launcher.class')) || !existsSync(LIB)) return false;
  if (!readdirSync(LIB).some((f) => f.startsWith('neo4j-kernel'))) return false;
  const sources = Math.max(newestMtime(join(LAUNCHER_DIR, 'src')), newestMtime(join(LAUNCHER_DIR, 'pom.xml')));
  return newestMtime(CLASSES) >= sources;
}

/** `mvn package dependency:copy-dependencies`, only when needed. Throws with Maven's output on failure. */
export function buildLauncher(force = false): void {
  if (!force && launcherIsBuilt()) return;
  const mvn = spawnSync('mvn', ['-q', '-B', 'package', 'dependency:copy-dependencies', '-DskipTests'], {
    cwd: LAUNCHER_DIR,
    encoding: 'utf8',
  });
  if (mvn.error) throw new Error(`neo4j-launcher: could not run Maven (is it installed? JDK 17+ and Maven 3.8+ are required): ${mvn.error.message}`);
  if (mvn.status !== 0) throw new Error(`neo4j-launcher: Maven build failed:\n${mvn.stdout}\n${mvn.stderr}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

function waitForReady(child: ChildProcess, logFile: string): Promise<void> {
  return new Promise((ok, fail) => {
    let buffered = '';
    const timer = setTimeout(() => fail(new Error(`neo4j-launcher: no READY line within ${READY_TIMEOUT_MS / 1000}s; see ${logFile}`)), READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      if (/^READY /m.test(buffered)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        ok();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`neo4j-launcher: the JVM exited with code ${code} before it was ready${lockHint(logFile)}; see ${logFile}`));
    });
  });
}

/** Neo4j's log names the store lock when another process holds the home. */
function lockHint(logFile: string): string {
  try {
    const tail = readFileSync(logFile, 'utf8').slice(-20_000);
    if (/FileLockException|Lock file has been locked by another process|store_lock/i.test(tail)) return ' (the home is locked by another process using it)';
  } catch {}
  return '';
}

export interface Neo4jCredentials {
  user: string;
  password: string;
}

interface StoredCredentials extends Neo4jCredentials {
  /** false until the launcher has set this password in the database */
  applied: boolean;
}

/** Writes a file only its owner can read, atomically (never visible half-written or with wider mode). */
function writePrivate(path: string, value: unknown): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n', { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}

function readStoredCredentials(home: string): StoredCredentials | undefined {
  const path = join(home, CREDENTIALS_FILE);
  if (!existsSync(path)) return undefined;
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<StoredCredentials>;
  if (typeof stored.user !== 'string' || typeof stored.password !== 'string') throw new Error(`neo4j-launcher: ${path} is not {user, password}; delete it to get a new password`);
  return { user: stored.user, password: stored.password, applied: stored.applied !== false };
}

/** The user and password of the embedded Neo4j in this home, or undefined before its first launch. */
export function readCredentials(home: string): Neo4jCredentials | undefined {
  const stored = readStoredCredentials(resolve(home));
  return stored && { user: stored.user, password: stored.password };
}

/** What `<home>/bolt.json` holds while a launcher runs Neo4j in that home. */
export interface RunningNeo4j {
  uri: string;
  port: number;
  /** the Node process that launched (and supervises) the JVM */
  ownerPid: number;
  /** the JVM (-1 while it is being relaunched) */
  pid: number;
  /** false while the JVM starts (or is relaunched): wait, it will answer */
  ready: boolean;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The launcher that runs Neo4j in this home, with the home's credentials, if its owner process is
 * alive. A bolt.json left by a process that died is removed.
 */
export function findRunningNeo4j(home: string): (RunningNeo4j & Neo4jCredentials) | undefined {
  const path = join(resolve(home), BOLT_FILE);
  if (!existsSync(path)) return undefined;
  let running: RunningNeo4j;
  try {
    running = JSON.parse(readFileSync(path, 'utf8')) as RunningNeo4j;
  } catch {
    return undefined; // being written; the caller's connect or launch will say what is wrong
  }
  if (!isAlive(running.ownerPid)) {
    rmSync(path, { force: true });
    return undefined;
  }
  const credentials = readCredentials(home);
  if (!credentials) throw new Error(`neo4j-launcher: ${home} is in use by process ${running.ownerPid} but has no ${CREDENTIALS_FILE}`);
  return { ...running, ...credentials };
}

/**
 * Like findRunningNeo4j, but while that Neo4j is still starting (or being relaunched) waits for it,
 * up to the launcher's own start-up limit. Undefined when nobody runs this home (any more).
 */
export async function waitForRunningNeo4j(home: string, timeoutMs = READY_TIMEOUT_MS): Promise<(RunningNeo4j & Neo4jCredentials) | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = findRunningNeo4j(home);
    if (!running || running.ready || Date.now() > deadline) return running;
    await new Promise((done) => setTimeout(done, 250));
  }
}

export interface LaunchOptions {
  /** Neo4j home directory (database files); default .data/neo4j */
  home?: string;
  /** Bolt port; default a free one */
  port?: number;
  /** where the JVM's output goes; default <home>/launcher.log */
  logFile?: string;
  /** heap, page cache and transaction memory limits; default DEFAULT_MEMORY */
  memory?: Partial<MemoryLimits>;
  /** how much transaction log Neo4j keeps (db.tx_log.rotation.retention_policy); default DEFAULT_TX_LOG_RETENTION */
  txLogRetention?: string;
  /** relaunch the JVM when it dies, at most this many times in a row (0: never); default DEFAULT_MAX_RESTARTS */
  maxRestarts?: number;
  /** where supervision events go (the JVM died, relaunched, gave up) */
  say?: (msg: string) => void;
}

export interface EmbeddedNeo4j extends Neo4jCredentials {
  uri: string;
  port: number;
  home: string;
  logFile: string;
  memory: MemoryLimits;
  /** the JVM's pid now (it changes when the JVM is relaunched); undefined while it is down */
  pid(): number | undefined;
  /** how many times the JVM has been relaunched after dying */
  restarts(): number;
  /** SIGTERM, wait for the JVM to exit (SIGKILL after a grace period); no more relaunches. */
  stop(): Promise<void>;
}

export async function launchEmbeddedNeo4j(options: LaunchOptions = {}): Promise<EmbeddedNeo4j> {
  buildLauncher();
  const home = resolve(options.home ?? '.data/neo4j');
  mkdirSync(home, { recursive: true, mode: 0o700 });
  chmodSync(home, 0o700); // the home holds the password and the data: its owner's only
  const running = findRunningNeo4j(home);
  if (running) throw new Error(`neo4j-launcher: ${home} is already in use by the Neo4j that process ${running.ownerPid} runs at ${running.uri}`);

  const memory = { ...DEFAULT_MEMORY, ...options.memory };
  const txLogRetention = options.txLogRetention ?? DEFAULT_TX_LOG_RETENTION;
  if (!TX_LOG_RETENTION.test(txLogRetention)) throw new Error(`neo4j-launcher: invalid transaction log retention "${txLogRetention}" (expected e.g. "256M size", "2 files", "1 days", false)`);
  const maxRestarts = options.maxRestarts ?? DEFAULT_MAX_RESTARTS;
  const say = options.say ?? (() => {});
  const port = options.port ?? (await freePort());
  const uri = `bolt://127.0.0.1:${port}`;
  const logFile = options.logFile ?? join(home, 'launcher.log');
  const log = createWriteStream(logFile, { flags: 'a', mode: 0o600 });
  const credentialsPath = join(home, CREDENTIALS_FILE);
  const boltPath = join(home, BOLT_FILE);
  let stored = readStoredCredentials(home);
  if (!stored) {
    stored = { user: NEO4J_USER, password: randomBytes(24).toString('base64url'), applied: false };
    writePrivate(credentialsPath, stored);
  }
  const credentials: Neo4jCredentials = { user: stored.user, password: stored.password };

  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let wakeUp: (() => void) | undefined;
  let relaunching: Promise<void> | undefined;

  /** One JVM: spawned, READY, logged in. Rejects (with the JVM gone) otherwise. */
  const startJvm = async (): Promise<ChildProcess> => {
    const setPassword = !stored!.applied;
    const sep = process.platform === 'win32' ? ';' : ':';
    const args = [
      `-Xms${Math.min(256, memory.heapMb)}m`,
      `-Xmx${memory.heapMb}m`,
      ...JVM_FLAGS,
      '-cp', `${CLASSES}${sep}${LIB}/*`, MAIN_CLASS,
      '--home', home, '--port', String(port),
      '--pagecache-mb', String(memory.pageCacheMb), '--tx-total-mb', String(memory.txTotalMb), '--tx-max-mb', String(memory.txMaxMb),
      '--tx-log-retention', txLogRetention,
      ...(setPassword ? ['--set-password'] : []),
    ];
    const jvm = spawn('java', args, {
      // stdin stays a pipe we never close: the launcher exits when it sees EOF, i.e. when we die.
      stdio: ['pipe', 'pipe', 'pipe'],
      // the new password goes by environment, never on the command line (`ps` shows that to everyone)
      env: setPassword ? { ...process.env, NEO4J_LAUNCHER_PASSWORD: credentials.password } : process.env,
    });
    jvm.stdout!.pipe(log, { end: false });
    jvm.stderr!.pipe(log, { end: false });
    writePrivate(boltPath, { uri, port, ownerPid: process.pid, pid: jvm.pid ?? -1, ready: false } satisfies RunningNeo4j);
    try {
      await waitForReady(jvm, logFile);
      const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(credentials.user, credentials.password));
      try {
        await driver.verifyConnectivity();
      } catch (err) {
        if ((err as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized')
          throw new Error(`neo4j-launcher: Neo4j in ${home} refuses the password in ${credentialsPath}; delete that file to set a new one`);
        throw err;
      } finally {
        await driver.close();
      }
    } catch (err) {
      await killJvm(jvm);
      throw err;
    }
    if (setPassword) writePrivate(credentialsPath, (stored = { ...credentials, applied: true }));
    return jvm;
  };

  const killJvm = async (jvm: ChildProcess) => {
    if (jvm.exitCode !== null || jvm.signalCode !== null) return;
    const exited = new Promise<void>((done) => jvm.once('exit', () => done()));
    jvm.kill('SIGTERM');
    const killer = setTimeout(() => jvm.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(killer);
  };

  const announce = (jvm: ChildProcess) => {
    child = jvm;
    writePrivate(boltPath, { uri, port, ownerPid: process.pid, pid: jvm.pid ?? -1, ready: true } satisfies RunningNeo4j);
    jvm.once('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      writePrivate(boltPath, { uri, port, ownerPid: process.pid, pid: -1, ready: false } satisfies RunningNeo4j);
      relaunching = relaunch(jvm.pid, signal ?? `code ${code}`);
    });
  };

  // Supervision: the JVM died under us (killed, out of memory, crashed). Same port, same
  // credentials, so the driver's next connection simply works again.
  const relaunch = async (pid: number | undefined, how: string) => {
    const downSince = Date.now();
    say(`embedded Neo4j (pid ${pid}) exited unexpectedly (${how}); see ${logFile}`);
    for (let attempt = 1; attempt <= maxRestarts && !stopping; attempt++) {
      const wait = RESTART_BACKOFF_MS * 2 ** (attempt - 1);
      say(`relaunching embedded Neo4j in ${wait / 1000} s (attempt ${attempt} of ${maxRestarts}) …`);
      await new Promise<void>((done) => {
        wakeUp = done;
        setTimeout(done, wait);
      });
      if (stopping) return;
      try {
        const jvm = await startJvm();
        if (stopping) return void (await killJvm(jvm));
        restarts++;
        announce(jvm);
        say(`embedded Neo4j is back (pid ${jvm.pid}) after ${((Date.now() - downSince) / 1000).toFixed(1)} s`);
        return;
      } catch (err) {
        say(`relaunch ${attempt} failed: ${(err as Error).message}`);
      }
    }
    if (!stopping) say(`embedded Neo4j stays down after ${maxRestarts} relaunches; restart the explorer (see ${logFile})`);
  };

  const removeBoltFile = () => {
    try {
      const current = JSON.parse(readFileSync(boltPath, 'utf8')) as RunningNeo4j;
      if (current.ownerPid === process.pid) rmSync(boltPath, { force: true });
    } catch {}
  };
  process.once('exit', removeBoltFile);

  const stop = async () => {
    stopping = true;
    wakeUp?.();
    await relaunching;
    if (child) await killJvm(child);
    removeBoltFile();
    process.off('exit', removeBoltFile);
    log.end();
  };

  try {
    announce(await startJvm());
  } catch (err) {
    stopping = true;
    removeBoltFile();
    process.off('exit', removeBoltFile);
    log.end();
    throw err;
  }
  return {
    uri,
    port,
    home,
    logFile,
    memory,
    ...credentials,
    pid: () => child?.pid,
    restarts: () => restarts,
    stop,
  };
}
