// The bench's results file: goals, load, the table per case (HTTP and raw driver, PROFILE), memory.
// Whatever follows a "## History" heading in the existing file is kept, so earlier runs stay beside the latest.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LoadReport } from './load.ts';
import { pct, type Case, type Profile, type Samples } from './measure.ts';

export const GOAL_MS = 50;
export const TYPING_GOAL_MS = 30;
export const RATIO_GOAL = 1.3;
export const LOAD_GOAL = 20_000;
export const SERVER_RSS_GOAL_MB = 300;

export interface ReportInput {
  N: number;
  F: number;
  load?: LoadReport;
  cases: Case[];
  samples: Samples[];
  profiles: Profile[];
  rss: { server: number; neo4j: number };
  memory: { heapMb: number; pageCacheMb: number };
  startSeconds: number;
  warmUp: string;
  rounds: number;
  /** ms of CPU per call of the server and of the floor over the kept rounds (/proc) */
  serverCpu?: { ours: number; floor: number };
  /** options of a diagnostic run (--only, --server-root), shown in the command */
  flags?: string;
  file: string;
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/** Writes the file; returns the summary line. */
export function writeReport(r: ReportInput): string {
  let worst = { p95: 0, name: '' };
  let worstRatio = { ratio: 0, name: '' };
  const overRatio: Array<{ name: string; ratio: number; floor: number; ours: number }> = [];
  const rows = r.cases.map((c, k) => {
    const s = r.samples[k];
    const p95 = pct(s.http, 95);
    const raw95 = pct(s.raw, 95);
    const ratio = p95 / raw95;
    if (p95 > worst.p95) worst = { p95, name: c.name };
    if (ratio > worstRatio.ratio) worstRatio = { ratio, name: c.name };
    const goal = c.typing ? TYPING_GOAL_MS : GOAL_MS;
    const verdict = p95 <= goal ? 'met' : `**${(p95 / goal).toFixed(1)}× over**`;
    const errors = [...s.httpErrors].map(([st, n]) => `${n}× ${st}`).concat(s.rawErrors ? [`raw ${s.rawErrors}× failed`] : [], s.floorErrors ? [`floor ${s.floorErrors}× failed`] : []).join(', ');
    const floor95 = pct(s.floor, 95);
    if (ratio > RATIO_GOAL) overRatio.push({ name: c.name, ratio, floor: floor95 / raw95, ours: p95 / floor95 });
    return `| ${c.name} | ${s.http.length}${s.stopped ? '*' : ''} | ${f1(pct(s.http, 50))} | ${f1(p95)} | ${f1(pct(s.raw, 50))} | ${f1(raw95)} | ${f2(ratio)}${ratio > RATIO_GOAL ? ' (over)' : ''} | ${f1(pct(s.floor, 50))} | ${f1(floor95)} | ${f2(floor95 / raw95)} | ${goal} ms: ${verdict} | ${errors || '–'} | ${r.profiles[k].dbHits.toLocaleString('en')} | ${r.profiles[k].operators} |`;
  });
  const l = r.load;
  const history = existsSync(r.file) ? (/\n## History\n[\s\S]*$/.exec(readFileSync(r.file, 'utf8'))?.[0] ?? '') : '';
  const md = `# Scale benchmark: ${r.N.toLocaleString('en')} entities

\`npm run bench:scale -- --entities ${r.N} --facts-per-entity ${r.F} --rounds ${r.rounds}${r.flags ? ` ${r.flags}` : ''}\` on ${new Date().toISOString().slice(0, 16)} UTC
(2 cores shared with other work; embedded Neo4j, heap ${r.memory.heapMb} MiB, page cache ${r.memory.pageCacheMb} MiB).
A synthetic graph in the project's storage format (bench/scale/generate.ts): names from the articles'
characters, pinyin by the writer's own code, evidence arrays, figures, power-law degrees.

## Load

${l ? `Bulk path: ${l.via ?? 'batched UNWIND over Bolt'}${l.via?.startsWith('neo4j-admin') ? ' (the "entities + mentions" column is the CSV generation of the whole graph, the "facts" column the import of all of it)' : ''}.

| entities | mention links | facts | entities + mentions | facts | facts/s (goal ${LOAD_GOAL.toLocaleString('en')}) | indexes after load |
|---|---|---|---|---|---|---|
| ${l.entities.toLocaleString('en')} | ${l.mentions.toLocaleString('en')} | ${l.facts.toLocaleString('en')} | ${l.entitySeconds.toFixed(0)} s | ${l.factSeconds.toFixed(0)} s | ${Math.round(l.factsPerSecond).toLocaleString('en')} ${l.factsPerSecond >= LOAD_GOAL ? '(met)' : `(**${(LOAD_GOAL / l.factsPerSecond).toFixed(1)}× short**)`} | ${l.indexSeconds.toFixed(0)} s |` : 'not loaded by this run (reused home)'}

Server start on this store: ready in ${r.startSeconds.toFixed(1)} s; warm-up: ${r.warmUp ? r.warmUp.replace(/\|/g, '/').slice(0, 160) : 'not reported'}.

## Interactive calls

${r.rounds} interleaved rounds after 3 warm-up rounds; each round runs every case over HTTP, through the raw
driver with the statements the operation sends, and through the floor (order alternating). The floor is the same
statements behind a bare node:http server in its own process (bench/scale/floor-server.ts: no Express, validation,
deadline or decoding): floor/raw is what the extra hop, HTTP and JSON cost any server on this machine, HTTP/floor
what our own code adds. p95 goal: 50 ms (search as you type 30 ms), ratio HTTP/raw p95 ≤ ${RATIO_GOAL}. db hits:
PROFILE of the same statements, heaviest operators last column.
${r.samples.some((s) => s.stopped) ? '\\* stopped early: over its time budget (too slow to run every round).\n' : ''}
| case | n | HTTP p50 ms | HTTP p95 ms | raw p50 ms | raw p95 ms | ratio p95 | floor p50 ms | floor p95 ms | floor/raw p95 | goal | errors | db hits | heaviest operators (db hits) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${r.serverCpu ? `Server CPU per call over the rounds (/proc, every case): ours ${r.serverCpu.ours.toFixed(2)} ms, the floor ${r.serverCpu.floor.toFixed(2)} ms.\n\n` : ''}${overRatio.length ? `Ratio over ${RATIO_GOAL} in ${overRatio.length} of ${r.cases.length} cases: ${overRatio.map((o) => `${o.name} ${f2(o.ratio)} (floor/raw ${f2(o.floor)}, HTTP/floor ${f2(o.ours)})`).join('; ')}.` : `Ratio ≤ ${RATIO_GOAL} in every case.`}

## Memory

Peak RSS during the rounds: server ${r.rss.server.toFixed(0)} MB (goal ≤ ${SERVER_RSS_GOAL_MB} MB${r.rss.server <= SERVER_RSS_GOAL_MB ? ', met' : ', **not met**'}), Neo4j JVM ${r.rss.neo4j.toFixed(0)} MB.
`;
  const line = `scale ${r.N} entities: worst p95 ${f1(worst.p95)} ms (${worst.name}), worst ratio ${worstRatio.ratio.toFixed(2)}`;
  writeFileSync(r.file, md + `\n${line}\n` + history);
  return line;
}
