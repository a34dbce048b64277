// Time from `npm start` to "explorer ready", and then to the end of its background warm-up (not a
// test): cold = a new, empty Neo4j home (creates the database and seeds it), warm = the same home again
// (already seeded). The launcher and the client
// are built beforehand, as after a first run. Writes bench/results/startup.md.
// Usage: npx tsx bench/startup.bench.ts [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.argv[2] ?? 3);
const ROOT = new URL('..', import.meta.url).pathname;

/** The first clicks a user makes: the start view, a search, an expansion of the first entity shown (ms each). */
async function firstClicks(base: string): Promise<number[]> {
  const time = async (path: string) => {
    const t = performance.now();
    const body = (await (await fetch(base + path)).json()) as { nodes?: Array<{ id: string }> };
    return { ms: performance.now() - t, body };
  };
  const start = await time('/api/graph?limit=40');
  const search = await time(`/api/search?q=${encodeURIComponent('中央')}`);
  const expand = await time(`/api/nodes/${start.body.nodes![0].id}/neighbors?limit=20`);
  return [start.ms, search.ms, expand.ms];
}

/** Start, wait for ready and for the background warm-up (server/src/warm-up.ts), time the first clicks, stop. */
function startOnce(home: string): Promise<{ readyMs: number; warmUpMs: number; clicksMs: number[]; stopMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', NEO4J_HOME: home, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let readyMs = 0;
    let warmUpMs = 0;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!readyMs && out.includes('explorer ready')) readyMs = performance.now() - t0;
      if (readyMs && !warmUpMs && /warm-up (done|failed)/.test(out)) {
        warmUpMs = performance.now() - t0 - readyMs;
        const base = /ready at (http:\/\/[\d.:]+)/.exec(out)![1];
        firstClicks(base).then(
          (clicksMs) => {
            const t1 = performance.now();
            child.once('exit', () => resolve({ readyMs, warmUpMs, clicksMs, stopMs: performance.now() - t1 }));
            child.kill('SIGTERM');
          },
          (err) => (child.kill('SIGTERM'), reject(err)),
        );
      }
    });
    child.once('exit', (code) => !readyMs && reject(new Error(`server exited with ${code} before ready:\n${out}`)));
  });
}

const rows: string[] = [];
for (let i = 0; i < RUNS; i++) {
  const home = mkdtempSync(join(tmpdir(), 'kg-startup-'));
  try {
    const cold = await startOnce(home);
    const warm = await startOnce(home);
    const s = (ms: number) => (ms / 1000).toFixed(1);
    const clicks = warm.clicksMs.map((ms) => ms.toFixed(0)).join(' / ');
    const row = `| ${i + 1} | ${s(cold.readyMs)} | ${s(cold.warmUpMs)} | ${s(warm.readyMs)} | ${s(warm.warmUpMs)} | ${clicks} | ${s(warm.stopMs)} |`;
    console.log(row);
    rows.push(row);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
writeFileSync(
  new URL('./results/startup.md', import.meta.url),
  `# Time to ready of \`npm start\`\n\nMeasured by \`npx tsx bench/startup.bench.ts ${RUNS}\` on ${new Date().toISOString().slice(0, 10)} (2 cores). Cold: empty Neo4j home, database created and seeded. Warm: same home, already seeded. Warm-up: from ready until the background pass over every explorer operation (server/src/warm-up.ts) is done; requests are served meanwhile, and after it the first click of each kind is as fast as the rest. First clicks: after the warm start's warm-up, the first start view (40 entities), search and expansion, ms each. Stop: SIGTERM to process exit, JVM included.\n\n| run | cold s | then warm-up s | warm s | then warm-up s | first clicks ms | stop s |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
);
