// Whether dist/client was built from the client sources now on disk, and the build that keeps it so.
// `npm start` served dist/client and built it only when missing, so after a `git pull` people got the
// old client. Each build now leaves a stamp beside it: a hash of every file the bundle is made from.
// A content hash rather than mtimes: a checkout that rewrites files with the same bytes (switching
// branches and back) costs no rebuild, and a stamp can name the files that changed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What the bundle is made from, relative to the project root: the client (its vite config included),
 * the one model file it imports values from (the rest are types, gone from the bundle), and the lock
 * file, whose dependency versions are bundled too.
 */
export const CLIENT_SOURCES = ['client', 'model/vocabulary.ts', 'package-lock.json'];
/** Tests beside the client's code are not bundled: changing one needs no rebuild. */
const NOT_BUNDLED = /\.test\.ts$/;

export const PROJECT_ROOT = new URL('../..', import.meta.url).pathname;
export const clientDist = (root: string) => join(root, 'dist/client');
/** Beside dist/client, not in it: the server serves dist/client, and a build empties it. */
export const clientStamp = (root: string) => join(root, 'dist/client.sources.json');

interface Stamp {
  builtAt: string;
  /** path relative to the root → sha1 of its bytes */
  files: Record<string, string>;
}

/** The sha1 of every bundled source file, by path relative to `root` (files that do not exist are left out). */
export function sourceHashes(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const entries = readdirSync(path, { withFileTypes: true, recursive: true });
    for (const e of entries) {
      if (!e.isFile() || NOT_BUNDLED.test(e.name)) continue;
      const full = join(e.parentPath, e.name);
      if (full.includes('/node_modules/')) continue;
      files[relative(root, full)] = createHash('sha1').update(readFileSync(full)).digest('hex');
    }
  };
  for (const source of CLIENT_SOURCES) {
    const path = join(root, source);
    if (!existsSync(path)) continue;
    if (source.includes('.')) files[source] = createHash('sha1').update(readFileSync(path)).digest('hex');
    else visit(path);
  }
  return files;
}

const listed = (paths: string[]) => (paths.length <= 3 ? paths.join(', ') : `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more`);

/**
 * Why dist/client must be built again, or undefined when it was built from the sources on disk.
 * The reason is one line for the start-up log.
 */
export function clientStaleness(root: string = PROJECT_ROOT): string | undefined {
  if (!existsSync(join(clientDist(root), 'index.html'))) return 'there is no client build yet';
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(clientStamp(root), 'utf8')) as Stamp;
  } catch {
    return `the client build has no readable source stamp (${relative(root, clientStamp(root))}: built by hand, by a test or by an older start)`;
  }
  const now = sourceHashes(root);
  const changed = Object.keys(now).filter((p) => stamp.files?.[p] !== now[p]);
  const removed = Object.keys(stamp.files ?? {}).filter((p) => !(p in now));
  if (!changed.length && !removed.length) return undefined;
  const parts = [changed.length && `${listed(changed)} changed`, removed.length && `${listed(removed)} removed`].filter(Boolean);
  return `${parts.join('; ')} since the client was built (${stamp.builtAt})`;
}

/** Build dist/client with the client's vite config and stamp it with the sources it was built from. */
export async function buildClient(root: string = PROJECT_ROOT): Promise<void> {
  // hashed before the build: a file edited while vite runs leaves a stamp that calls the build stale
  const files = sourceHashes(root);
  const { build } = await import('vite');
  await build({ configFile: join(root, 'client/vite.config.ts'), logLevel: 'warn' });
  writeStamp(root, files);
}

export function writeStamp(root: string, files: Record<string, string> = sourceHashes(root)): void {
  const stamp: Stamp = { builtAt: new Date().toISOString(), files };
  writeFileSync(clientStamp(root), `${JSON.stringify(stamp, null, 1)}\n`);
}

/**
 * The same build in a child process (`npm start`'s): vite and rollup left ~500 MB in the server's RSS after
 * an in-process build, which V8 keeps (a 1M bench run whose server rebuilt the client at start peaked at
 * 764 MB against 258-268 MB without: bench/results/scale-1000000.md, 20:49 UTC).
 */
export function buildClientApart(root: string = PROJECT_ROOT): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-client.ts')], { cwd: root, stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`building the client failed (${signal ?? `exit code ${code}`}); run \`npm run build:client\` to see why`))));
  });
}
