// Rendering at scale, measured (not a test): the client's own canvas (client/src/view/canvas.ts,
// style.ts, layout.worker.ts) against vis-network 10 on the same seeded synthetic graphs
// (bench/render/graph.ts) in headless Chromium: first frame, every element drawn, layout done, pan
// frames per second under a real mouse drag, and main-thread long tasks. Runs alternate between the
// renderers so the machine's noise falls on all of them; medians and ranges over the repeats.
// Writes bench/results/render.md.
// Usage: npx tsx bench/render.bench.ts [--sizes 1000,5000,20000] [--repeats 3] [--cap 30000] [--libs ours,vis-preset,vis-own]
// [--profile: self time by function] [--trace: each task over 50 ms, what started it and its costliest functions]
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { execSync } from 'node:child_process';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import type { Lib, StartResult } from './render/page.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '1000,5000,20000').split(',').map(Number);
const REPEATS = Number(arg('repeats', '3'));
/** how long a first frame (vis-network's own layout) or a layout after it may take before it counts as "not within the cap" */
const CAP_MS = Number(arg('cap', '30000'));
const LIBS = arg('libs', 'ours,vis-preset,vis-own').split(',') as Lib[];
/** vis-network's own layout runs into the cap from 1k up here: repeating it costs minutes and says nothing more */
const OWN_REPEATS = Number(arg('own-repeats', '1'));
/** --profile: print where each run's main thread spent its time (CPU profile, self time by function) */
const PROFILE = process.argv.includes('--profile');
/** --trace: name what each long task of the run ran (the callbacks a Chromium trace records in it) */
const TRACE = process.argv.includes('--trace');
/** the longest wait for a settled view before the pan starts anyway */
const SETTLE_CAP_MS = 15000;
const ROOT = new URL('..', import.meta.url).pathname;
const VIEWPORT = { width: 1280, height: 800 };
/** one screenshot of the largest view (ours), written once per run of the script */
const SHOT = join(ROOT, `bench/results/render-${Math.max(...SIZES) / 1000}k.png`);

interface Run extends StartResult {
  panFps: number | null;
  /** mouse moves delivered per second during the drag: the most frames a renderer could draw for it */
  panMoves: number | null;
  panMovedPx: number;
  maxTaskMs: number;
  tasksOver200: number;
  /** null when there was nothing to pan (vis-network's own layout past the cap) */
  maxTaskInPanMs: number | null;
  /** how long the view took to settle (a second without long tasks) before the pan */
  settledMs: number;
}

async function buildPage(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'render-bench-'));
  await build({
    configFile: false,
    root: join(ROOT, 'bench/render'),
    logLevel: 'warn',
    // a profile or a trace names functions only in an unminified build
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5000, minify: !PROFILE && !TRACE },
  });
  return out;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname).replace(/^\/$/, '/index.html'));
    if (!path.startsWith(dir) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

/** A real drag on the background: mouse down, 60 moves 5 × 2.5 px apart at about one per frame, mouse up. */
async function pan(page: Page): Promise<{ fps: number | null; moves: number | null; moved: number; from: number; to: number }> {
  const spot = await page.evaluate(() => (window as any).bench.emptySpot());
  if (!spot) return { fps: null, moves: null, moved: 0, from: 0, to: 0 };
  await page.mouse.move(spot.x, spot.y);
  const before = await page.evaluate(() => ({ f: (window as any).bench.frames(), p: (window as any).bench.pan(), t: performance.now() }));
  await page.mouse.down();
  const t = performance.now();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(spot.x + 5 * i, spot.y + 2.5 * i);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const ms = performance.now() - t;
  const after = await page.evaluate(() => ({ f: (window as any).bench.frames(), p: (window as any).bench.pan(), t: performance.now() }));
  return { fps: ((after.f - before.f) / ms) * 1000, moves: (60 / ms) * 1000, moved: Math.hypot(after.p.x - before.p.x, after.p.y - before.p.y), from: before.t, to: after.t };
}

async function once(url: string, browser: Awaited<ReturnType<typeof launchBrowser>>, lib: Lib, elements: number): Promise<Run> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as any).bench);
    const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
    if (TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'] });
    const started: StartResult = await page.evaluate(([l, n, cap]) => (window as any).bench.start(l, n, cap), [lib, elements, CAP_MS] as const);
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      printProfile(profile);
      // the whole profile, for chrome://inspect or a closer look (inclusive times, callers)
      writeFileSync(join(tmpdir(), `render-${lib}-${elements}.cpuprofile`), JSON.stringify(profile));
    }
    // the gesture starts on a settled view, as a person's would: a second without a long task and half a second
    // without a frame (Cytoscape builds its layer textures in short slices over the frames after the last
    // change; vis-network draws nothing while idle); capped at SETTLE_CAP_MS
    const settleFrom = Date.now();
    await page.waitForFunction(
      (cap) => {
        const last = (window as any).__longTasks.at(-1);
        const now = performance.now();
        const quiet = (!last || now - (last.start + last.ms) > 1000) && now - (window as any).bench.lastFrameAt() > 500;
        return quiet || now > cap;
      },
      await page.evaluate((ms) => performance.now() + ms, SETTLE_CAP_MS),
      { polling: 100, timeout: 0 },
    );
    const settledMs = Date.now() - settleFrom;
    // what the biggest view looks like when settled (before the pan moves it), as the screen shows it
    // (the capture is a long task of its own, 0.2–0.5 s here: not the renderer's, so not counted below)
    let shot = { from: 0, to: 0 };
    if (lib === 'ours' && elements === Math.max(...SIZES) && !existsSync(SHOT)) {
      const from = await page.evaluate(() => performance.now());
      await page.screenshot({ path: SHOT });
      shot = { from, to: await page.evaluate(() => performance.now()) };
    }
    // --profile: the gesture too (what a frame of the pan, or a task during it, spends its time on)
    if (cdp) await cdp.send('Profiler.start');
    const p = await pan(page);
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      console.log('  the pan:');
      printProfile(profile);
      writeFileSync(join(tmpdir(), `render-${lib}-${elements}-pan.cpuprofile`), JSON.stringify(profile));
    }
    await page.waitForTimeout(300);
    if (TRACE) printTrace(await browser.stopTracing());
    const tasks: Array<{ start: number; ms: number }> = await page.evaluate(() => (window as any).__longTasks);
    // the page's own set-up (module load, graph generation) ends 100 ms before the hand-over; count from the
    // task that hands the data over (it starts a moment before its performance.now())
    const t0 = started.t0;
    const mine = tasks.filter((x) => x.start >= t0 - 20 && !(x.start >= shot.from && x.start <= shot.to));
    if (PROFILE) console.log('  long tasks (ms after the hand-over: ms):', mine.map((x) => `${(x.start - t0).toFixed(0)}: ${x.ms.toFixed(0)}`).join(', '), `; pan from ${(p.from - t0).toFixed(0)} to ${(p.to - t0).toFixed(0)}`);
    const inPan = p.from ? tasks.filter((x) => x.start >= p.from) : [];
    return {
      ...started,
      panFps: p.fps,
      panMoves: p.moves,
      panMovedPx: p.moved,
      maxTaskMs: Math.max(0, ...mine.map((x) => x.ms)),
      tasksOver200: mine.filter((x) => x.ms > 200).length,
      maxTaskInPanMs: p.from ? Math.max(0, ...inPan.map((x) => x.ms)) : null,
      settledMs,
    };
  } finally {
    await page.close();
  }
}

/** The 12 functions with the most self time, with their source position. */
function printProfile(profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples?: number[]; timeDeltas?: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples?.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
}

/**
 * --trace: each main-thread task over 50 ms (the trace's RunTask), what started it (a timer, an animation frame, a
 * message) and where its time went: the functions with the most time inside it, callees included, from the CPU
 * samples the trace carries (V8's sampler in the trace, so samples and tasks share one clock).
 */
function printTrace(buffer: Buffer) {
  type Frame = { functionName: string; url: string; lineNumber: number };
  type Ev = { name: string; ph: string; ts: number; dur?: number; tid: number; id?: string; args?: { data?: any } };
  const events: Ev[] = JSON.parse(buffer.toString()).traceEvents;
  // the renderer's main thread: the one that ran the page's animation frames
  const main = events.find((e) => e.name === 'FireAnimationFrame')?.tid;
  const mine = events.filter((e) => e.tid === main && e.ph === 'X' && e.dur !== undefined);
  const long = mine.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
  // the samples of the main thread's profile: its Profile event is on that thread, its chunks carry its id
  const profile = events.find((e) => e.name === 'Profile' && e.tid === main);
  const frames = new Map<number, { frame: Frame; parent?: number }>();
  const samples: Array<{ ts: number; node: number }> = [];
  let ts = profile?.args?.data?.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !profile || e.id !== profile.id) continue;
    const d = e.args!.data;
    for (const n of d.cpuProfile?.nodes ?? []) frames.set(n.id, { frame: n.callFrame, parent: n.parent });
    (d.cpuProfile?.samples ?? []).forEach((node: number, i: number) => samples.push({ ts: (ts += d.timeDeltas[i]), node }));
  }
  const label = (f: Frame) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  const t0 = long[0]?.ts ?? 0;
  console.log('  long tasks (trace; ms after the first: ms, what started it; the functions with most time in it, callees included):');
  for (const task of long) {
    const starter = mine.find((e) => e.ts >= task.ts && e.ts < task.ts + task.dur! && /TimerFire|FireAnimationFrame|HandlePostMessage|EventDispatch|FunctionCall|v8\.evaluateModule|ParseHTML/.test(e.name));
    const inside = samples.filter((x) => x.ts >= task.ts && x.ts <= task.ts + task.dur!);
    const step = inside.length ? task.dur! / 1000 / inside.length : 0;
    const total = new Map<string, number>();
    for (const x of inside) {
      const seen = new Set<string>();
      for (let id: number | undefined = x.node; id !== undefined; id = frames.get(id)?.parent) {
        const f = frames.get(id)?.frame;
        if (!f || !f.url || seen.has(label(f))) continue;
        seen.add(label(f));
        total.set(label(f), (total.get(label(f)) ?? 0) + step);
      }
    }
    const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 10);
    const d = starter?.args?.data;
    const what = starter ? `${starter.name}${d?.functionName !== undefined ? ' ' + label(d) : d?.type ? ' ' + d.type : ''}` : '?';
    console.log(`    ${((task.ts - t0) / 1000).toFixed(0)}: ${(task.dur! / 1000).toFixed(0)} ms, ${what}; ${top.map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')}`);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sec = (ms: number) => (ms / 1000).toFixed(2);
/** median (min–max) in seconds; runs that did not finish within the cap count as "> cap" */
function cellS(xs: Array<number | null>): string {
  const done = xs.filter((x): x is number => x !== null);
  const missing = xs.length - done.length;
  if (!done.length) return `> ${sec(CAP_MS)}`;
  const range = done.length > 1 ? ` (${sec(Math.min(...done))}–${sec(Math.max(...done))})` : '';
  return `${sec(median(done))}${range}${missing ? `, ${missing}× > ${sec(CAP_MS)}` : ''}`;
}
const cellN = (xs: Array<number | null>, digits = 0) => {
  const done = xs.filter((x): x is number => x !== null);
  if (!done.length) return '—';
  return done.length > 1 ? `${median(done).toFixed(digits)} (${Math.min(...done).toFixed(digits)}–${Math.max(...done).toFixed(digits)})` : done[0].toFixed(digits);
};

rmSync(SHOT, { force: true });
const dist = await buildPage();
const { server, url } = await serve(dist);
const browser = await launchBrowser();
const results = new Map<string, Run[]>();
try {
  for (const n of SIZES) {
    for (let r = 0; r < REPEATS; r++) {
      for (const lib of LIBS) {
        if (lib === 'vis-own' && r >= OWN_REPEATS) continue;
        const run = await once(url, browser, lib, n);
        const key = `${n}|${lib}`;
        results.set(key, [...(results.get(key) ?? []), run]);
        console.log(`${n} ${lib} #${r + 1}: first ${run.firstFrame === null ? `> cap (${run.iterations} iterations)` : sec(run.firstFrame)} s, all ${run.allDrawn === null ? '—' : sec(run.allDrawn)} s, cy ${run.complete === null ? '—' : sec(run.complete)} s, layout ${run.layoutDone === null ? '—' : sec(run.layoutDone)} s, pan ${run.panFps?.toFixed(1)} fps of ${run.panMoves?.toFixed(1)} moves/s (${run.panMovedPx.toFixed(0)} px), max task ${run.maxTaskMs.toFixed(0)} ms (${run.tasksOver200} > 200 ms; in pan ${run.maxTaskInPanMs?.toFixed(0) ?? '—'}), settled after ${sec(run.settledMs)} s, ${run.renderer}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dist, { recursive: true, force: true });
}

const NAMES: Record<Lib, string> = { ours: 'ours (client canvas)', 'vis-preset': 'vis-network, preset positions', 'vis-own': 'vis-network, own layout' };
const rows: string[] = [];
const ratios: string[] = [];
for (const n of SIZES) {
  for (const lib of LIBS) {
    const runs = results.get(`${n}|${lib}`) ?? [];
    if (!runs.length) continue;
    rows.push(
      `| ${n.toLocaleString('en')} | ${NAMES[lib]} | ${runs.length} | ${cellS(runs.map((x) => x.firstFrame))} | ${cellS(runs.map((x) => x.allDrawn))} | ${cellS(runs.map((x) => x.complete))} | ${cellS(runs.map((x) => x.layoutDone))} | ${cellN(runs.map((x) => x.panFps))} | ${cellN(runs.map((x) => x.panMoves))} | ${cellN(runs.map((x) => x.maxTaskMs))} | ${cellN(runs.map((x) => x.tasksOver200))} | ${cellN(runs.map((x) => x.maxTaskInPanMs))} |`,
    );
  }
  // a run past the cap counts as the cap: the ratio is then a lower bound
  const ff = (lib: Lib) => {
    const runs = results.get(`${n}|${lib}`);
    return runs?.length ? median(runs.map((x) => x.firstFrame ?? CAP_MS)) : null;
  };
  const capped = (lib: Lib) => results.get(`${n}|${lib}`)?.some((x) => x.firstFrame === null) ?? false;
  const ours = ff('ours');
  const preset = ff('vis-preset');
  const own = ff('vis-own');
  if (ours !== null)
    ratios.push(
      `| ${n.toLocaleString('en')} | ${preset === null ? '—' : (ours / preset).toFixed(2)} | ${own === null ? '—' : `${capped('vis-own') ? '≥ ' : ''}${(own / ours).toFixed(1)}`} |`,
    );
}

// BENCH_COMMIT names the commit when the tree is an export (git archive) rather than a checkout
let commit = process.env.BENCH_COMMIT ?? '';
try {
  commit ||= execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {
  commit = 'unknown';
}
const chromium = execSync('/usr/bin/chromium --version', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
writeFileSync(
  join(ROOT, 'bench/results/render.md'),
  `# Rendering at scale

\`npm run bench:render\` (bench/render.bench.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}, ${cpus().length} cores (${cpus()[0]?.model.trim()}),
${chromium} headless (software GL: the client draws with the 2D canvas), viewport ${VIEWPORT.width} × ${VIEWPORT.height}.
Each graph (bench/render/graph.ts, seeded) has 40 % nodes and 60 % edges, 4–14-character Chinese names, seven
types, clustered with hubs. Times in seconds from the hand-over of the data: median (min–max) over the runs.

- **first frame**: the first frame with every node on screen (ours adds the edges in the tasks after it);
  **all drawn**: the first with every node and edge;
  **cy complete**: ours: \`window.cy\` holds every element (a big view is drawn before, client/src/view/picture.ts);
  **layout done**: the frame with the final positions (ours: the layout worker's answer drawn; vis-network: its
  \`stabilized\` event, capped at ${sec(CAP_MS)} s).
- **pan fps**: frames drawn per second during a real mouse drag on the background (60 moves, one per ~16 ms);
  a big view of ours draws each pan frame as a blit of its last picture and redraws in full on release;
  **pan moves/s**: the mouse moves Playwright delivered per second, the most frames the gesture asks for.
- **long tasks**: main-thread tasks over 50 ms (PerformanceObserver 'longtask') from the hand-over to the end of the pan.

| elements | renderer | runs | first frame s | all drawn s | cy complete s | layout done s | pan fps | pan moves/s | longest task ms | tasks > 200 ms | longest task in pan ms |
|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Ratios of the medians (goal: ours ≤ 1 × vis-network with preset positions, and ≥ 10 × faster than vis-network with its own layout):

| elements | ours ÷ vis-network preset (first frame) | vis-network own layout ÷ ours (first frame) |
|---|---|---|
${ratios.join('\n')}
`,
);
console.log('wrote bench/results/render.md');
