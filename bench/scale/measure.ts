// The bench's measurement: each case is one API call, run over HTTP against the real server and, with
// the very statements the operation ran (captured through a recording Db), through the raw driver and
// through floor-server.ts (the same statements behind the leanest HTTP server: the hop's own cost).
// Rounds interleave every case and all three paths (the order alternates per round), so a checkpoint or a GC
// lands on all of them alike. A case too slow to finish 300 rounds in its time budget stops early: the
// table gives how many samples it has.
import http from 'node:http';
import { PerformanceObserver } from 'node:perf_hooks';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type ResultSummary } from 'neo4j-driver';
import type { AnyOperation } from '../../server/src/operations/operation.ts';
import { createDb, type Db } from '../../server/src/store/db.ts';

export interface Case {
  name: string;
  /** search as you type: its goal is 30 ms, the others' 50 ms */
  typing?: boolean;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  op: AnyOperation;
  input: { params?: object; query?: object; body?: object };
}

export type Statement = { cypher: string; params: Record<string, unknown>; tx: number };

/** Statement parameters back from JSON (for the floor server): neo4j integers were written as {low, high}. */
export function reviveParams(v: Record<string, unknown>): Record<string, unknown> {
  const revive = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(revive);
    if (x === null || typeof x !== 'object') return x;
    const keys = Object.keys(x);
    if (keys.length === 2 && 'low' in x && 'high' in x) return neo4j.Integer.fromBits((x as { low: number }).low, (x as { high: number }).high);
    return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, revive(y)]));
  };
  return revive(v) as Record<string, unknown>;
}

/** Runs the operation once through a Db that records every statement it sends (and still runs them). */
export async function capture(driver: Driver, c: Case): Promise<Statement[]> {
  const real = createDb(driver);
  const seen: Statement[] = [];
  let txs = 0;
  // an operation may keep changing an array it passed (neighbors.ts grows `seen` hop by hop): the replay
  // and PROFILE must get the values the statement ran with, not the array's final state
  const snapshot = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));
  const recording: Db = {
    driver,
    read(cypher, params = {}, timeoutMs) {
      seen.push({ cypher, params: snapshot(params), tx: txs++ });
      return real.read(cypher, params, timeoutMs);
    },
    readTx(work, timeoutMs) {
      const tx = txs++;
      return real.readTx((t) => work(new Proxy(t, { get: (o, k) => (k === 'run' ? (cy: string, p: Record<string, unknown> = {}) => (seen.push({ cypher: cy, params: snapshot(p), tx }), o.run(cy, p)) : Reflect.get(o, k)) }) as ManagedTransaction), timeoutMs);
    },
    bound: () => recording,
    background: () => recording,
  };
  const op = c.op;
  const input = {
    ...(op.params ? op.params.parse(c.input.params ?? {}) : {}),
    ...(op.query ? op.query.parse(c.input.query ?? {}) : {}),
    ...(op.body ? op.body.parse(c.input.body ?? {}) : {}),
  };
  // a statement that times out here is still the one to replay: the raw path then times out too
  await op.run({ db: recording, limits: { timeoutMs: 5000, rowCap: 1000, graphCap: 1000 } }, input).catch(() => {});
  return seen;
}

/** The captured statements through the raw driver: one auto-commit run, or one read transaction. */
export async function runRaw(driver: Driver, statements: Statement[], timeoutMs = 5000): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const tx of new Set(statements.map((s) => s.tx))) {
      const group = statements.filter((s) => s.tx === tx);
      if (group.length === 1) await session.run(group[0].cypher, group[0].params, { timeout: timeoutMs });
      else await session.executeRead(async (t) => { for (const s of group) await t.run(s.cypher, s.params); }, { timeout: timeoutMs });
    }
  } finally {
    await session.close();
  }
}

// One kept-alive connection, as a browser keeps one to the app. node:http rather than fetch: undici's
// fetch cost the bench process ~0.3 ms more CPU per call than node:http (the same answer from a local
// server, interleaved), time the HTTP column counted against the server; the request and the answer on
// the wire are the same.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function runHttp(base: string, c: Case): Promise<number> {
  const body = c.method === 'POST' ? JSON.stringify(c.body) : undefined;
  return new Promise((ok, fail) => {
    const req = http.request(base + c.path, { method: c.method, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} }, (res) => {
      // the whole answer is read, as a client must before using it
      res.on('data', () => {});
      res.on('end', () => ok(res.statusCode ?? 0));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });
}

export interface Samples {
  http: number[];
  raw: number[];
  /** the same statements through floor-server.ts: HTTP with nothing of ours */
  floor: number[];
  /** ms of the bench process's own GC pauses inside the timed calls (its time counts against that path) */
  gc: { http: number; raw: number; floor: number };
  httpErrors: Map<number | string, number>;
  rawErrors: number;
  floorErrors: number;
  stopped?: string;
}

type Path = 'http' | 'raw' | 'floor';

export interface MeasureOptions {
  rounds: number;
  warmRounds: number;
  /** seconds a case may spend in all (both paths) before it stops early */
  budgetSeconds: number;
  say: (msg: string) => void;
  /** called once, when the first kept round begins (after the warm-up rounds) */
  onStart?: () => void;
}

export async function measure(base: string, floorBase: string, driver: Driver, cases: Case[], statements: Statement[][], o: MeasureOptions): Promise<Samples[]> {
  const out: Samples[] = cases.map(() => ({ http: [], raw: [], floor: [], gc: { http: 0, raw: 0, floor: 0 }, httpErrors: new Map(), rawErrors: 0, floorErrors: 0 }));
  const spent = cases.map(() => 0);
  // the bench process's GC pauses, to charge each to the timed call it fell in
  const pauses: Array<[number, number]> = [];
  const gcs = new PerformanceObserver((l) => void pauses.push(...l.getEntries().map((e): [number, number] => [e.startTime, e.startTime + e.duration])));
  gcs.observe({ entryTypes: ['gc'] });
  const gcInside = async (k: number, path: Path, t: number, t1: number) => {
    await new Promise((ok) => setImmediate(ok)); // the observer reports on a later turn
    for (const [a, b] of pauses.splice(0)) if (b > t && a < t1) out[k].gc[path] += Math.min(b, t1) - Math.max(a, t);
  };
  const timeOne = async (k: number, path: Path, keep: boolean) => {
    const t = performance.now();
    if (path === 'floor') {
      const status = await runHttp(floorBase, { ...cases[k], method: 'GET', path: `/case/${k}` }).catch(() => 0);
      const ms = performance.now() - t;
      if (status !== 200) out[k].floorErrors++;
      if (keep) out[k].floor.push(ms), await gcInside(k, 'floor', t, t + ms);
      spent[k] += ms;
    } else if (path === 'http') {
      const status = await runHttp(base, cases[k]).catch((e) => String(e?.message ?? e));
      const ms = performance.now() - t;
      if (status !== 200) out[k].httpErrors.set(status, (out[k].httpErrors.get(status) ?? 0) + 1);
      if (keep) out[k].http.push(ms), await gcInside(k, 'http', t, t + ms);
      spent[k] += ms;
    } else {
      const ok = await runRaw(driver, statements[k]).then(() => true, () => false);
      const ms = performance.now() - t;
      if (!ok) out[k].rawErrors++;
      if (keep) out[k].raw.push(ms), await gcInside(k, 'raw', t, t + ms);
      spent[k] += ms;
    }
  };
  for (let round = -o.warmRounds; round < o.rounds; round++) {
    const keep = round >= 0;
    if (round === 0) {
      for (const s of out) s.httpErrors.clear(), (s.rawErrors = 0), (s.floorErrors = 0);
      o.onStart?.();
    }
    for (let k = 0; k < cases.length; k++) {
      if (out[k].stopped) continue;
      const order: Path[] = round % 2 ? ['raw', 'floor', 'http'] : ['http', 'floor', 'raw'];
      for (const p of order) await timeOne(k, p, keep);
      if (keep && spent[k] > o.budgetSeconds * 1000 && out[k].http.length >= 5) out[k].stopped = `stopped after ${out[k].http.length} rounds (over its ${o.budgetSeconds} s budget)`;
    }
    if (keep && round % 50 === 0) o.say(`  round ${round} of ${o.rounds}`);
  }
  gcs.disconnect();
  return out;
}

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

export interface Profile {
  dbHits: number;
  rows: number;
  /** the plan's operators, root first, with their db hits (the heaviest is what to fix) */
  operators: string;
}

/** PROFILE of each captured statement: total db hits and the heaviest operators. */
export async function profile(driver: Driver, statements: Statement[]): Promise<Profile> {
  let dbHits = 0;
  let rows = 0;
  const ops: Array<[string, number]> = [];
  const walk = (p: { operatorType: string; dbHits: number; rows: number; children: unknown[] }) => {
    dbHits += p.dbHits;
    ops.push([p.operatorType.replace(/@.*/, ''), p.dbHits]);
    for (const c of p.children) walk(c as typeof p);
  };
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const s of statements) {
      const res: QueryResult = await session.run(`PROFILE ${s.cypher}`, s.params, { timeout: 60_000 });
      const summary: ResultSummary = res.summary;
      rows += res.records.length;
      if (summary.profile) walk(summary.profile as never);
    }
  } catch (err) {
    return { dbHits: NaN, rows: NaN, operators: `PROFILE failed: ${String((err as Error).message).split('\n')[0]}` };
  } finally {
    await session.close();
  }
  const top = ops.filter(([, h]) => h > 0).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([op, h]) => `${op} ${h.toLocaleString('en')}`);
  return { dbHits, rows, operators: top.join(', ') || ops.map(([op]) => op).slice(0, 3).join(', ') };
}
