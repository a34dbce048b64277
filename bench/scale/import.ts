// The bench's bulk path at scale: the synthetic graph written as CSV and loaded by Neo4j's own offline
// importer (`neo4j-admin database import full`, from the launcher's jars) into a fresh home. Over Bolt,
// batched UNWIND managed ~1,400 facts/s on this shared 2-core machine, an hour for 5M facts; the importer
// writes the store files directly. The rows are the text of the writer's own records (entityRecord /
// relationRecord; csv.ts builds it without the records, held to them by csv.test.ts), so what lands is
// what a seed stores; numbers are typed double, as the driver sends a JS number.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { articleRecord } from '../../model/storage/index.ts';
import { ENTITY_COLUMNS, entityLine, factLine, field, header, quote, FACT_COLUMNS } from './csv.ts';
import type { SyntheticGraph } from './generate.ts';

const CSV_PART = new URL('./csv-part.ts', import.meta.url).pathname;
const LAUNCHER = new URL('../../neo4j-launcher/target/', import.meta.url).pathname;

/**
 * Lines gathered into ~1 MB writes, with back-pressure: a million rows must not sit in memory waiting for
 * the disk, and a write (and a wait for 'drain') per line cost a third of the writer's time in small
 * buffers, syscalls and garbage collection.
 */
const CHUNK = 1 << 20;
const pending = new WeakMap<WriteStream, { lines: string[]; size: number }>();
/** Queues a line; returns a promise only when a chunk went out and the stream wants a 'drain' first. */
function put(out: WriteStream, line: string): Promise<void> | undefined {
  let p = pending.get(out);
  if (!p) pending.set(out, (p = { lines: [], size: 0 }));
  p.lines.push(line);
  p.size += line.length;
  if (p.size < CHUNK) return undefined;
  const text = p.lines.join('\n') + '\n';
  p.lines = [];
  p.size = 0;
  if (out.write(text)) return undefined;
  return new Promise<void>((ok) => out.once('drain', () => ok()));
}
const close = (out: WriteStream) => {
  const p = pending.get(out);
  if (p?.lines.length) out.write(p.lines.join('\n') + '\n');
  return new Promise<void>((ok) => out.end(() => ok()));
};

export interface ImportReport {
  entities: number;
  facts: number;
  mentions: number;
  csvSeconds: number;
  /** CPU seconds (user + system) of the CSV's processes, and the load average at its start and end */
  csvCpu: number;
  csvLoad: number[];
  importSeconds: number;
  importCpu: number;
  importLoad: number[];
}

/**
 * The CSV is written by this many processes (csv-part.ts), each every PARTS-th entity and fact of the
 * one seeded graph, so they share the work evenly and their files together are the whole graph. One
 * process per core: the work is CPU (pinyin, records, JSON), and the importer runs after them.
 */
export const PARTS = 2;

export interface CsvShare {
  entities: number;
  mentions: number;
  facts: number;
}

/** One share of the entities (with their mention links) and of the facts, in this process. */
export async function writeCsv(graph: SyntheticGraph, dir: string, part: { index: number; of: number }, say: (msg: string) => void): Promise<CsvShare> {
  const open = (name: string, head: string) => {
    const s = createWriteStream(join(dir, name));
    s.write(head + '\n');
    return s;
  };
  const entities = open(`entities-${part.index}.csv`, `id:ID(Entity),:LABEL,${header(ENTITY_COLUMNS)}`);
  const mentions = open(`mentions-${part.index}.csv`, ':START_ID(Entity),:END_ID(Article),:TYPE,starts:double[],ends:double[],count:double');
  let entityCount = 0;
  let mentionCount = 0;
  const n = graph.plan.entities;
  for (let i = part.index; i < n; i += part.of) {
    const e = graph.entityInput(i);
    const id = quote(e.input.id);
    let wait = put(entities, entityLine(e.input));
    if (wait) await wait;
    for (const m of e.mentions) {
      mentionCount++;
      wait = put(mentions, `${id},${quote(m.article)},MENTIONED_IN,${field(m.starts, 'double[]')},${field(m.ends, 'double[]')},${m.count}`);
      if (wait) await wait;
    }
    if (++entityCount % 200_000 === 0) say(`  csv: entities ${entityCount.toLocaleString('en')} (part ${part.index + 1} of ${part.of})`);
  }
  await close(entities);
  await close(mentions);
  const facts = open(`facts-${part.index}.csv`, `:START_ID(Entity),:END_ID(Entity),:TYPE,${header(FACT_COLUMNS)}`);
  let factCount = 0;
  for (const r of graph.factInputs(part)) {
    const wait = put(facts, factLine(r));
    if (wait) await wait;
    if (++factCount % 1_000_000 === 0) say(`  csv: facts ${factCount.toLocaleString('en')} (part ${part.index + 1} of ${part.of})`);
  }
  await close(facts);
  return { entities: entityCount, mentions: mentionCount, facts: factCount };
}

/** One share of the CSV in a child process (csv-part.ts). */
function partInChild(graph: SyntheticGraph, dir: string, index: number, say: (msg: string) => void): Promise<CsvShare> {
  return new Promise((resolve, reject) => {
    // a bigger young generation: the lines are short-lived strings, and with V8's default the scavenger
    // took a fifth of a share's CPU (profile at 50k); 64 MB semi-spaces: 12-15 % less CPU, same files
    const child = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', CSV_PART, JSON.stringify(graph.plan), dir, String(index), String(PARTS)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) (line.startsWith('share ') ? (last = line) : say(line));
    });
    child.once('exit', (code) => (code === 0 && last ? resolve(JSON.parse(last.slice(6))) : reject(new Error(`csv-part.ts exited with ${code}`))));
  });
}

/** CPU seconds (user + system) of this process's children that have exited and been waited for. */
export function childrenCpuSeconds(): number {
  // /proc/self/stat: fields 16 and 17 (cutime, cstime) in clock ticks; the name (field 2) may hold spaces
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

export async function bulkImport(graph: SyntheticGraph, home: string, say: (msg: string) => void): Promise<ImportReport> {
  const dir = join(home, 'import-csv');
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const cpu0 = childrenCpuSeconds();
  const load0 = loadavg()[0];
  const articles = createWriteStream(join(dir, 'articles.csv'));
  articles.write('id:ID(Article),:LABEL,file,headline,year:double,text,length:double\n');
  for (const a of graph.articles) articles.write([quote(a.id), 'Article', quote(a.file), quote(a.headline), a.year, quote(a.text), articleRecord({ ...a }).length].join(',') + '\n');
  await new Promise<void>((ok) => articles.end(() => ok()));
  const parts = Array.from({ length: PARTS }, (_, k) => k);
  const shares = await Promise.all(parts.map((k) => partInChild(graph, dir, k, say)));
  const sum = (key: keyof CsvShare) => shares.reduce((a, s) => a + s[key], 0);
  const [n, mentionCount, factCount] = [sum('entities'), sum('mentions'), sum('facts')];
  const csvSeconds = (performance.now() - t0) / 1000;
  const csvCpu = childrenCpuSeconds() - cpu0;
  say(`  csv written in ${csvSeconds.toFixed(0)} s, ${csvCpu.toFixed(0)} CPU-s (load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}); importing …`);

  const t1 = performance.now();
  const cpu1 = childrenCpuSeconds();
  const load1 = loadavg()[0];
  const args = [
    '-Xmx2g', '-cp', `${join(LAUNCHER, 'classes')}:${join(LAUNCHER, 'lib')}/*`, 'org.neo4j.cli.AdminTool',
    // the database name first: --nodes and --relationships take every argument after them as a file
    'database', 'import', 'full', 'neo4j', '--overwrite-destination=true', '--multiline-fields=true', '--id-type=string', `--report-file=${join(dir, 'import.report')}`,
    `--nodes=${join(dir, 'articles.csv')}`, ...parts.map((k) => `--nodes=${join(dir, `entities-${k}.csv`)}`),
    ...parts.flatMap((k) => [`--relationships=${join(dir, `mentions-${k}.csv`)}`, `--relationships=${join(dir, `facts-${k}.csv`)}`]),
  ];
  const res = spawnSync('java', args, { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (res.status !== 0) throw new Error(`neo4j-admin import failed (${res.status}):\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-3000)}`);
  const importSeconds = (performance.now() - t1) / 1000;
  const importCpu = childrenCpuSeconds() - cpu1;
  // the importer's own account (its phases, and its time without the JVM's start) stays in the home
  writeFileSync(join(home, 'import.log'), res.stdout);
  const phases = [...res.stdout.matchAll(/^(.+ COMPLETED in .+|IMPORT DONE in .+)$/gm)].map((m) => m[1].trim());
  say(`  imported in ${importSeconds.toFixed(0)} s, ${importCpu.toFixed(0)} CPU-s (load average ${load1.toFixed(1)} → ${loadavg()[0].toFixed(1)}): ${phases.join('; ')}`);
  rmSync(dir, { recursive: true, force: true });
  return { entities: n, facts: factCount, mentions: mentionCount, csvSeconds, csvCpu, csvLoad: [load0, loadavg()[0]], importSeconds, importCpu, importLoad: [load1, loadavg()[0]] };
}

/** CPU seconds (user + system) a running process has used so far, from /proc/<pid>/stat. */
export function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
