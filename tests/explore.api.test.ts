// The explorer API against the real seeded Neo4j: behaviour a user notices, and bad input of every
// kind answered with a 400/404 that names the problem (never a 500, never a stack trace).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { oas31 } from 'zod-openapi';
import type { GraphSchema, NeighborsResult, SearchResults } from '../model/index.ts';
import { sharedDriver } from './support/neo4j.ts';
import { startTestServer, type TestServer } from './support/http.ts';

const driver = sharedDriver();
let api: TestServer;
const ids: Record<string, string> = {};

async function idOf(name: string): Promise<string> {
  const res = await driver.executeQuery('MATCH (n:Entity {name: $name}) RETURN n.id AS id', { name });
  return res.records[0].get('id');
}

beforeAll(async () => {
  api = await startTestServer(driver);
  for (const name of ['中央活力区', '市中区', '科大讯飞', '济南宾馆项目', '中央商埠区']) ids[name] = await idOf(name);
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

const names = (body: { results: Array<{ name: string }> }) => body.results.map((r) => r.name);
const q = (s: string) => `/api/search?q=${encodeURIComponent(s)}`;

describe('GET /api/search', () => {
  it.each([
    ['the Chinese name', '中央活力区'],
    ['an alias', '活力区'],
    ['pinyin initials', 'zyhlq'],
    ['full pinyin', 'zhongyanghuoliqu'],
    ['spaced pinyin', 'Zhong Yang Huo Li Qu'],
    ['the English name', 'central vitality zone'],
    ['traditional characters', '中央活力區'],
    ['full-width letters', 'ｚｙｈｌｑ'],
  ])('finds 中央活力区 by %s', async (_what, text) => {
    const res = await api.get<SearchResults>(q(text));
    expect(res.status).toBe(200);
    expect(names(res.body)[0]).toBe('中央活力区');
  });

  it('ranks exact > prefix > contains', async () => {
    const res = await api.get<SearchResults>(q('市中区'));
    expect(res.body.results[0]).toMatchObject({ name: '市中区', score: 100 });
    const scores = res.body.results.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of res.body.results as Array<{ name: string; aliases: string[]; score: number }>) {
      const forms = [r.name, ...r.aliases];
      const expected = forms.includes('市中区') ? 100 : forms.some((f) => f.startsWith('市中区')) ? 75 : forms.some((f) => f.includes('市中区')) ? 50 : 0;
      if (expected) expect(r.score, r.name).toBe(expected);
    }
    expect(scores).toContain(75);
    expect(scores).toContain(50);
  });

  it.each([
    ['中央活力', 'name', '中央活力区'],
    ['zyhlq', 'pinyin', 'zhongyanghuoliqu'],
    ['central vitality', 'en', 'Central Vitality Zone'],
  ])('says why %s matched 中央活力区: %s', async (text, field, shown) => {
    const hit = (await api.get<SearchResults>(q(text))).body.results.find((r) => r.name === '中央活力区');
    expect(hit?.matched).toEqual({ field, text: expect.stringContaining(shown) });
  });

  it('marks what only a description matched and ranks it after every name match', async () => {
    const res = await api.get<SearchResults>(q('发展的新区'));
    const fields = res.body.results.map((r) => r.matched.field);
    expect(fields).toContain('description');
    const firstDescription = fields.indexOf('description');
    expect(fields.slice(firstDescription).every((f) => f === 'description'), fields.join(' ')).toBe(true);
    const hit = res.body.results[firstDescription];
    expect(hit.score).toBeLessThan(25);
    expect(hit.description).toContain(hit.matched.text.replace(/^…|…$/g, ''));
  });

  it('resolves the 济南市中区 alias to 市中区', async () => {
    expect(names((await api.get<SearchResults>(q('济南市中区'))).body)[0]).toBe('市中区');
  });

  it('filters by label and caps by limit', async () => {
    const res = await api.get<SearchResults>(`${q('中央')}&labels=Strategy&limit=3`);
    expect(res.status).toBe(200);
    expect(res.body.results.length).toBeLessThanOrEqual(3);
    for (const r of res.body.results) expect(r.labels).toContain('Strategy');
  });

  it.each(['"*"', 'OR', "')", 'MATCH (n) DETACH DELETE n', '*:*', '\\', '😀', 'title:(a OR b)~2'])('treats %s as plain text', async (text) => {
    const res = await api.get<SearchResults>(q(text));
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.results)).toBe(true);
  });

  it.each([
    ['an empty q', '/api/search?q=', /"q": q must not be empty/],
    ['a missing q', '/api/search', /"q": q is required/],
    ['a 10,000-character q', q('活'.repeat(10_000)), /"q": q is too long/],
    ['a negative limit', `${q('市中')}&limit=-1`, /"limit": expected a whole number from 1 to 100/],
    ['a huge limit', `${q('市中')}&limit=100000`, /"limit": expected a whole number from 1 to 100/],
    ['a non-numeric limit', `${q('市中')}&limit=ten`, /"limit"/],
    ['an unknown label', `${q('市中')}&labels=Planet`, /unknown label "Planet"/],
  ])('answers %s with 400 naming the field', async (_what, url, message) => {
    const res = await api.get(url);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
    expect(res.body.details![0].field).toBeTruthy();
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns properties, aliases, figures with evidence, and degree by type', async () => {
    const res = await api.get(`/api/nodes/${ids['市中区']}`);
    expect(res.status).toBe(200);
    expect(res.body.node).toMatchObject({ id: ids['市中区'], name: '市中区', labels: ['Area'] });
    expect(res.body.aliases).toEqual(expect.arrayContaining(['济南市市中区', '济南市中区', '市中']));
    expect(res.body.figures.length).toBeGreaterThan(0);
    expect(res.body.evidence[0]).toMatchObject({ article: expect.stringMatching(/\.txt$/), start: expect.any(Number), end: expect.any(Number), quote: expect.any(String) });
    expect(Object.keys(res.body.degree).length).toBeGreaterThan(3);
    expect(res.body.mentions).toHaveLength(5);
  });
  it('answers an unknown id with 404', async () => {
    const res = await api.get('/api/nodes/e-doesnotexist');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/no entity with id "e-doesnotexist"/);
  });
  it('answers an absurdly long id with 400', async () => {
    expect((await api.get(`/api/nodes/${'x'.repeat(500)}`)).status).toBe(400);
  });
});

describe('POST /api/nodes/:id/neighbors (the client\'s expansion, with its canvas)', () => {
  const expand = (id: string, body: object) => api.post<NeighborsResult>(`/api/nodes/${id}/neighbors`, body);

  it('pages through a hub: neighbours already on the canvas do not count against the limit', async () => {
    const hub = ids['市中区'];
    const first = await expand(hub, { limit: 20 });
    expect(first.status).toBe(200);
    const page1 = first.body.nodes.map((n) => n.id).filter((id) => id !== hub);
    expect(page1).toHaveLength(20);
    const second = await expand(hub, { limit: 20, canvas: [hub, ...page1] });
    const page2 = second.body.nodes.map((n) => n.id).filter((id) => id !== hub);
    expect(page2).toHaveLength(20);
    expect(page2.filter((id) => page1.includes(id))).toEqual([]);
    expect(second.body.omitted.total).toBe(first.body.omitted.total - 20);
  });

  it('expands one relation type in one direction only (a group of the inspector)', async () => {
    const hub = ids['市中区'];
    const res = await expand(hub, { limit: 20, types: ['SUPPORTS'], direction: 'out' });
    expect(res.status).toBe(200);
    const neighbours = res.body.nodes.filter((n) => n.id !== hub);
    expect(neighbours.length).toBe(20);
    for (const n of neighbours) expect(res.body.edges.some((e) => e.source === hub && e.target === n.id && e.type === 'SUPPORTS'), n.name).toBe(true);
    const incoming = await expand(hub, { limit: 20, types: ['SUPPORTS'], direction: 'in' });
    for (const n of incoming.body.nodes.filter((x) => x.id !== hub))
      expect(incoming.body.edges.some((e) => e.target === hub && e.source === n.id && e.type === 'SUPPORTS'), n.name).toBe(true);
  });

  it('brings the facts between the new nodes and the canvas in the same answer', async () => {
    const leaf = ids['科大讯飞'];
    const alone = await expand(leaf, { limit: 20 });
    const onCanvas = alone.body.nodes.map((n) => n.id);
    // a second entity expanded next to the first: its facts to what is already drawn come with it
    const hub = ids['市中区'];
    const next = await expand(hub, { limit: 5, canvas: onCanvas });
    const returned = new Set(next.body.nodes.map((n) => n.id));
    const toCanvas = next.body.edges.filter((e) => !returned.has(e.source) || !returned.has(e.target));
    expect(toCanvas.length).toBeGreaterThan(0);
    for (const e of toCanvas) expect(onCanvas.includes(e.source) || onCanvas.includes(e.target)).toBe(true);
  });

  it.each([
    ['an unknown field', { limit: 20, depth: 1, color: 'red' }, /"\(root\)"|color/],
    ['a limit past the cap', { limit: 5000 }, /"limit": expected a whole number from 1 to 1000/],
    ['a canvas that is not a list', { canvas: 'e-1' }, /"canvas"/],
    ['an unknown relation type', { types: ['LIKES'] }, /"types.0"/],
    ['an unknown direction', { direction: 'up' }, /direction must be both, out or in/],
  ])('answers %s with 400 naming the field', async (_what, body, message) => {
    const res = await expand(ids['市中区'], body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('returns the neighbourhood as a subgraph containing the centre', async () => {
    const res = await api.get(`/api/nodes/${ids['济南宾馆项目']}/neighbors`);
    expect(res.status).toBe(200);
    const nodeIds = res.body.nodes.map((n: { id: string }) => n.id);
    expect(nodeIds).toContain(ids['济南宾馆项目']);
    expect(res.body.edges.length).toBeGreaterThan(0);
    for (const e of res.body.edges) {
      expect(nodeIds).toContain(e.source);
      expect(nodeIds).toContain(e.target);
    }
  });
  it('truncates at the cap and counts what was left out per type', async () => {
    const res = await api.get(`/api/nodes/${ids['市中区']}/neighbors?limit=5`);
    expect(res.body.nodes).toHaveLength(6);
    expect(res.body.truncated).toBe(true);
    const byType = Object.values(res.body.omitted.byType as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(byType).toBe(res.body.omitted.total);
    const byLabel = Object.values(res.body.omitted.byLabel as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(byLabel).toBe(res.body.omitted.total);
    const all = await api.get(`/api/nodes/${ids['市中区']}/neighbors?limit=1000`);
    expect(all.body.truncated).toBe(false);
    expect(res.body.omitted.total).toBe(all.body.nodes.length - 6);
  });
  it('ships each fact with its evidence count, not its quotes', async () => {
    const res = await api.get(`/api/nodes/${ids['科大讯飞']}/neighbors`);
    const e = res.body.edges.find((x: { type: string }) => x.type === 'INTRODUCED_TO')!;
    expect(e).toMatchObject({ status: 'curated', evidence_count: expect.any(Number), articles: [expect.stringMatching(/\.txt$/)] });
    expect(e.evidence_count).toBeGreaterThan(0);
    expect(e).not.toHaveProperty('ev_quote');
  });
  it('goes deeper with depth and narrows with types', async () => {
    const one = await api.get(`/api/nodes/${ids['科大讯飞']}/neighbors?depth=1&limit=1000`);
    const two = await api.get(`/api/nodes/${ids['科大讯飞']}/neighbors?depth=2&limit=1000`);
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    const typed = await api.get(`/api/nodes/${ids['科大讯飞']}/neighbors?types=INTRODUCED_TO`);
    for (const e of typed.body.edges) expect(e.type).toBe('INTRODUCED_TO');
  });
  it('with the page full at the first hop, still counts the second hop as more (and shows the same page)', async () => {
    const one = await api.get(`/api/nodes/${ids['市中区']}/neighbors?depth=1&limit=3`);
    const two = await api.get(`/api/nodes/${ids['市中区']}/neighbors?depth=2&limit=3`);
    expect(two.body.nodes.map((n: { id: string }) => n.id)).toEqual(one.body.nodes.map((n: { id: string }) => n.id));
    expect(two.body.omitted.total).toBeGreaterThan(one.body.omitted.total);
    const byType = Object.values(two.body.omitted.byType as Record<string, number>).reduce((a, b) => a + b, 0);
    const byLabel = Object.values(two.body.omitted.byLabel as Record<string, number>).reduce((a, b) => a + b, 0);
    expect([byType, byLabel]).toEqual([two.body.omitted.total, two.body.omitted.total]);
  });
  it.each([
    ['depth 0', 'depth=0', /"depth"/],
    ['depth 99', 'depth=99', /"depth": expected a whole number from 1 to 3/],
    ['an unknown type', 'types=LIKES', /unknown relationship type "LIKES"/],
    ['a negative limit', 'limit=-5', /"limit"/],
  ])('answers %s with 400', async (_what, query, message) => {
    const res = await api.get(`/api/nodes/${ids['市中区']}/neighbors?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });
  it('answers an unknown id with 404', async () => {
    expect((await api.get('/api/nodes/e-nope/neighbors')).status).toBe(404);
  });
});

describe('GET /api/edges/:id', () => {
  it('returns one fact with its endpoints and the quotes that state it', async () => {
    const around = await api.get(`/api/nodes/${ids['科大讯飞']}/neighbors`);
    const e = around.body.edges.find((x: { type: string }) => x.type === 'INTRODUCED_TO')!;
    const res = await api.get(`/api/edges/${e.id}`);
    expect(res.status).toBe(200);
    expect(res.body.edge).toMatchObject({ id: e.id, type: 'INTRODUCED_TO', source: e.source, target: e.target });
    expect(res.body.source).toEqual({ id: ids['科大讯飞'], name: '科大讯飞', labels: ['Enterprise'] });
    expect(res.body.evidence).toHaveLength(e.evidence_count);
    expect(Object.keys(res.body.edge).filter((k) => k.startsWith('ev_'))).toEqual([]);
    const article = await api.get(`/api/articles/${res.body.evidence[0].article.replace(/\.txt$/, '')}`);
    const ev = res.body.evidence[0];
    expect(article.body.text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(ev.quote).toContain('科大讯飞');
  });
  it('answers an unknown id with 404 and an absurdly long one with 400', async () => {
    const missing = await api.get('/api/edges/r-nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/no relationship with id "r-nope"/);
    const long = await api.get(`/api/edges/${'r'.repeat(300)}`);
    expect(long.status).toBe(400);
    expect(long.body.error).toMatch(/at most 200 characters/);
  });
});

describe('GET /api/paths', () => {
  it('returns the shortest path as a subgraph with the node sequence', async () => {
    const res = await api.get(`/api/paths?from=${ids['科大讯飞']}&to=${ids['中央活力区']}`);
    expect(res.status).toBe(200);
    expect(res.body.paths[0][0]).toBe(ids['科大讯飞']);
    expect(res.body.paths[0].at(-1)).toBe(ids['中央活力区']);
    expect(res.body.edges).toHaveLength(res.body.hops!);
  });
  it('returns all shortest paths with all=true', async () => {
    const one = await api.get(`/api/paths?from=${ids['科大讯飞']}&to=${ids['中央活力区']}`);
    const all = await api.get(`/api/paths?from=${ids['科大讯飞']}&to=${ids['中央活力区']}&all=true`);
    expect(all.body.paths.length).toBeGreaterThanOrEqual(one.body.paths.length);
    for (const p of all.body.paths) expect(p).toHaveLength(one.body.hops! + 1);
  });
  it.each([
    ['a missing to', `from=x`, 400, /"to"/],
    ['the same node twice', `from=${'e-x'}&to=${'e-x'}`, 400, /same entity/],
    ['maxHops 99', `from=a&to=b&maxHops=99`, 400, /"maxHops"/],
    ['an unknown from', `from=e-nope&to=e-other`, 404, /no entity with id "e-nope"/],
  ])('answers %s clearly', async (_what, query, status, message) => {
    const res = await api.get(`/api/paths?${query}`);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });
});

describe('GET /api/graph', () => {
  it('filters by label and type', async () => {
    const res = await api.get('/api/graph?labels=Enterprise,Area&types=INTRODUCED_TO');
    expect(res.status).toBe(200);
    for (const n of res.body.nodes) expect(['Enterprise', 'Area']).toContain(n.labels[0]);
    for (const e of res.body.edges) expect(e.type).toBe('INTRODUCED_TO');
    expect(res.body.edges.length).toBeGreaterThan(0);
  });
  it('reportedBy keeps only facts with evidence from articles up to that year', async () => {
    const all = await api.get('/api/graph');
    const early = await api.get('/api/graph?reportedBy=2021');
    expect(early.body.edges.length).toBeLessThan(all.body.edges.length);
    for (const e of early.body.edges) expect(e.first_reported).toBeLessThanOrEqual(2021);
  });
  it('filters by article', async () => {
    const res = await api.get('/api/graph?articles=000_3b9feea827c40a6b');
    for (const e of res.body.edges) expect(e.articles).toContain('000_3b9feea827c40a6b.txt');
    expect(res.body.nodes.length).toBeGreaterThan(20);
  });
  it('says how many entities it shows of how many: whole without a limit, a sample under one', async () => {
    const entities = (await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS c')).records[0].get('c').toNumber();
    const whole = await api.get('/api/graph');
    expect(whole.body).toMatchObject({ truncated: false, total: whole.body.nodes.length });
    expect(whole.body.nodes.length).toBeGreaterThan(300);
    const sample = await api.get('/api/graph?limit=40');
    expect(sample.body).toMatchObject({ truncated: true, total: entities });
    expect(sample.body.nodes.length).toBe(40);
  });
  it('answers a bad year with 400', async () => {
    const res = await api.get('/api/graph?reportedBy=soon');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/reportedBy/);
  });
});

describe('GET /api/schema', () => {
  it('lists labels and relationship types with counts, endpoints and property keys', async () => {
    const res = await api.get('/api/schema');
    expect(res.status).toBe(200);
    const labels = Object.fromEntries(res.body.labels.map((l: GraphSchema['labels'][number]) => [l.label, l]));
    expect(labels.Article.count).toBe(5);
    expect(labels.Area.properties).toContain('pinyin');
    const introduced = res.body.relationshipTypes.find((t: { type: string }) => t.type === 'INTRODUCED_TO')!;
    expect(introduced.meaning).toMatch(/brought into/);
    expect(introduced.endpoints[0]).toMatchObject({ from: expect.any(String), to: expect.any(String) });
    expect(res.body.propertyKeys).toContain('name');
  });
  it('counts every label and relation type as the graph holds them, and splits each type over end labels it really joins', async () => {
    const body = (await api.get<GraphSchema>('/api/schema')).body;
    const labels = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c');
    for (const r of labels.records) expect(body.labels.find((l) => l.label === r.get('l'))?.count, r.get('l')).toBe(Number(r.get('c')));
    const pairs = await driver.executeQuery(
      "MATCH (a)-[r]->(b) RETURN type(r) AS t, [l IN labels(a) WHERE l <> 'Entity'][0] + '>' + [l IN labels(b) WHERE l <> 'Entity'][0] AS p, count(*) AS c",
    );
    for (const t of body.relationshipTypes) {
      const truth = pairs.records.filter((r) => r.get('t') === t.type);
      expect(t.count, t.type).toBe(truth.reduce((n, r) => n + Number(r.get('c')), 0));
      for (const e of t.endpoints) expect(truth.map((r) => r.get('p')), t.type).toContain(`${e.from}>${e.to}`);
      // read from a sample of the type's facts and scaled: the pairs add up to the type's count give or take rounding
      expect(Math.abs(t.endpoints.reduce((n, e) => n + e.count, 0) - t.count), t.type).toBeLessThanOrEqual(t.endpoints.length);
    }
  });
});

describe('GET /api/articles', () => {
  it('lists the five articles with metadata', async () => {
    const res = await api.get('/api/articles');
    expect(res.body.articles).toHaveLength(5);
    expect(res.body.articles[0]).toMatchObject({ id: expect.any(String), headline: expect.any(String), year: 2020 });
  });
  it('returns one article with its text and mention spans that match the text', async () => {
    const res = await api.get('/api/articles/002_ef7e7b1f7dc22885');
    expect(res.status).toBe(200);
    expect(res.body.text.length).toBe(res.body.length);
    expect(res.body.mentions.length).toBeGreaterThan(50);
    for (const m of res.body.mentions.slice(0, 50)) expect(res.body.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    const m = res.body.mentions.find((x: { name: string }) => x.name === '科大讯飞')!;
    expect(res.body.text.slice(m.start, m.end)).toBe('科大讯飞');
  });
  it('answers an unknown article with 404', async () => {
    expect((await api.get('/api/articles/999_nope')).status).toBe(404);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every explorer endpoint with its parameters, generated from the zod schemas', async () => {
    const res = await api.get<oas31.OpenAPIObject>('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    for (const path of ['/api/search', '/api/nodes/{id}', '/api/edges/{id}', '/api/nodes/{id}/neighbors', '/api/paths', '/api/graph', '/api/schema', '/api/articles', '/api/articles/{id}'])
      expect(res.body.paths![path], path).toBeDefined();
    const q = res.body.paths!['/api/search'].get!.parameters!.find((p) => (p as oas31.ParameterObject).name === 'q');
    expect(q).toMatchObject({ in: 'query', required: true, schema: { maxLength: 100 } });
  });
});

describe('POST /api/subgraph', () => {
  it('returns the entities and every relationship among them, naming ids it does not know', async () => {
    const res = await api.post('/api/subgraph', { ids: [ids['科大讯飞'], ids['市中区'], 'e-nope'] });
    expect(res.status).toBe(200);
    expect(res.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([ids['科大讯飞'], ids['市中区']].sort());
    expect(res.body.edges.some((e: { type: string }) => e.type === 'INTRODUCED_TO')).toBe(true);
    expect(res.body.edges[0].evidence_count).toBeGreaterThan(0);
    expect(res.body.missing).toEqual(['e-nope']);
  });
  it.each([
    ['no ids', {}, /"ids"/],
    ['an empty list', { ids: [] }, /at least one entity/],
    ['a string instead of a list', { ids: 'e-1' }, /ids must be a list/],
    ['too many ids', { ids: Array.from({ length: 5001 }, (_, i) => `e-${i}`) }, /at most 5000/],
  ])('answers %s with 400', async (_what, body, message) => {
    const res = await api.post('/api/subgraph', body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });
});
