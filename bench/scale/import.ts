// The bench's bulk path at scale: the synthetic graph written as CSV and loaded by Neo4j's own offline
// importer (`neo4j-admin database import full`, from the launcher's jars) into a fresh home. Over Bolt,
// batched UNWIND managed ~1,400 facts/s on this shared 2-core machine, an hour for 5M facts; the importer
// writes the store files directly. The rows are the writer's own records (entityRecord / relationRecord),
// so what lands is what a seed stores; numbers are typed double, as the driver sends a JS number.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { articleRecord } from '../../model/storage/index.ts';
import type { SyntheticGraph } from './generate.ts';

const CSV_PART = new URL('./csv-part.ts', import.meta.url).pathname;
const LAUNCHER = new URL('../../neo4j-launcher/target/', import.meta.url).pathname;

type Column = [name: string, type: '' | 'double' | 'string[]' | 'double[]'];

const ENTITY_COLUMNS: Column[] = [
  ['name', ''], ['type', ''], ['aliases', 'string[]'], ['en', ''], ['description', ''], ['alias_text', ''], ['pinyin', ''],
  ['pinyin_initials', ''], ['alias_pinyin', 'string[]'], ['names_lc', 'string[]'], ['py_keys', 'string[]'], ['en_lc', ''],
  ['search_keys', ''], ['status', ''], ['mention_count', 'double'], ['figures', ''], ['figure_kinds', 'string[]'], ['figure_texts', 'string[]'],
  ['ev_article', 'string[]'], ['ev_start', 'double[]'], ['ev_end', 'double[]'], ['ev_quote', 'string[]'], ['ev_year', 'double[]'],
  ['articles', 'string[]'], ['first_reported', 'double'], ['last_reported', 'double'], ['canvas', ''],
];
const FACT_COLUMNS: Column[] = [
  ['id', ''], ['status', ''], ['rule', ''], ['amount_text', ''], ['role', ''], ['year', 'double'],
  ['ev_article', 'string[]'], ['ev_start', 'double[]'], ['ev_end', 'double[]'], ['ev_quote', 'string[]'], ['ev_year', 'double[]'],
  ['articles', 'string[]'], ['first_reported', 'double'], ['last_reported', 'double'], ['canvas', ''],
];

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** One CSV field; arrays joined by ';' (a ';' inside an element becomes '；', the only change to the data). */
function field(v: unknown, type: Column[1]): string {
  if (v === null || v === undefined) return '';
  if (type.endsWith('[]')) return (v as unknown[]).length ? quote((v as unknown[]).map((x) => String(x).replace(/;/g, '；')).join(';')) : '';
  return typeof v === 'number' ? String(v) : quote(String(v));
}
const header = (cols: Column[]) => cols.map(([n, t]) => (t ? `${n}:${t}` : n)).join(',');
const row = (p: Record<string, unknown>, cols: Column[]) => cols.map(([n, t]) => field(p[n], t)).join(',');

/**
 * Lines gathered into ~1 MB writes, with back-pressure: a million rows must not sit in memory waiting for
 * the disk, and a write (and a wait for 'drain') per line cost a third of the writer's time in small
 * buffers, syscalls and garbage collection.
 */
const CHUNK = 1 << 20;
const pending = new WeakMap<WriteStream, { lines: string[]; size: number }>();
async function put(out: WriteStream, line: string) {
  const p = pending.get(out) ?? { lines: [], size: 0 };
  pending.set(out, p);
  p.lines.push(line);
  p.size += line.length;
  if (p.size < CHUNK) return;
  const text = p.lines.join('\n') + '\n';
  p.lines = [];
  p.size = 0;
  if (!out.write(text)) await new Promise<void>((ok) => out.once('drain', () => ok()));
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
  importSeconds: number;
}

/**
 * The facts' CSV is written by this many processes (csv-part.ts), each its share of the one seeded
 * stream, beside the entities' in this one: the facts' records are most of the CSV's work, and one
 * process for them was the longest part of the whole load (2,256 s at 1M on a busy machine).
 */
export const FACT_PARTS = 2;

/** The entities with their mention links, or one part of the facts: a share of the CSV, in this process. */
export async function writeCsv(graph: SyntheticGraph, dir: string, part: 'entities' | 'facts', say: (msg: string) => void, factPart = { index: 0, of: 1 }): Promise<{ rows: number; mentions: number }> {
  const open = (name: string, head: string) => {
    const s = createWriteStream(join(dir, name));
    s.write(head + '\n');
    return s;
  };
  if (part === 'facts') {
    const facts = open(`facts-${factPart.index}.csv`, `:START_ID(Entity),:END_ID(Entity),:TYPE,${header(FACT_COLUMNS)}`);
    let factCount = 0;
    for (const batch of graph.facts(10_000, factPart)) {
      for (const f of batch) await put(facts, `${quote(f.source)},${quote(f.target)},${f.type},${row(f.props, FACT_COLUMNS)}`);
      factCount += batch.length;
      if (factCount % 500_000 < 10_000) say(`  csv: facts ${factCount.toLocaleString('en')} (part ${factPart.index + 1} of ${factPart.of})`);
    }
    await close(facts);
    return { rows: factCount, mentions: 0 };
  }
  const articles = open('articles.csv', 'id:ID(Article),:LABEL,file,headline,year:double,text,length:double');
  for (const a of graph.articles) {
    const r = articleRecord({ ...a });
    await put(articles, [quote(a.id), 'Article', quote(a.file), quote(a.headline), a.year, quote(a.text), r.length].join(','));
  }
  await close(articles);
  const entities = open('entities.csv', `id:ID(Entity),:LABEL,${header(ENTITY_COLUMNS)}`);
  const mentions = open('mentions.csv', ':START_ID(Entity),:END_ID(Article),:TYPE,starts:double[],ends:double[],count:double');
  let mentionCount = 0;
  const n = graph.plan.entities;
  for (let i = 0; i < n; i++) {
    const e = graph.entity(i);
    await put(entities, `${quote(String(e.props.id))},Entity;${e.label},${row(e.props, ENTITY_COLUMNS)}`);
    for (const m of e.mentions) {
      mentionCount++;
      await put(mentions, `${quote(String(e.props.id))},${quote(m.article)},MENTIONED_IN,${field(m.starts, 'double[]')},${field(m.ends, 'double[]')},${m.count}`);
    }
    if (i % 100_000 === 0) say(`  csv: entities ${i.toLocaleString('en')} / ${n.toLocaleString('en')}`);
  }
  await close(entities);
  await close(mentions);
  return { rows: n, mentions: mentionCount };
}

/** One part of the facts in a child process (csv-part.ts). */
function factsInChild(graph: SyntheticGraph, dir: string, index: number, say: (msg: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CSV_PART, JSON.stringify(graph.plan), dir, String(index), String(FACT_PARTS)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) (line.startsWith('rows ') ? (last = line) : say(line));
    });
    child.once('exit', (code) => (code === 0 && last ? resolve(Number(last.slice(5))) : reject(new Error(`csv-part.ts exited with ${code}`))));
  });
}

export async function bulkImport(graph: SyntheticGraph, home: string, say: (msg: string) => void): Promise<ImportReport> {
  const dir = join(home, 'import-csv');
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const parts = Array.from({ length: FACT_PARTS }, (_, k) => k);
  const [ents, ...factCounts] = await Promise.all([writeCsv(graph, dir, 'entities', say), ...parts.map((k) => factsInChild(graph, dir, k, say))]);
  const factCount = factCounts.reduce((a, b) => a + b, 0);
  const n = ents.rows;
  const mentionCount = ents.mentions;
  const csvSeconds = (performance.now() - t0) / 1000;
  say(`  csv written in ${csvSeconds.toFixed(0)} s (load average ${loadavg()[0].toFixed(1)}); importing …`);

  const t1 = performance.now();
  const args = [
    '-Xmx2g', '-cp', `${join(LAUNCHER, 'classes')}:${join(LAUNCHER, 'lib')}/*`, 'org.neo4j.cli.AdminTool',
    // the database name first: --nodes and --relationships take every argument after them as a file
    'database', 'import', 'full', 'neo4j', '--overwrite-destination=true', '--multiline-fields=true', '--id-type=string', `--report-file=${join(dir, 'import.report')}`,
    `--nodes=${join(dir, 'articles.csv')}`, `--nodes=${join(dir, 'entities.csv')}`,
    `--relationships=${join(dir, 'mentions.csv')}`, ...parts.map((k) => `--relationships=${join(dir, `facts-${k}.csv`)}`),
  ];
  const res = spawnSync('java', args, { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (res.status !== 0) throw new Error(`neo4j-admin import failed (${res.status}):\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-3000)}`);
  const importSeconds = (performance.now() - t1) / 1000;
  // the importer's own account (its phases, and its time without the JVM's start) stays in the home
  writeFileSync(join(home, 'import.log'), res.stdout);
  const phases = [...res.stdout.matchAll(/^(.+ COMPLETED in .+|IMPORT DONE in .+)$/gm)].map((m) => m[1].trim());
  say(`  imported in ${importSeconds.toFixed(0)} s (load average ${loadavg()[0].toFixed(1)}): ${phases.join('; ')}`);
  rmSync(dir, { recursive: true, force: true });
  return { entities: n, facts: factCount, mentions: mentionCount, csvSeconds, importSeconds };
}
