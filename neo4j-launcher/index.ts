// Controls the embedded Neo4j launcher (Launcher.java): builds it with Maven when needed, starts it
// on a free loopback port, waits for its READY line and for the driver to connect, and stops it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';

// `auth.none()` exists at runtime but is missing from the driver's type declarations.
const noAuth = () => (neo4j.auth as unknown as { none(): AuthToken }).none();

const LAUNCHER_DIR = dirname(new URL(import.meta.url).pathname);
const CLASSES = join(LAUNCHER_DIR, 'target', 'classes');
const LIB = join(LAUNCHER_DIR, 'target', 'lib');
const MAIN_CLASS = 'org.shizhong.launcher.Launcher';
const READY_TIMEOUT_MS = 120_000;

// What Neo4j's own start scripts pass to the JVM, minus what only the server distribution needs.
const JVM_FLAGS = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
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
      fail(new Error(`neo4j-launcher: the JVM exited with code ${code} before it was ready; see ${logFile}`));
    });
  });
}

export interface LaunchOptions {
  /** Neo4j home directory (database files); default .data/neo4j */
  home?: string;
  /** Bolt port; default a free one */
  port?: number;
  /** where the JVM's output goes; default <home>/launcher.log */
  logFile?: string;
}

export async function launchEmbeddedNeo4j(options: LaunchOptions = {}): Promise<EmbeddedNeo4j> {
  buildLauncher();
  const home = resolve(options.home ?? '.data/neo4j');
  mkdirSync(home, { recursive: true });
  const port = options.port ?? (await freePort());
  const logFile = options.logFile ?? join(home, 'launcher.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const sep = process.platform === 'win32' ? ';' : ':';
  const child = spawn('java', [...JVM_FLAGS, '-cp', `${CLASSES}${sep}${LIB}/*`, MAIN_CLASS, '--home', home, '--port', String(port)], {
    // stdin stays a pipe we never close: the launcher exits when it sees EOF, i.e. when we die.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(killer);
    }
    log.end();
  };

  try {
    await waitForReady(child, logFile);
    const uri = `bolt://127.0.0.1:${port}`;
    const driver: Driver = neo4j.driver(uri, noAuth());
    try {
      await driver.verifyConnectivity();
    } finally {
      await driver.close();
    }
    return { uri, port, home, logFile, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
