// End to end: the CLI on good and bad files, the draft's evidence, and --load into a private Neo4j
// (seeded with the curated graph first) — proposed facts never overwrite curated ones, and a load
// that fails part-way leaves the database exactly as it was.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSeed } from '../graph-seed/src/compile.ts';
import { loadSeed } from '../graph-seed/src/load.ts';
import { privateNeo4j, type PrivateNeo4j } from '../tests/support/neo4j.ts';
import type { Draft } from './src/draft.ts';
import { curatedGazetteer, ingestFile } from './src/ingest.ts';
import { loadDraft } from './src/load.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const ARTICLE = [
  '市中区加快建设泉城科创产业园',
  '',
  '今年以来，市中区以“中优”战略引领城市更新，加快建设泉城科创产业园、千佛山数字经济创新中心等重点项目，引进科大讯飞、华为云等多家头部企业。',
  '泉城科创产业园二期项目总投资12.5亿元，聚焦数字经济、人工智能等产业。',
].join('\n');
const TRADITIONAL = '市中區加快建設泉城科創產業園，引進科大訊飛、華為雲等多家頭部企業。';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return cliWith({}, ...args);
}
function cliWith(env: Record<string, string>, ...args: string[]) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'ingest/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('npm run ingest', () => {
  it('writes a draft whose evidence quotes are exact slices of the article', () => {
    const file = join(dir, 'new.txt');
    writeFileSync(file, ARTICLE);
    const out = join(dir, 'new.json');
    const res = cli(file, '--year', '2025', '--title', '泉城科创产业园', '--out', out);
    expect(res.code, res.stderr).toBe(0);
    const draft = JSON.parse(readFileSync(out, 'utf8')) as Draft;
    expect(draft.article).toMatchObject({ file: 'new.txt', year: 2025, title: '泉城科创产业园', encoding: 'utf-8' });
    const names = draft.entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toEqual(expect.arrayContaining(['市中区/Area', '泉城科创产业园/Park', '科大讯飞/Enterprise', '华为云/Enterprise', '“中优”战略/Strategy']));
    for (const e of draft.entities) for (const ev of e.evidence) expect(ARTICLE.slice(ev.start, ev.end)).toBe(ev.quote);
    for (const r of draft.relationships) for (const ev of r.evidence) expect(ARTICLE.slice(ev.start, ev.end)).toBe(ev.quote);
    // no investor is named: the total investment is a figure of the project, not an INVESTED_IN
    expect(draft.relationships.some((r) => r.type === 'INVESTED_IN')).toBe(false);
    const phase = draft.entities.find((e) => e.name === '泉城科创产业园二期项目');
    expect(phase?.figures).toEqual([expect.objectContaining({ kind: 'investment', amount: '12.5亿元', amount_yuan: '1250000000', year: 2025 })]);
    for (const f of phase!.figures!) expect(ARTICLE.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
    expect(draft.relationships).toContainEqual(expect.objectContaining({ source: '华为云', type: 'INTRODUCED_TO', target: '市中区' }));
  });

  it('decodes a GBK file and converts a traditional one', () => {
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, iconv.encode(ARTICLE, 'gbk'));
    const a = ingestFile(gbk, { gazetteer: curatedGazetteer() });
    expect(a.draft.article.encoding).toBe('gb18030');
    expect(a.text).toBe(ARTICLE);
    const trad = join(dir, 'trad.txt');
    writeFileSync(trad, TRADITIONAL);
    const b = ingestFile(trad);
    expect(b.draft.article.convertedFromTraditional).toBe(true);
    expect(b.draft.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['泉城科创产业园', '科大讯飞']));
  });

  it.each([
    ['empty.txt', () => Buffer.alloc(0), /empty.txt is empty/],
    ['random.bin', () => Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) % 251)), /random.bin looks binary/],
    ['huge.txt', () => Buffer.alloc(10 * 1024 * 1024, '市'), /huge.txt is 10.0 MB/],
  ])('refuses %s with a message and a non-zero exit, writing no draft', (name, bytes, message) => {
    const file = join(dir, name);
    writeFileSync(file, bytes());
    const out = join(dir, `${name}.json`);
    const res = cli(file, '--out', out);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack
    expect(existsSync(out)).toBe(false);
  });

  it('explains its usage when called wrongly', () => {
    const res = cli('--year', 'soon', join(dir, 'x.txt'));
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--year "soon": expected a year/);
    expect(cli(join(dir, 'missing.txt')).stderr).toMatch(/no such file/);
  });
});

describe('--load', () => {
  let neo: PrivateNeo4j;
  beforeAll(async () => {
    neo = await privateNeo4j();
    await loadSeed(neo.driver, compileSeed());
  }, 300_000); // a JVM and the seed, on a shared two-core machine
  afterAll(async () => neo?.dispose());

  const snapshot = async () => {
    const one = async (cypher: string) => (await neo.driver.executeQuery(cypher)).records[0].toObject();
    const counts = await one('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels');
    const district = await one(`MATCH (x:Entity {name: '市中区'}) RETURN x.status + '|' + x.description + '|' + x.mention_count AS district`);
    return { nodes: Number(String(counts.nodes)), rels: Number(String(counts.rels)), district: district.district };
  };

  it('leaves the database unchanged when the load fails part-way', async () => {
    const file = join(dir, 'load.txt');
    writeFileSync(file, ARTICLE);
    const { draft, text } = ingestFile(file, { year: 2025 });
    const before = await snapshot();
    await expect(
      loadDraft(neo.driver, draft, text, {
        onProgress: (done) => {
          if (done === 3) throw new Error('disk full (simulated)'); // after the graph is written, before the commit
        },
      }),
    ).rejects.toThrow(/simulated/);
    expect(await snapshot()).toEqual(before);
  });

  it('writes proposed entities and relations, links to curated nodes and never overwrites them', async () => {
    const file = join(dir, 'load.txt');
    writeFileSync(file, ARTICLE);
    const { draft, text } = ingestFile(file, { year: 2025, title: '泉城科创产业园' });
    const before = await snapshot();
    const counts = await loadDraft(neo.driver, draft, text);
    expect(counts.linkedToCurated).toBeGreaterThan(0);
    const after = await snapshot();
    expect(after.district).toBe(before.district); // curated 市中区 untouched
    expect(after.nodes).toBeGreaterThan(before.nodes);
    const park = await neo.driver.executeQuery(
      `MATCH (p:Entity:Park {name: '泉城科创产业园'})-[:MENTIONED_IN]->(a:Article {id: 'load'})
       MATCH (d:Entity {name: '市中区'})-[m:MENTIONED_IN]->(a)
       RETURN p.status AS status, a.headline AS headline, d.status AS district, m.count AS count`,
    );
    expect(park.records.map((r) => r.toObject())).toEqual([{ status: 'proposed', headline: '泉城科创产业园', district: 'curated', count: expect.anything() }]);
    const rel = await neo.driver.executeQuery(
      `MATCH (:Entity {name: '华为云'})-[r:INTRODUCED_TO]->(d:Entity {name: '市中区'}) RETURN r.status AS status, d.status AS target`,
    );
    expect(rel.records.map((r) => r.toObject())).toEqual([{ status: 'proposed', target: 'curated' }]);
    // loading again is idempotent (MERGE by id)
    await loadDraft(neo.driver, draft, text);
    expect(await snapshot()).toEqual(after);
  });

  /** Every span stored for the article, with the text it points at and what it should say. */
  const spansOf = async (id: string) => {
    const res = await neo.driver.executeQuery(
      `MATCH (a:Article {id: $id})
       CALL (a) {
         MATCH (e:Entity)-[m:MENTIONED_IN]->(a) UNWIND range(0, size(m.starts) - 1) AS i
         RETURN collect({kind: 'mention', names: [e.name] + e.aliases, start: m.starts[i], end: m.ends[i]}) AS mentions
       }
       CALL (a) {
         MATCH (x:Entity {status: 'proposed'}) WHERE a.file IN x.articles
         UNWIND range(0, size(x.ev_article) - 1) AS i
         RETURN collect({kind: 'evidence', quote: x.ev_quote[i], start: x.ev_start[i], end: x.ev_end[i]}) AS nodeEvidence
       }
       CALL (a) {
         MATCH (:Entity)-[r {status: 'proposed'}]->(:Entity) WHERE a.file IN r.articles
         UNWIND range(0, size(r.ev_article) - 1) AS i
         RETURN collect({kind: 'evidence', quote: r.ev_quote[i], start: r.ev_start[i], end: r.ev_end[i]}) AS relEvidence
       }
       RETURN a.text AS text, mentions + nodeEvidence + relEvidence AS spans`,
      { id },
    );
    const rec = res.records[0];
    const text = rec.get('text') as string;
    return (rec.get('spans') as Array<{ kind: string; quote?: string; names?: string[]; start: unknown; end: unknown }>).map((s) => ({
      ...s,
      at: text.slice(Number(s.start), Number(s.end)),
    }));
  };

  it('replaces a proposed article corrected under the same name: its text and every span together', async () => {
    const file = join(dir, 'corrected.txt');
    writeFileSync(file, ARTICLE);
    const first = ingestFile(file, { year: 2025 });
    await loadDraft(neo.driver, first.draft, first.text);
    // the corrected version: a new first paragraph moves every offset
    writeFileSync(file, `【更正】本报记者补充报道：市中区召开项目推进会。\n${ARTICLE}`);
    const second = ingestFile(file, { year: 2025 });
    const counts = await loadDraft(neo.driver, second.draft, second.text);
    expect(counts.replacedText).toBe(true);
    const spans = await spansOf('corrected');
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) {
      if (s.kind === 'evidence') expect(s.at, JSON.stringify(s)).toBe(s.quote);
      else expect(s.names!.some((n) => s.at.includes(n) || n.includes(s.at)), JSON.stringify(s)).toBe(true);
    }
  });

  it('refuses a different text under a curated article\'s name, and leaves the database as it was', async () => {
    const file = join(dir, '000_3b9feea827c40a6b.txt');
    writeFileSync(file, ARTICLE);
    const { draft, text } = ingestFile(file, { year: 2025 });
    const before = await snapshot();
    await expect(loadDraft(neo.driver, draft, text)).rejects.toThrow(/article 000_3b9feea827c40a6b\.txt is curated and its stored text differs/);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps every mention link of an ingested article when the curated graph is seeded again', async () => {
    const file = join(dir, 'reseed.txt');
    writeFileSync(file, ARTICLE);
    const { draft, text } = ingestFile(file, { year: 2025 });
    await loadDraft(neo.driver, draft, text);
    const mentions = async () =>
      (await neo.driver.executeQuery(`MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: 'reseed'}) RETURN e.id + ':' + m.starts[0] AS k ORDER BY k`)).records.map((r) => r.get('k'));
    const before = await mentions();
    expect(before.length).toBeGreaterThan(5);
    await loadSeed(neo.driver, compileSeed());
    expect(await mentions()).toEqual(before);
  });

  it('loads through the same path as POST /api/drafts, and keeps a review\'s decisions when loaded again', async () => {
    const file = join(dir, 'cli-load.txt');
    writeFileSync(file, ARTICLE);
    const env = { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password };
    const first = cliWith(env, file, '--year', '2025', '--title', '命令行', '--load');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/loaded draft cli-load .*Review it in the browser/);
    // a reviewer rejects one entity (as the review operation does) …
    const { reviewDraft } = await import('../server/src/operations/review.ts');
    const stored = (await neo.driver.executeQuery(`MATCH (d:Draft {id: 'cli-load'}) RETURN d.record AS r`)).records[0].get('r');
    const huawei = (JSON.parse(stored).entities as Array<{ id: string; name: string }>).find((e) => e.name === '华为云')!;
    const write = neo.driver.session();
    await write.executeWrite((tx) => reviewDraft(tx, 'cli-load', { accept: [], reject: [huawei.id] }, new Date().toISOString()));
    await write.close();
    // … and loading the file again does not propose it again
    const again = cliWith(env, file, '--year', '2025', '--load');
    expect(again.code, again.stderr).toBe(0);
    // the entity and the fact about it (rejected with it)
    expect(again.stderr).toMatch(/loaded again draft cli-load .*decided before: 0 accepted, 2 rejected/);
    expect((await neo.driver.executeQuery(`MATCH (n:Entity {name: '华为云'}) RETURN n`)).records).toEqual([]);
  });
});
