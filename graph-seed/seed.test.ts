// The curated graph as loaded into a real Neo4j: evidence is exact, counts match the files, the
// facts the product promises are there, and bad data fails the load leaving the database as it was.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph as stats } from '../server/src/operations/stats.ts';
import { createDb } from '../server/src/store/db.ts';
import { privateNeo4j, sharedDriver, type PrivateNeo4j } from '../tests/support/neo4j.ts';
import { compileSeed, SEED_ROOT } from './src/compile.ts';
import { loadSeed } from './src/load.ts';
import { SeedDataError } from './src/model.ts';
import { renderSchemaDoc } from './src/schema-doc.ts';

const graph = compileSeed();
const articleText = new Map(graph.articles.map((a) => [a.file, a.text]));

describe('compiled evidence', () => {
  it('every evidence quote equals the article text at [start, end)', () => {
    const all = [...graph.entities.flatMap((e) => [...e.evidence, ...e.figures.map((f) => f.evidence)]), ...graph.relations.flatMap((r) => r.evidence)];
    expect(all.length).toBeGreaterThan(300);
    for (const ev of all) expect(articleText.get(ev.article)!.slice(ev.start, ev.end)).toBe(ev.quote);
  });
  it('every mention span is a name or alias of its entity (a span may cross a line break the layout put in the name)', () => {
    for (const e of graph.entities)
      for (const [file, spans] of e.mentions)
        for (const s of spans) expect([e.name, ...e.aliases]).toContain(articleText.get(file)!.slice(s.start, s.end).replace(/[\r\n]/g, ''));
  });
  it('every entity and relationship has evidence', () => {
    expect(graph.entities.every((e) => e.evidence.length > 0)).toBe(true);
    expect(graph.relations.every((r) => r.evidence.length > 0)).toBe(true);
  });
});

describe('SCHEMA.md', () => {
  it('is up to date with the vocabulary and the data (regenerate: npm run seed -- --schema-doc)', () => {
    expect(readFileSync(join(SEED_ROOT, 'SCHEMA.md'), 'utf8')).toBe(renderSchemaDoc(graph));
  });
});

describe('the loaded graph', () => {
  const driver = sharedDriver();
  const db = createDb(driver);
  afterAll(() => driver.close());
  const q = async (cypher: string, params = {}) => (await db.read(cypher, params)).records.map((r) => r.toObject());

  it('holds exactly the entities and relationships the files declare, by label and type', async () => {
    const s = await stats(db);
    const labels: Record<string, number> = {};
    for (const e of graph.entities) labels[e.label] = (labels[e.label] ?? 0) + 1;
    for (const [label, n] of Object.entries(labels)) expect(s.labels[label], label).toBe(n);
    expect(s.labels.Entity).toBe(graph.entities.length);
    const types: Record<string, number> = {};
    for (const r of graph.relations) types[r.type] = (types[r.type] ?? 0) + 1;
    for (const [type, n] of Object.entries(types)) expect(s.relationshipTypes[type], type).toBe(n);
  });

  it('puts 济南宾馆项目 and 上新街片区城市更新项目 in 中央商埠区', async () => {
    const rows = await q(`MATCH (p:Project)-[:PART_OF|LOCATED_IN]->(:Area {name: '中央商埠区'}) RETURN p.name AS name`);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['济南宾馆项目', '上新街片区城市更新项目']));
  });

  it('puts the 14 energy-internet key projects’ 89.3亿元 on their own node as an exact investment figure', async () => {
    const rows = await q(
      `MATCH (n:Entity)-[:HAS_FIGURE]->(f:Figure {kind: 'investment', text: '89.3亿元'}) RETURN n.name AS name, f.value AS value, f.unit AS unit`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toMatch(/能源互联网/);
    expect(Number(rows[0].value)).toBe(8_930_000_000);
    expect(rows[0].unit).toBe('yuan');
  });

  it('knows 科大讯飞 was introduced to 市中区', async () => {
    const rows = await q(`MATCH (:Enterprise {name: '科大讯飞'})-[r:INTRODUCED_TO]->(:Area {name: '市中区'}) RETURN r.ev_quote AS quotes`);
    expect(rows).toHaveLength(1);
  });

  it('records 山东新金融产业园’s 1800亿元 as a fund size, not an investment', async () => {
    const rows = await q(`MATCH (:Park {name: '山东新金融产业园'})-[:HAS_FIGURE]->(f:Figure) RETURN f.kind AS kind, f.text AS text`);
    expect(rows).toContainEqual({ kind: 'fund_size', text: expect.stringContaining('1800亿元') });
    expect(rows.map((r) => r.kind)).not.toContain('investment');
  });

  it('has 济南宾馆项目 supporting the “中优” strategy', async () => {
    const rows = await q(`MATCH (:Project {name: '济南宾馆项目'})-[:SUPPORTS]->(s:Strategy) WHERE '中优' IN s.aliases RETURN s.name AS name`);
    expect(rows).toHaveLength(1);
  });

  it('links entities to the articles that mention them with every span', async () => {
    const rows = await q(`MATCH (:Entity {name: '市中区'})-[m:MENTIONED_IN]->(a:Article) RETURN a.id AS article, m.starts AS starts`);
    expect(rows).toHaveLength(5);
    for (const r of rows) expect((r.starts as unknown[]).length).toBeGreaterThan(3);
  });
});

describe('loading', () => {
  let db: PrivateNeo4j;
  beforeAll(async () => {
    db = await privateNeo4j();
  });
  afterAll(() => db.dispose());

  const snapshot = async () => {
    const res = await db.driver.executeQuery(
      `MATCH (n) OPTIONAL MATCH (n)-[r]->() WITH n, collect(r {.*, t: type(r)}) AS rs ORDER BY n.id RETURN collect([n {.*}, labels(n), rs]) AS all`,
    );
    return JSON.stringify(res.records[0].get('all'));
  };

  it('is idempotent: seeding twice gives identical counts and content', async () => {
    await loadSeed(db.driver, graph);
    const first = await stats(createDb(db.driver));
    const before = await snapshot();
    await loadSeed(db.driver, graph);
    expect(await stats(createDb(db.driver))).toEqual(first);
    expect(await snapshot()).toBe(before);
  });

  function brokenCopy(mutate: (yaml: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-seed-'));
    cpSync(join(SEED_ROOT, 'data'), dir, { recursive: true });
    const file = join(dir, '001_215feae1effaf443.yaml');
    writeFileSync(file, mutate(readFileSync(file, 'utf8')));
    return dir;
  }

  it.each([
    ['a misspelt quote', (y: string) => y.replace('济南宾馆项目签约率达100%', '济南宾馆项目签约率达99%'), /001_215feae1effaf443.yaml .*quote not found verbatim: "济南宾馆项目签约率达99%/],
    ['an unknown relationship type', (y: string) => y.replace(/type: SUPPORTS/, 'type: LOVES'), /001_215feae1effaf443.yaml relations\[\d+\]\.type .*Invalid option/],
    ['a relationship to an unknown entity', (y: string) => y.replace(/target: “中优”战略/, 'target: 不存在的战略'), /unknown target entity "不存在的战略"/],
  ])('refuses %s with a message naming it, and leaves the database as it was', async (_what, mutate, message) => {
    await loadSeed(db.driver, graph);
    const before = await snapshot();
    let error: unknown;
    try {
      await loadSeed(db.driver, compileSeed({ dataDir: brokenCopy(mutate) }));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SeedDataError);
    expect((error as Error).message).toMatch(message);
    expect(await snapshot()).toBe(before);
  });
});
