// Figures against the real seeded Neo4j: how they are stored (their own nodes, never entities), what the
// figures, dashboard and conflicts operations answer, the console's figure examples, and bad input
// answered 400/404 with a sentence. Conflicts are checked on a private Neo4j that gets a second report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResult, Dashboard, EntityFigures, FigureConflicts, GraphPayload, GraphSchema, SearchResults } from '../model/index.ts';
import { writeFigures } from '../model/storage/index.ts';
import { EXAMPLES } from '../client/src/console/examples.ts';
import { compileSeed } from '../graph-seed/src/compile.ts';
import { figureToStore } from '../graph-seed/src/figures.ts';
import { loadSeed } from '../graph-seed/src/load.ts';
import { privateNeo4j, sharedDriver, type PrivateNeo4j } from './support/neo4j.ts';
import { startTestServer, type TestServer } from './support/http.ts';

const driver = sharedDriver();
let api: TestServer;
let district: string;

beforeAll(async () => {
  api = await startTestServer(driver);
  district = (await driver.executeQuery("MATCH (n:Area {name: '市中区'}) RETURN n.id AS id")).records[0].get('id');
  // the first search of a process plans its queries (seconds on a loaded machine); these tests are about answers
  await api.get('/api/search?q=%E5%B8%82');
}, 120_000);
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('how figures are stored', () => {
  it('as (:Figure) nodes, each held by exactly one entity through HAS_FIGURE, never labelled Entity', async () => {
    const res = await driver.executeQuery(
      `MATCH (f:Figure) RETURN count(f) AS figures, count { MATCH (f:Figure:Entity) } AS entities,
         count { MATCH (f:Figure) WHERE COUNT { (:Entity)-[:HAS_FIGURE]->(f) } <> 1 } AS misheld`,
    );
    const rec = res.records[0];
    expect(Number(rec.get('figures'))).toBe(compileSeed().entities.reduce((n, e) => n + e.figures.length, 0));
    expect(Number(rec.get('entities'))).toBe(0);
    expect(Number(rec.get('misheld'))).toBe(0);
  });

  it('with the value as a float in the base unit, the text as printed, period, year and the sentence at its span', async () => {
    const res = await driver.executeQuery(
      `MATCH (:Area {name: '市中区'})-[:HAS_FIGURE]->(f:Figure {kind: 'gdp', measure: 'level', year: 2020})
       MATCH (a:Article) WHERE a.file = f.article
       RETURN f, substring(a.text, f.start, f.end - f.start) AS span, valueType(f.value) AS type`,
    );
    expect(res.records).toHaveLength(1);
    const f = res.records[0].get('f').properties;
    expect(f).toMatchObject({ text: '480.3亿元', value: 48_030_000_000, unit: 'yuan', period: 'h1', basis: 'actual', article: '000_3b9feea827c40a6b.txt' });
    expect(res.records[0].get('type')).toBe('FLOAT NOT NULL');
    expect(res.records[0].get('span')).toBe(f.quote);
    expect(f.quote).toContain(f.text);
  });

  it('indexed for filtering by kind and year and sorting by value', async () => {
    const res = await driver.executeQuery("SHOW INDEXES YIELD labelsOrTypes, properties, type, state WHERE 'Figure' IN labelsOrTypes RETURN properties, type, state");
    const indexes = res.records.map((r) => `${r.get('type')} ${r.get('properties').join(',')} ${r.get('state')}`);
    expect(indexes).toEqual(expect.arrayContaining(['RANGE kind,year ONLINE', 'RANGE value ONLINE', 'RANGE id ONLINE']));
  });

  it('never reach search, the start view or the schema counts of entities', async () => {
    const search = await api.get<SearchResults>(`/api/search?q=${encodeURIComponent('市中区')}`);
    expect(search.status, JSON.stringify(search.body)).toBe(200);
    expect(search.body.results.length).toBeGreaterThan(0);
    expect(search.body.results.every((r) => !r.labels.includes('Figure'))).toBe(true);
    const overview = await api.get<GraphPayload>('/api/graph');
    expect(overview.status, JSON.stringify(overview.body)).toBe(200);
    expect(overview.body.nodes.some((n) => n.labels.includes('Figure'))).toBe(false);
    const details = await api.get(`/api/nodes/${district}`);
    expect(details.body.facts.some((f: { type: string }) => f.type === 'HAS_FIGURE')).toBe(false);
    const schema = await api.get<GraphSchema>('/api/schema');
    const entities = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS c');
    const entityLabels = schema.body.labels.filter((l) => !['Entity', 'Article', 'Figure', 'Draft'].includes(l.label));
    expect(entityLabels.reduce((n, l) => n + l.count, 0)).toBe(Number(entities.records[0].get('c')));
  });
});

describe('GET /api/nodes/:id/figures', () => {
  it("returns every figure of 市中区 with its sentence, grouped by what it states, oldest report first", async () => {
    const res = await api.get<EntityFigures>(`/api/nodes/${district}/figures`);
    expect(res.status).toBe(200);
    const stored = await driver.executeQuery("MATCH (:Area {name: '市中区'})-[:HAS_FIGURE]->(f) RETURN count(f) AS c");
    expect(res.body.figures).toHaveLength(Number(stored.records[0].get('c')));
    expect(res.body.entity).toEqual({ id: district, name: '市中区' });
    const years = res.body.figures.map((f) => f.evidence.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(res.body.groups.reduce((n, g) => n + g.figures.length, 0)).toBe(res.body.figures.length);
    // GDP growth and GDP level of the same half year are different groups: a rate never conflicts with an amount
    const h1 = res.body.groups.filter((g) => g.key.startsWith('gdp|') && g.figures[0].year === 2020);
    expect(h1.map((g) => g.figures.map((f) => f.text))).toEqual(expect.arrayContaining([['480.3亿元'], ['同比增长3.4%']]));
    expect(h1.every((g) => g.articles === 1 && g.first_reported === 2020 && g.conflicting.length === 0)).toBe(true);
  });

  it('answers 404 naming the id for an unknown entity, and 400 for a malformed one', async () => {
    const missing = await api.get('/api/nodes/e-000000000000/figures');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/no entity with id "e-000000000000"/);
    const bad = await api.get(`/api/nodes/${'x'.repeat(500)}/figures`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBeTruthy();
  });
});

describe('GET /api/figures/dashboard', () => {
  it("shows 市中区's headline figures by year when no area is named, every one with its sentence", async () => {
    const res = await api.get<Dashboard>('/api/figures/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.entity.name).toBe('市中区');
    expect(res.body.rows.map((r) => r.kind)).toEqual(['gdp', 'fiscal_revenue', 'fixed_asset_investment', 'annual_investment', 'retail_sales', 'market_entities', 'new_enterprises']);
    const gdp = res.body.rows.find((r) => r.kind === 'gdp')!.figures.map((f) => `${f.year} ${f.text}`);
    expect(gdp).toEqual(expect.arrayContaining(['2020 480.3亿元', '2022 1300亿元', '2024 6%']));
    for (const row of res.body.rows) for (const f of row.figures) expect(res.body.years).toContain(f.year);
    expect(res.body.rows.every((r) => r.figures.every((f) => f.evidence.quote.includes(f.text)))).toBe(true);
  });

  it('answers 404 for an unknown entity', async () => {
    const res = await api.get('/api/figures/dashboard?entity=e-000000000000');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/no entity with id/);
  });
});

describe('the console examples for figures', () => {
  const example = (en: string) => EXAMPLES.find((e) => e.en === en)!;

  it('GDP by year lists 市中区 GDP figures ordered by year', async () => {
    const res = await api.post<CypherResult>('/api/cypher', { query: example('GDP of Shizhong District (市中区) by year').query });
    expect(res.status).toBe(200);
    const years = res.body.rows.map((r) => r['年份'] as number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(res.body.rows).toEqual(expect.arrayContaining([expect.objectContaining({ 年份: 2020, 原文: '480.3亿元', 单位: 'yuan' })]));
  });

  it('the ten largest investments ranks figures and INVESTED_IN amounts together, largest first', async () => {
    const res = await api.post<CypherResult>('/api/cypher', { query: example('The ten largest investments').query });
    expect(res.status).toBe(200);
    const amounts = res.body.rows.map((r) => r['亿元'] as number);
    expect(amounts).toHaveLength(10);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(res.body.rows[0]).toMatchObject({ 金额: '1250亿元', 亿元: 1250 });
  });
});

describe('GET /api/figures/conflicts', () => {
  it('answers in its shape on the curated graph and refuses a bad limit with the field named', async () => {
    const res = await api.get<FigureConflicts>('/api/figures/conflicts');
    expect(res.status).toBe(200);
    for (const c of res.body.conflicts) expect(new Set(c.figures.map((f) => f.evidence.article)).size).toBeGreaterThan(1);
    const bad = await api.get('/api/figures/conflicts?limit=0');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/limit/);
  });
});

describe('conflicts between reports (a private Neo4j given a second report)', () => {
  let neo: PrivateNeo4j;
  let own: TestServer;
  beforeAll(async () => {
    neo = await privateNeo4j();
    const graph = compileSeed();
    await loadSeed(neo.driver, graph);
    const shizhong = graph.entities.find((e) => e.name === '市中区')!;
    // a later report restates the first-half 2020 GDP differently (and one agrees within its rounding)
    const other = (amount: string, start: number) =>
      figureToStore({ kind: 'gdp', amount, year: 2020 }, { article: '003_9ee37e427c3e2c29.txt', start, end: start + 20, quote: `2020年上半年地区生产总值${amount}`, year: 2023 });
    const session = neo.driver.session();
    try {
      await session.executeWrite((tx) => writeFigures(tx, [{ id: shizhong.id, status: 'curated', figures: [...shizhong.figures, other('490.1亿元', 1), other('480亿元', 2)] }]));
    } finally {
      await session.close();
    }
    own = await startTestServer(neo.driver);
    // a fresh JVM on a busy machine plans its first queries slowly; this test is about what they answer
    await own.get('/api/figures/conflicts');
  }, 240_000);
  afterAll(async () => {
    await own?.close();
    await neo?.dispose();
  });

  it('flags the same kind, period and year stated with different values, side by side with both sentences', async () => {
    const res = await own.get<FigureConflicts>('/api/figures/conflicts');
    expect(res.status).toBe(200);
    const gdp = res.body.conflicts.find((c) => c.entity.name === '市中区' && c.key.startsWith('gdp|level|actual|h1|2020'));
    expect(gdp).toBeDefined();
    expect(gdp!.figures.map((f) => f.text)).toEqual(['480.3亿元', '490.1亿元', '480亿元']);
    expect(gdp!.figures.map((f) => f.evidence.quote)).toEqual(['今年上半年，市中区实现地区生产总值480.3亿元，同比增长3.4%', '2020年上半年地区生产总值490.1亿元', '2020年上半年地区生产总值480亿元']);
    // 480亿元 is 480.3亿元 at its printed precision, and disagrees with 490.1亿元 only within its own article
    expect(gdp!.conflicting.sort()).toEqual(['480.3亿元', '490.1亿元'].sort());
    expect(gdp).toMatchObject({ articles: 2, first_reported: 2020, last_reported: 2023 });
  });

  it('shows the same summary in the entity figures, and nothing is left behind when the figures are rewritten', async () => {
    const id = (await neo.driver.executeQuery("MATCH (n:Area {name: '市中区'}) RETURN n.id AS id")).records[0].get('id');
    const res = await own.get<EntityFigures>(`/api/nodes/${id}/figures`);
    expect(res.body.groups.filter((g) => g.conflicting.length).map((g) => g.key)).toEqual([expect.stringMatching(/^gdp\|level\|actual\|h1\|2020/)]);
    // a reseed makes the figures the files' again: the second report's figures go, no orphan stays
    await loadSeed(neo.driver, compileSeed());
    const after = await neo.driver.executeQuery("MATCH (f:Figure) WHERE f.text IN ['490.1亿元', '480亿元'] OR NOT EXISTS { (:Entity)-[:HAS_FIGURE]->(f) } RETURN count(f) AS c");
    expect(Number(after.records[0].get('c'))).toBe(0);
  });
});
