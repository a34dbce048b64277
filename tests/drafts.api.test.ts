// The review workflow over HTTP (issue 16), against a private seeded Neo4j: a draft from pasted text or
// an uploaded GBK file, bad articles refused with a message and nothing written, accept / reject / edit
// / merge in one transaction, rejections remembered, and reviewed items kept by a reseed (even --reset).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftList, DraftReviewResult, DraftView, EntityFigures } from '../model/index.ts';
import { compileSeed } from '../graph-seed/src/compile.ts';
import { loadSeed } from '../graph-seed/src/load.ts';
import { DRAFT_FIGURES_ADDED } from '../model/storage/drafts.ts';
import { privateNeo4j, type PrivateNeo4j } from './support/neo4j.ts';
import { startTestServer, type TestServer } from './support/http.ts';

const ARTICLE = [
  '市中区加快建设泉城科创产业园',
  '',
  '今年以来，市中区以“中优”战略引领城市更新，加快建设泉城科创产业园、千佛山数字经济创新中心等重点项目，引进科大讯飞、华为云等多家头部企业。',
  '泉城科创产业园二期项目总投资12.5亿元，聚焦数字经济、人工智能等产业。',
  '济南市万达广场开业，济南鲁信集团落户泉城科创产业园。',
].join('\n');

const ROOT = new URL('..', import.meta.url).pathname;
let neo: PrivateNeo4j;
let api: TestServer;
const seed = compileSeed();

beforeAll(async () => {
  neo = await privateNeo4j();
  await loadSeed(neo.driver, seed);
  api = await startTestServer(neo.driver);
}, 300_000); // a JVM and the seed, on a shared two-core machine
afterAll(async () => {
  await api?.close();
  await neo?.dispose();
});

const one = async (cypher: string, params: Record<string, unknown> = {}) => (await neo.driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
/** Everything in the database, as one comparable value (a refused call must leave it exactly so). */
const snapshot = async () =>
  one(`MATCH (n) OPTIONAL MATCH (n)-[r]->() WITH n, count(r) AS rels
       RETURN count(n) AS nodes, sum(rels) AS rels, sum(size(coalesce(n.aliases, []))) AS aliases, sum(size(coalesce(n.ev_article, []))) AS evidence,
              collect(n.record)[..0] + [x IN collect(n.record) WHERE x IS NOT NULL | size(x)] AS drafts`);
const entity = (d: DraftView, name: string) => {
  const e = d.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no ${name} in ${d.entities.map((x) => x.name).join(' ')}`);
  return e;
};
/** A review refused with `status` and a message like `message`, the database left exactly as it was. */
async function refusedWritingNothing(request: () => Promise<{ status: number; body: { error?: string } }>, status: number, message: RegExp) {
  const before = await snapshot();
  const res = await request();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error).toMatch(message);
  expect(await snapshot()).toEqual(before);
}
const fact = (d: DraftView, source: string, type: string, target: string) => {
  const r = d.relations.find((x) => x.type === type && x.source === entity(d, source).id && x.target === entity(d, target).id);
  if (!r) throw new Error(`no ${source} ${type} ${target}`);
  return r;
};

describe('POST /api/drafts', () => {
  let draft: DraftView;

  it('answers 201 with the proposed entities (matched or new, with evidence) and facts', async () => {
    const res = await api.post<DraftView>('/api/drafts', { text: ARTICLE, title: '泉城科创产业园', year: 2025 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    draft = res.body;
    expect(draft).toMatchObject({ title: '泉城科创产业园', year: 2025, encoding: 'utf-8', text: ARTICLE });
    expect(draft.id).toMatch(/^900_[0-9a-f]{16}$/);
    for (const e of draft.entities) {
      expect(e.status).toBe('proposed');
      for (const ev of e.evidence) expect(ARTICLE.slice(ev.start, ev.end)).toBe(ev.quote);
      for (const m of e.mentions) expect(ARTICLE.slice(m.start, m.end).length).toBeGreaterThan(1);
    }
    const ids = new Set(draft.entities.map((e) => e.id));
    for (const r of draft.relations) {
      expect(ids.has(r.source) && ids.has(r.target), JSON.stringify(r)).toBe(true);
      for (const ev of r.evidence) expect(ARTICLE.slice(ev.start, ev.end)).toBe(ev.quote);
    }
    // 市中区 is curated: a match; 华为云 is new; 济南市万达广场 may be 万达广场 (the same up to the city prefix)
    expect(entity(draft, '市中区').match).toMatchObject({ name: '市中区', by: 'name', status: 'curated' });
    expect(entity(draft, '华为云').match).toBeNull();
    expect(entity(draft, '济南市万达广场').candidates).toContainEqual(expect.objectContaining({ name: '万达广场', by: 'prefix' }));
  });

  it('writes the new entities as proposed (dashed on the canvas) and links curated ones, never over them', async () => {
    const rows = await one(
      `MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article {id: $id}) RETURN e.name AS name, e.status AS status, m.status AS link ORDER BY name`,
      { id: draft.id },
    );
    expect(rows).toContainEqual({ name: '华为云', status: 'proposed', link: 'proposed' });
    expect(rows).toContainEqual({ name: '市中区', status: 'curated', link: 'proposed' });
    const canvas = await api.get(`/api/search?q=${encodeURIComponent('华为云')}`);
    expect(canvas.status, JSON.stringify(canvas.body)).toBe(200);
    expect(canvas.body.results[0]).toMatchObject({ name: '华为云', status: 'proposed' });
  });

  it('lists and shows the draft; the same text again is the same draft (200)', async () => {
    const list = await api.get<DraftList>('/api/drafts');
    expect(list.body.drafts).toContainEqual(expect.objectContaining({ id: draft.id, title: '泉城科创产业园', entities: expect.objectContaining({ proposed: draft.entities.length }) }));
    const got = await api.get<DraftView>(`/api/drafts/${draft.id}`);
    expect(got.status).toBe(200);
    expect(got.body.entities.map((e) => e.id)).toEqual(draft.entities.map((e) => e.id));
    const again = await api.post<DraftView>('/api/drafts', { text: ARTICLE, title: '泉城科创产业园', year: 2025 });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(draft.id);
    expect((await api.get(`/api/drafts/nope`)).status).toBe(404);
  });

  it('decodes an uploaded GBK file', async () => {
    const text = '槐荫区加快建设西部会展中心，引进浪潮集团等企业。';
    const res = await api.post<DraftView>('/api/drafts', { file: { name: 'gbk.txt', base64: iconv.encode(text, 'gbk').toString('base64') } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.text).toBe(text);
    expect(res.body.encoding).toBe('gb18030');
    expect(res.body.title).toBe(text); // no title given: the first line
  });

  it.each([
    ['missing text', {}, 400, /text is required/],
    ['text and file at once', { text: '市中区', file: { name: 'a.txt', base64: 'AAAA' } }, 400, /either text or file/],
    ['empty text', { text: '' }, 422, /empty/],
    ['whitespace only', { text: ' \n\t ' }, 422, /empty/],
    ['text without Chinese', { text: 'hello world' }, 422, /no Chinese/],
    ['a binary upload', { file: { name: 'x.bin', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]).toString('base64') } }, 422, /x.bin looks binary/],
    ['an upload that is not base64', { file: { name: 'x.txt', base64: '市中区!' } }, 400, /not base64/],
    ['over 1 MB', { text: '市中区'.repeat(140_000) }, 413, /at most 1 MB/],
    ['a year out of range', { text: ARTICLE, year: 20250 }, 400, /year/],
    ['an unknown field', { text: ARTICLE, author: 'x' }, 400, /author/],
  ])('refuses %s with a message, writing nothing', async (_what, body, status, message) => {
    const before = await snapshot();
    const res = await api.post('/api/drafts', body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });
});

describe('POST /api/drafts/:id/review', () => {
  let draft: DraftView;
  beforeAll(async () => {
    const list = await api.get<DraftList>('/api/drafts');
    const id = list.body.drafts.find((d) => d.title === '泉城科创产业园')!.id;
    draft = (await api.get<DraftView>(`/api/drafts/${id}`)).body;
  });
  const review = (body: unknown) => api.post<DraftReviewResult>(`/api/drafts/${draft.id}/review`, body);

  it.each([
    ['an unknown item', () => ({ accept: ['e-000000000000'] }), 400, /has no item "e-000000000000"/],
    ['nothing to do', () => ({}), 400, /nothing to review/],
    ['accept and reject at once', () => ({ accept: [entity(draft, '华为云').id], reject: [entity(draft, '华为云').id] }), 400, /either accepted or rejected/],
    ['a fact whose endpoint is not accepted', () => ({ accept: [fact(draft, '华为云', 'INTRODUCED_TO', '市中区').id] }), 400, /source entity "华为云" is not accepted/],
    ['a merge into nothing', () => ({ accept: [entity(draft, '华为云').id], edits: { [entity(draft, '华为云').id]: { mergeInto: 'e-nothing' } } }), 400, /not an existing curated entity/],
    [
      'a fact type its endpoints do not allow',
      () => ({ accept: [entity(draft, '华为云').id, fact(draft, '华为云', 'INTRODUCED_TO', '市中区').id], edits: { [fact(draft, '华为云', 'INTRODUCED_TO', '市中区').id]: { relation: 'DEVELOPS' } } }),
      400,
      /DEVELOPS goes from Area\/Park/,
    ],
  ])('refuses %s, writing nothing', (_what, body, status, message) => refusedWritingNothing(() => review(body()), status, message));

  it('accepts, rejects, renames and merges in one call; accepted items become curated with the review time', async () => {
    const huawei = entity(draft, '华为云');
    const park = entity(draft, '泉城科创产业园');
    const wanda = entity(draft, '济南市万达广场');
    const luxin = entity(draft, '济南鲁信集团');
    const introduced = fact(draft, '华为云', 'INTRODUCED_TO', '市中区');
    const located = fact(draft, '泉城科创产业园', 'LOCATED_IN', '市中区');
    const wandaTarget = seed.entities.find((e) => e.name === '万达广场')!.id;
    const res = await review({
      accept: [huawei.id, park.id, wanda.id, introduced.id, located.id],
      reject: [luxin.id],
      edits: { [huawei.id]: { name: '华为云计算' }, [wanda.id]: { mergeInto: wandaTarget } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.applied.accepted.sort()).toEqual([huawei.id, park.id, wanda.id, introduced.id, located.id].sort());
    // the facts about the rejected entity went with it (it settles in the park the sentence names: 落户泉城科创产业园)
    expect(res.body.applied.rejected).toContain(luxin.id);
    expect(res.body.applied.rejected).toContain(fact(draft, '济南鲁信集团', 'INTRODUCED_TO', '泉城科创产业园').id);
    expect(entity(res.body, '华为云计算')).toMatchObject({ status: 'accepted', proposedName: '华为云', reviewedAt: expect.stringMatching(/^20\d\d-/) });

    const nodes = await one(`MATCH (n:Entity) WHERE n.name IN ['华为云计算', '华为云', '泉城科创产业园', '济南鲁信集团'] RETURN n.name AS name, n.status AS status, n.reviewed_at IS NOT NULL AS reviewed ORDER BY name`);
    expect(nodes).toEqual([
      { name: '华为云计算', status: 'curated', reviewed: true },
      { name: '泉城科创产业园', status: 'curated', reviewed: true },
    ]);
    const edge = await one(`MATCH (:Entity {name: '华为云计算'})-[r:INTRODUCED_TO]->(:Entity {name: '市中区'}) RETURN r.status AS status, r.ev_quote AS quotes`);
    expect(edge).toEqual([{ status: 'curated', quotes: [introduced.evidence[0].quote] }]);
    // merged: 万达广场 has the new name as an alias, this article's evidence, and search finds it by it
    const merged = await one(`MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases, n.articles AS articles`, { id: wandaTarget });
    expect(merged[0].aliases).toContain('济南市万达广场');
    expect(merged[0].articles).toContain(`${draft.id}.txt`);
    const found = await api.get(`/api/search?q=${encodeURIComponent('济南市万达广场')}`);
    expect(found.body.results[0]).toMatchObject({ id: wandaTarget, name: '万达广场' });
  });

  it('keeps a decision: the same again changes nothing, another decision is a conflict', async () => {
    const park = entity(draft, '泉城科创产业园');
    expect((await review({ accept: [park.id] })).status).toBe(200);
    const before = await snapshot();
    const res = await review({ reject: [park.id] });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/was accepted at .* a decision is final/);
    expect(await snapshot()).toEqual(before);
  });

  it('never proposes a rejected item again for that article', async () => {
    const again = await api.post<DraftView>('/api/drafts', { text: ARTICLE, title: '泉城科创产业园', year: 2025 });
    expect(again.status).toBe(200);
    expect(entity(again.body, '济南鲁信集团').status).toBe('rejected');
    expect(entity(again.body, '华为云计算').status).toBe('accepted');
    expect(await one(`MATCH (n:Entity {name: '济南鲁信集团'}) RETURN n.id`)).toEqual([]);
  });

  it('keeps every reviewed item, alias and rejection through a reseed and a reseed with --reset', async () => {
    const reviewed = async () => ({
      nodes: await one(`MATCH (n:Entity) WHERE n.reviewed_at IS NOT NULL RETURN n.name AS name, n.status AS status, size(n.ev_article) AS ev ORDER BY name`),
      facts: await one(`MATCH (s)-[r]->(t) WHERE r.reviewed_at IS NOT NULL AND type(r) <> 'MENTIONED_IN' RETURN s.name + ' ' + type(r) + ' ' + t.name AS f, r.status AS status ORDER BY f`),
      alias: await one(`MATCH (n:Entity {name: '万达广场'}) RETURN n.aliases AS aliases, n.articles AS articles`),
      rejected: await one(`MATCH (n:Entity {name: '济南鲁信集团'}) RETURN n.id`),
      proposed: await one(`MATCH (n:Entity {status: 'proposed'}) WHERE $file IN n.articles RETURN n.name AS name ORDER BY name`, { file: `${draft.id}.txt` }),
    });
    const before = await reviewed();
    const counts = (await api.get<DraftView>(`/api/drafts/${draft.id}`)).body.counts;
    expect(before.nodes.length).toBeGreaterThanOrEqual(2);
    expect(before.facts.length).toBeGreaterThanOrEqual(2);
    expect(before.proposed.length).toBeGreaterThan(0);
    await loadSeed(neo.driver, seed);
    expect(await reviewed()).toEqual(before);
    await loadSeed(neo.driver, seed, { reset: true });
    expect(await reviewed()).toEqual(before);
    expect((await api.get<DraftView>(`/api/drafts/${draft.id}`)).body.counts).toEqual(counts);
  });

  it('writes the reviewed facts back as YAML the seed compiler accepts next to the curated files', () => {
    const out = mkdtempSync(join(tmpdir(), 'reviewed-'));
    try {
      const res = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'graph-seed/reviewed.ts'), '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password },
      });
      expect(res.status, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/wrote 1 reviewed articles/);
      const doc = parseYaml(readFileSync(join(out, `${draft.id}.yaml`), 'utf8'));
      expect(doc.entities).toContainEqual(expect.objectContaining({ name: '华为云计算', type: 'Enterprise' }));
      expect(doc.entities).toContainEqual(expect.objectContaining({ name: '万达广场', aliases: ['济南市万达广场'] }));
      expect(doc.relations).toContainEqual(expect.objectContaining({ source: '华为云计算', type: 'INTRODUCED_TO', target: '市中区' }));
      // the curated files plus the reviewed article compile: every quote found, every name and endpoint known
      const articles = join(out, 'articles');
      const data = join(out, 'data');
      cpSync(join(ROOT, 'graph-seed/articles'), articles, { recursive: true });
      cpSync(join(ROOT, 'graph-seed/data'), data, { recursive: true });
      cpSync(join(out, `${draft.id}.txt`), join(articles, `${draft.id}.txt`));
      cpSync(join(out, `${draft.id}.yaml`), join(data, `${draft.id}.yaml`));
      const meta = parseYaml(readFileSync(join(out, 'articles.yaml'), 'utf8'))[0];
      writeFileSync(join(articles, 'articles.yaml'), `${readFileSync(join(articles, 'articles.yaml'), 'utf8')}\n${stringifyYaml([{ ...meta, byline: '记者', reporters: ['记者'], newspaper: '测试' }])}`);
      const graph = compileSeed({ articlesDir: articles, dataDir: data });
      const huawei = graph.entities.find((e) => e.name === '华为云计算')!;
      expect(huawei.evidence.map((e) => e.article)).toEqual([`${draft.id}.txt`]);
      expect(graph.entities.find((e) => e.name === '万达广场')!.aliases).toContain('济南市万达广场');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await api.get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json')).body;
    expect(Object.keys(doc.paths['/api/drafts'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(doc.paths['/api/drafts/{id}']).toHaveProperty('get');
    expect(doc.paths['/api/drafts/{id}/review']).toHaveProperty('post');
  });
});

describe('adding what the extractor missed', () => {
  // an invented bookshop the extractor does not propose (no head noun it knows), printed three times
  const TEXT = ['百花书坊开业', '', '近日，百花书坊在泉城路开门迎客，市中区文化和旅游局为其授牌。', '百花书坊收藏了三千册古籍。'].join('\n');
  let draft: DraftView;
  const at = TEXT.indexOf('百花书坊', 5);
  const review = (body: unknown) => api.post<DraftReviewResult>(`/api/drafts/${draft.id}/review`, body);
  beforeAll(async () => {
    draft = (await api.post<DraftView>('/api/drafts', { text: TEXT, title: '百花书坊开业' })).body;
  });

  it('proposes nothing for the name (the premise of the tests below)', () => {
    expect(draft.entities.map((e) => e.name)).not.toContain('百花书坊');
    expect(draft.entities.map((e) => e.name)).toContain('泉城路');
  });

  it.each([
    ['a span outside the article', () => ({ add: { entities: [{ name: '百花书坊', type: 'Facility', start: TEXT.length - 1, end: TEXT.length + 3 }] } }), 400, /not a span of the article \(\d+ characters\)/],
    ['a fact between names no sentence prints together', () => ({ add: { entities: [{ name: '百花书坊', type: 'Facility', start: at, end: at + 4 }], relations: [{ source: '百花书坊', target: seed.entities.find((e) => e.name === '万达广场')!.id, type: 'LOCATED_IN' }] } }), 400, /no sentence of the article prints both; select the words/],
    ['a fact its types do not allow', () => ({ accept: [entity(draft, '泉城路').id], add: { entities: [{ name: '百花书坊', type: 'Facility', start: at, end: at + 4 }], relations: [{ source: '百花书坊', target: entity(draft, '泉城路').id, type: 'DEVELOPS' }] } }), 400, /DEVELOPS goes from Area\/Park/],
    ['a fact to nothing', () => ({ add: { relations: [{ source: entity(draft, '泉城路').id, target: 'e-nothing', type: 'LOCATED_IN' }] } }), 400, /target "e-nothing" is neither an entity of this draft nor an existing entity/],
  ])('refuses %s, writing nothing', (_what, body, status, message) => refusedWritingNothing(() => review(body()), status, message));

  it('adds a name where the reader selected it: accepted, curated, with every place it is printed', async () => {
    const res = await review({ add: { entities: [{ name: '百花书坊', type: 'Facility', start: at, end: at + 4 }] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const added = entity(res.body, '百花书坊');
    expect(added).toMatchObject({ type: 'Facility', status: 'accepted', rules: ['reviewer'], reviewedAt: expect.stringMatching(/^20\d\d-/) });
    expect(res.body.applied.accepted).toEqual([added.id]);
    expect(added.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual(['百花书坊', '百花书坊', '百花书坊']);
    expect(added.evidence[0]).toMatchObject({ quote: expect.stringContaining('百花书坊在泉城路开门迎客') });
    for (const ev of added.evidence) expect(TEXT.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(await one(`MATCH (n:Entity {name: '百花书坊'}) RETURN n.type AS type, n.status AS status, n.reviewed_at IS NOT NULL AS reviewed`)).toEqual([{ type: 'Facility', status: 'curated', reviewed: true }]);
    // the same again changes nothing; another type is a conflict
    expect((await review({ add: { entities: [{ name: '百花书坊', type: 'Facility', start: at, end: at + 4 }] } })).status).toBe(200);
    const other = await review({ add: { entities: [{ name: '百花书坊', type: 'Enterprise', start: at, end: at + 4 }] } });
    expect(other.status).toBe(409);
    expect(other.body.error).toMatch(/was accepted as Facility .* a decision is final/);
  });

  it('adds a fact with the sentence that prints both as its evidence, accepting its proposed endpoint with it', async () => {
    const road = entity(draft, '泉城路');
    const book = entity((await api.get<DraftView>(`/api/drafts/${draft.id}`)).body, '百花书坊');
    const res = await review({ accept: [road.id], add: { relations: [{ source: book.id, target: road.id, type: 'LOCATED_IN' }] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const added = res.body.relations.find((r) => r.source === book.id && r.target === road.id && r.type === 'LOCATED_IN')!;
    expect(added).toMatchObject({ status: 'accepted', rule: 'reviewer' });
    expect(added.evidence[0].quote).toBe('近日，百花书坊在泉城路开门迎客，市中区文化和旅游局为其授牌');
    expect(await one(`MATCH (:Entity {name: '百花书坊'})-[r:LOCATED_IN]->(:Entity {name: '泉城路'}) RETURN r.status AS status, r.ev_quote AS quotes`)).toEqual([{ status: 'curated', quotes: [added.evidence[0].quote] }]);
  });

  it('adds a fact stated by the selected words, naming a name added in the same call', async () => {
    const start = TEXT.indexOf('市中区文化和旅游局为其授牌');
    const bureau = entity(draft, '市中区文化和旅游局');
    const res = await review({
      accept: [bureau.id],
      add: { entities: [{ name: '百花书坊开业', type: 'Event', start: 0, end: 6 }], relations: [{ source: bureau.id, target: '百花书坊开业', type: 'HOSTS', start, end: start + 13 }] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(entity(res.body, '百花书坊开业').status).toBe('accepted');
  });

  it('finds an added name in the next article: it is curated now, so the gazetteer knows it', async () => {
    const next = await api.post<DraftView>('/api/drafts', { text: '百花书坊举办古籍修复公开课，吸引市民参加。', title: '古籍修复公开课' });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    expect(entity(next.body, '百花书坊')).toMatchObject({ type: 'Facility', status: 'proposed', match: { name: '百花书坊', status: 'curated', by: 'name' } });
  });

  it('accepts a proposed name added where it is printed unmarked; moves a renamed entity\'s mentions to where the article prints the new name', async () => {
    const text = '万象城二期项目开工\n\n万象城二期项目开工，市中区发展改革局负责人到场。市中区发展改革局表示将做好服务。';
    const d = (await api.post<DraftView>('/api/drafts', { text, title: '万象城二期' })).body;
    // a name proposed already, printed where the extractor did not mark it (its corrector judges each printing):
    // adding it there accepts it, with that printing marked
    const project = entity(d, '万象城二期项目');
    const below = text.indexOf('万象城二期项目', 5);
    expect(project.mentions, 'the premise: the printing below the headline is not marked').not.toContainEqual({ start: below, end: below + 7 });
    const added = await api.post<DraftReviewResult>(`/api/drafts/${d.id}/review`, { add: { entities: [{ name: '万象城二期项目', type: 'Project', start: below, end: below + 7 }] } });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(entity(added.body, '万象城二期项目')).toMatchObject({ status: 'accepted', rules: project.rules });
    expect(entity(added.body, '万象城二期项目').mentions).toContainEqual({ start: below, end: below + 7 });
    const bureau = entity(d, '市中区发展改革局');
    // a form the article prints: the highlighting follows it (saved, still proposed)
    const moved = await api.post<DraftReviewResult>(`/api/drafts/${d.id}/review`, { edits: { [bureau.id]: { name: '发展改革局' } } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const after = entity(moved.body, '发展改革局');
    expect(after.mentions).toEqual([...text.matchAll(/发展改革局/g)].map((m) => ({ start: m.index, end: m.index + 5 })));
    expect(after.evidence[0].quote).toBe('市中区发展改革局负责人到场');
    // a form it does not print (a short form the reviewer knows): the mentions stay where they were
    const kept = await api.post<DraftReviewResult>(`/api/drafts/${d.id}/review`, { edits: { [bureau.id]: { name: '市中区发改局' } } });
    expect(entity(kept.body, '市中区发改局').mentions).toEqual(after.mentions);
  });

  it('keeps what was added through the same text again and a reseed with --reset', async () => {
    const again = await api.post<DraftView>('/api/drafts', { text: TEXT, title: '百花书坊开业' });
    expect(again.status).toBe(200);
    expect(entity(again.body, '百花书坊')).toMatchObject({ status: 'accepted', rules: ['reviewer'] });
    await loadSeed(neo.driver, seed, { reset: true });
    expect(await one(`MATCH (:Entity {name: '百花书坊'})-[r:LOCATED_IN]->(:Entity {name: '泉城路'}) RETURN r.status AS status`)).toEqual([{ status: 'curated' }]);
  });
});

describe('figures in drafts', () => {
  // a curated project (matched) and a new one, each with an investment
  const TEXT = ['山东新金融产业园二期项目加快建设', '', '山东新金融产业园二期项目总投资25亿元，建筑面积18万平方米。', '泉城数字港项目总投资8.6亿元，今年开工建设。'].join('\n');
  let draft: DraftView;
  const figure = (d: DraftView, name: string) => {
    const f = d.figures.find((x) => x.entity === entity(d, name).id);
    if (!f) throw new Error(`no figure of ${name} in ${JSON.stringify(d.figures)}`);
    return f;
  };
  const figuresOf = async (name: string) => {
    const id = (await one(`MATCH (n:Entity {name: $name}) RETURN n.id AS id`, { name }))[0].id as string;
    return (await api.get<EntityFigures>(`/api/nodes/${id}/figures`)).body.figures;
  };
  let seedFigures: number;

  beforeAll(async () => {
    seedFigures = (await figuresOf('山东新金融产业园二期项目')).length;
    const res = await api.post<DraftView>('/api/drafts', { text: TEXT, title: '新金融产业园', year: 2025 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    draft = res.body;
  });

  it('proposes the figures of matched and new entities, read by the seed parser, with their clause', () => {
    const matched = figure(draft, '山东新金融产业园二期项目');
    expect(entity(draft, '山东新金融产业园二期项目').match).toMatchObject({ by: 'name', status: 'curated' });
    expect(matched).toMatchObject({ kind: 'investment', amount: '25亿元', value: 2_500_000_000, unit: 'yuan', measure: 'level', year: 2025, status: 'proposed', reviewedAt: null });
    expect(figure(draft, '泉城数字港项目')).toMatchObject({ amount: '8.6亿元', value: 860_000_000, status: 'proposed' });
    for (const f of draft.figures) {
      expect(TEXT.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
      expect(f.evidence.quote).toContain(f.amount);
    }
    expect(draft.counts.figures).toEqual({ proposed: draft.figures.length, accepted: 0, rejected: 0 });
  });

  it('writes no Figure node while a figure is proposed', async () => {
    expect(await one(`MATCH (f:Figure {article: $file}) RETURN f.id`, { file: `${draft.id}.txt` })).toEqual([]);
    expect(await figuresOf('山东新金融产业园二期项目')).toHaveLength(seedFigures);
  });

  it.each([
    ["a figure whose new entity is not accepted", () => ({ accept: [figure(draft, '泉城数字港项目').id] }), 400, /figure "8.6亿元" \(investment\) of entity "泉城数字港项目": its entity "泉城数字港项目" is not accepted/],
    ["an entity's edit of a figure", () => ({ accept: [figure(draft, '山东新金融产业园二期项目').id], edits: { [figure(draft, '山东新金融产业园二期项目').id]: { name: '新金融二期' } } }), 400, /a figure takes amount, kind, .*; not name/],
  ])('refuses %s, writing nothing', async (_what, body, status, message) => {
    const before = await snapshot();
    const res = await api.post<DraftReviewResult>(`/api/drafts/${draft.id}/review`, body());
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.code).toBe('review_invalid');
    expect(res.body.error).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('accepts figures as Figure nodes of the entity (beside the seed\'s), curated, with their evidence', async () => {
    const matched = figure(draft, '山东新金融产业园二期项目');
    const fresh = figure(draft, '泉城数字港项目');
    const res = await api.post<DraftReviewResult>(`/api/drafts/${draft.id}/review`, { accept: [matched.id, entity(draft, '泉城数字港项目').id, fresh.id] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.applied.accepted).toEqual(expect.arrayContaining([matched.id, fresh.id]));
    expect(figure(res.body, '山东新金融产业园二期项目')).toMatchObject({ status: 'accepted', reviewedAt: expect.stringMatching(/^20\d\d-/) });
    expect(res.body.counts.figures.accepted).toBe(2);

    const old = await figuresOf('山东新金融产业园二期项目');
    expect(old).toHaveLength(seedFigures + 1);
    expect(old).toContainEqual(
      expect.objectContaining({ kind: 'investment', text: '25亿元', value: 2_500_000_000, unit: 'yuan', year: 2025, status: 'curated', evidence: expect.objectContaining({ article: `${draft.id}.txt`, quote: matched.evidence.quote }) }),
    );
    expect(await figuresOf('泉城数字港项目')).toEqual([expect.objectContaining({ text: '8.6亿元', status: 'curated', evidence: expect.objectContaining({ start: fresh.evidence.start, end: fresh.evidence.end }) })]);
    // a decision on a figure is final too
    const again = await api.post(`/api/drafts/${draft.id}/review`, { reject: [matched.id] });
    expect(again.status).toBe(409);
  });

  it('keeps accepted figures through the same text again and a reseed with --reset', async () => {
    const count = async () => (await one(`MATCH (e:Entity)-[:HAS_FIGURE]->(f:Figure {article: $file}) RETURN e.name + ' ' + f.text AS f ORDER BY f`, { file: `${draft.id}.txt` })).map((r) => r.f);
    const before = await count();
    expect(before).toEqual(['山东新金融产业园二期项目 25亿元', '泉城数字港项目 8.6亿元']);
    const again = await api.post<DraftView>('/api/drafts', { text: TEXT, title: '新金融产业园', year: 2025 });
    expect(again.status).toBe(200);
    expect(again.body.counts.figures.accepted).toBe(2);
    await loadSeed(neo.driver, seed, { reset: true });
    expect(await count()).toEqual(before);
    expect(await figuresOf('山东新金融产业园二期项目')).toHaveLength(seedFigures + 1);
  });

  it('writes accepted figures back in the data format, and the seed compiler reads them', () => {
    const out = mkdtempSync(join(tmpdir(), 'reviewed-'));
    try {
      const res = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'graph-seed/reviewed.ts'), '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password },
      });
      expect(res.status, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/2 figures\)/);
      const doc = parseYaml(readFileSync(join(out, `${draft.id}.yaml`), 'utf8'));
      expect(doc.entities).toContainEqual(
        expect.objectContaining({ name: '山东新金融产业园二期项目', figures: [{ kind: 'investment', amount: '25亿元', year: 2025, quote: figure(draft, '山东新金融产业园二期项目').evidence.quote }] }),
      );
      const articles = join(out, 'articles');
      const data = join(out, 'data');
      cpSync(join(ROOT, 'graph-seed/articles'), articles, { recursive: true });
      cpSync(join(ROOT, 'graph-seed/data'), data, { recursive: true });
      cpSync(join(out, `${draft.id}.txt`), join(articles, `${draft.id}.txt`));
      cpSync(join(out, `${draft.id}.yaml`), join(data, `${draft.id}.yaml`));
      const meta = parseYaml(readFileSync(join(out, 'articles.yaml'), 'utf8')).find((m: { file: string }) => m.file === `${draft.id}.txt`);
      writeFileSync(join(articles, 'articles.yaml'), `${readFileSync(join(articles, 'articles.yaml'), 'utf8')}\n${stringifyYaml([{ ...meta, byline: '记者', reporters: ['记者'], newspaper: '测试' }])}`);
      const graph = compileSeed({ articlesDir: articles, dataDir: data });
      const project = graph.entities.find((e) => e.name === '山东新金融产业园二期项目')!;
      expect(project.figures).toContainEqual(expect.objectContaining({ text: '25亿元', value: 2_500_000_000n, evidence: expect.objectContaining({ article: `${draft.id}.txt` }) }));
      expect(graph.entities.find((e) => e.name === '泉城数字港项目')!.figures).toHaveLength(1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('editing a figure', () => {
  const TEXT = ['泉城数字港二期项目开工', '', '泉城数字港二期项目总投资8.6亿元，力争年内完成投资3亿元，建筑面积12万平方米。'].join('\n');
  let draft: DraftView;
  beforeAll(async () => {
    const res = await api.post<DraftView>('/api/drafts', { text: TEXT, title: '数字港二期', year: 2025 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    draft = res.body;
  });
  const only = (d: DraftView) => d.figures.find((f) => f.entity === entity(d, '泉城数字港二期项目').id)!;

  it('shows where the amount is printed, for the highlighting', () => {
    const f = only(draft);
    expect(f).toMatchObject({ amount: '8.6亿元', proposed: null });
    expect(TEXT.slice(f.span.start, f.span.end)).toBe('8.6亿元');
  });

  it.each([
    ['an amount its clause does not print', { amount: '9亿元' }, /amount "9亿元" is not printed in its clause/],
    ['an entity not of this draft', { entity: 'e-nowhere' }, /entity "e-nowhere" is not an entity of this draft/],
    ["a fact's field", { relation: 'INVESTED_IN' }, /a figure takes amount, .*; not relation/],
  ])('refuses %s, writing nothing', async (_what, edit, message) => {
    const before = await snapshot();
    const res = await api.post<DraftReviewResult>(`/api/drafts/${draft.id}/review`, { edits: { [only(draft).id]: edit } });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps an edit on a proposed figure: the value and unit read from the new amount, its place moved, what was proposed kept', async () => {
    const id = only(draft).id;
    const res = await api.post<DraftReviewResult>(`/api/drafts/${draft.id}/review`, { edits: { [id]: { amount: '3亿元', kind: 'annual_investment', basis: 'target', year: 2026 } } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const f = only(res.body);
    expect(f).toMatchObject({ id, status: 'proposed', amount: '3亿元', value: 300_000_000, unit: 'yuan', kind: 'annual_investment', basis: 'target', year: 2026 });
    expect(f.proposed).toEqual({ entity: entity(draft, '泉城数字港二期项目').id, kind: 'investment', amount: '8.6亿元' });
    expect(TEXT.slice(f.span.start, f.span.end)).toBe('3亿元');
    expect(await one(`MATCH (f:Figure {article: $file}) RETURN f.id`, { file: `${draft.id}.txt` })).toEqual([]);
  });

  it('accepts the edited figure as a Figure node with the corrected value, kind and reading, kept when the text comes again', async () => {
    const id = only(draft).id;
    const res = await api.post<DraftReviewResult>(`/api/drafts/${draft.id}/review`, { accept: [entity(draft, '泉城数字港二期项目').id, id], edits: { [id]: { measure: 'level' } } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(only(res.body)).toMatchObject({ status: 'accepted', amount: '3亿元', kind: 'annual_investment' });
    const stored = async () => one(`MATCH (e:Entity)-[:HAS_FIGURE]->(f:Figure {article: $file}) RETURN e.name AS entity, f.text AS text, f.value AS value, f.unit AS unit, f.kind AS kind, f.basis AS basis, f.year AS year, f.status AS status`, { file: `${draft.id}.txt` });
    const want = [{ entity: '泉城数字港二期项目', text: '3亿元', value: 300_000_000, unit: 'yuan', kind: 'annual_investment', basis: 'target', year: 2026, status: 'curated' }];
    expect(await stored()).toEqual(want);
    const again = await api.post<DraftView>('/api/drafts', { text: TEXT, title: '数字港二期', year: 2025 });
    expect(only(again.body)).toMatchObject({ status: 'accepted', amount: '3亿元', kind: 'annual_investment', year: 2026 });
    expect(await stored()).toEqual(want);
  });

  it("reads a draft's figures on existing entities through the Figure.draft index", async () => {
    const plan = await neo.driver.executeQuery(`EXPLAIN ${DRAFT_FIGURES_ADDED}`, { draft: draft.id, keep: [] });
    const ops: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      ops.push(`${p.operatorType} ${JSON.stringify((p as { arguments?: { Details?: string } }).arguments?.Details ?? '')}`);
      for (const c of p.children) walk(c as typeof p);
    };
    walk(plan.summary.plan as unknown as { operatorType: string; children: unknown[] });
    // a seek once the index holds entries; on a nearly empty one the planner may scan the index instead,
    // which still reads only the figures drafts added, never every Figure
    expect(ops.join(' '), ops.join(' | ')).toMatch(/NodeIndex(Seek|Scan)\S* "RANGE INDEX f:Figure\(draft\)/);
    expect(ops.join(' ')).not.toMatch(/NodeByLabelScan|AllNodesScan/);
  });
});
