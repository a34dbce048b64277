// A hub's neighbour groups against the real seeded Neo4j: the counts agree with the graph, the canvas is
// counted, one group pages through with the expansion, and bad input is a 400/404 that says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUPS_BATCH_CAP, type NeighborGroups, type NeighborGroupsBatch, type NeighborsResult } from '../model/index.ts';
import { sharedDriver } from './support/neo4j.ts';
import { startTestServer, untilAnswered, type TestServer } from './support/http.ts';

const driver = sharedDriver();
let api: TestServer;
let hub: string;

beforeAll(async () => {
  api = await startTestServer(driver);
  hub = (await driver.executeQuery("MATCH (n:Entity {name: '市中区'}) RETURN n.id AS id")).records[0].get('id');
  // a cold database on a loaded machine may answer the first calls past their deadline: that is not what these tests check
  await untilAnswered(() => groupsOf(hub), 10, 1000);
}, 120_000);
afterAll(async () => {
  await api.close();
  await driver.close();
});

const groupsOf = (id: string, body: unknown = {}) => api.post<NeighborGroups>(`/api/nodes/${encodeURIComponent(id)}/groups`, body);

describe('POST /api/nodes/:id/groups', () => {
  it("counts 市中区's neighbours by relation type, direction and neighbour type, as the graph holds them", async () => {
    const res = await groupsOf(hub);
    expect(res.status).toBe(200);
    const truth = await driver.executeQuery(
      `MATCH (c:Entity {id: $id})-[r]-(m:Entity) WHERE m <> c
       RETURN type(r) AS type, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS dir,
              [l IN labels(m) WHERE l <> 'Entity'][0] AS label, count(DISTINCT m) AS n`,
      { id: hub },
    );
    const expected = new Map(truth.records.map((r) => [`${r.get('type')}|${r.get('dir')}|${r.get('label')}`, r.get('n').toNumber()]));
    expect(new Map(res.body.groups.map((g) => [`${g.type}|${g.direction}|${g.label}`, g.count]))).toEqual(expected);
    const total = await driver.executeQuery('MATCH (c:Entity {id: $id})--(m:Entity) WHERE m <> c RETURN count(DISTINCT m) AS n', { id: hub });
    expect(res.body.total).toBe(total.records[0].get('n').toNumber());
    expect(res.body.total).toBeGreaterThan(200);
    // largest first, and no group is empty
    const counts = res.body.groups.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });

  it('says how many of each group the canvas holds, and paging one group brings only its members', async () => {
    const first = (await groupsOf(hub)).body.groups.find((g) => g.count > 25)!;
    const page = await api.post<NeighborsResult>(`/api/nodes/${encodeURIComponent(hub)}/neighbors`, { limit: 20, types: [first.type], labels: [first.label], direction: first.direction });
    expect(page.status).toBe(200);
    const added = page.body.nodes.filter((n) => n.id !== hub);
    expect(added).toHaveLength(20);
    expect(added.every((n) => n.labels.includes(first.label))).toBe(true);
    expect(page.body.omitted.total).toBe(first.count - 20);
    const again = (await groupsOf(hub, { canvas: [hub, ...added.map((n) => n.id)] })).body.groups.find((g) => g.type === first.type && g.direction === first.direction && g.label === first.label)!;
    expect(again.onCanvas).toBe(20);
  });

  it("counts only what the view's filters let through: a hidden type or relation has no group, a year or an article shrinks the counts", async () => {
    const all = (await groupsOf(hub)).body;
    const [top] = all.groups;
    const hidden = (await groupsOf(hub, { filters: { hiddenLabels: [top.label], hiddenTypes: ['LOCATED_IN'] } })).body;
    expect(hidden.groups.some((g) => g.label === top.label || g.type === 'LOCATED_IN')).toBe(false);
    expect(hidden.total).toBeLessThan(all.total);
    const article = (await driver.executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY a.id LIMIT 1')).records[0].get('id');
    for (const filters of [{ reportedBy: 2023 }, { article }]) {
      const res = await groupsOf(hub, { filters });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      // the truth, written the way the canvas filters (state/store.ts nodePasses/edgePasses)
      const truth = await driver.executeQuery(
        `MATCH (c:Entity {id: $id})-[r]-(m:Entity) WHERE m <> c
           AND ($year IS NULL OR (coalesce(m.first_reported, 0) <= $year AND coalesce(r.first_reported, 0) <= $year))
           AND ($article IS NULL OR ((m.articles IS NULL OR $article + '.txt' IN m.articles OR $article IN m.articles)
                                 AND (r.articles IS NULL OR $article + '.txt' IN r.articles OR $article IN r.articles)))
         RETURN count(DISTINCT m) AS n`,
        { id: hub, year: filters.reportedBy ?? null, article: filters.article ?? null },
      );
      expect(res.body.total).toBe(truth.records[0].get('n').toNumber());
      expect(res.body.total).toBeLessThan(all.total);
      expect(res.body.groups.reduce((s, g) => s + g.count, 0)).toBeGreaterThanOrEqual(res.body.total);
    }
    const bad = await groupsOf(hub, { filters: { reportedBy: 'last year' } });
    expect([bad.status, bad.body.code]).toEqual([400, 'invalid_parameter']);
  });

  it('answers 404 naming an unknown entity, and 400 for a canvas that is not a list of ids', async () => {
    const missing = await groupsOf('no-such-entity');
    expect(missing.status).toBe(404);
    expect(String((missing.body as unknown as { error: string }).error)).toContain('no-such-entity');
    const bad = await groupsOf(hub, { canvas: 'abc' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('list of entity ids');
    const extra = await groupsOf(hub, { canvas: [], limit: 3 });
    expect(extra.status).toBe(400);
  });
});

describe("a group's page within the view's filters", () => {
  it('holds only neighbours that pass the filters, and pages through exactly the count the group gave', async () => {
    const article = (await driver.executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY a.id LIMIT 1')).records[0].get('id');
    const filters = { reportedBy: 2023, article, hiddenTypes: ['LOCATED_IN'] };
    const groups = (await groupsOf(hub, { filters })).body.groups;
    const unfiltered = (await groupsOf(hub)).body.groups;
    // a group the filters shrink, so an unfiltered page would bring what the view hides
    const g = groups.find((x) => x.count < unfiltered.find((u) => u.type === x.type && u.direction === x.direction && u.label === x.label)!.count)!;
    expect(g, 'a group the filters shrink').toBeDefined();
    const pass = await driver.executeQuery(
      `MATCH (c:Entity {id: $id})-[r]-(m:Entity) WHERE m <> c AND type(r) = $type AND $label IN labels(m)
         AND (startNode(r) = c) = ($dir = 'out')
         AND coalesce(m.first_reported, 0) <= 2023 AND coalesce(r.first_reported, 0) <= 2023
         AND (m.articles IS NULL OR $article + '.txt' IN m.articles OR $article IN m.articles)
         AND (r.articles IS NULL OR $article + '.txt' IN r.articles OR $article IN r.articles)
       RETURN collect(DISTINCT m.id) AS ids`,
      { id: hub, type: g.type, label: g.label, dir: g.direction, article },
    );
    const passing = new Set<string>(pass.records[0].get('ids'));
    expect(passing.size).toBe(g.count);
    // page by page (5 at a time) with the canvas growing, as the explorer does, until the group is empty
    const canvas = [hub];
    for (let page = 0; page < 50 && canvas.length - 1 < g.count; page++) {
      const res = await api.post<NeighborsResult>(`/api/nodes/${encodeURIComponent(hub)}/neighbors`, { limit: 5, types: [g.type], labels: [g.label], direction: g.direction, canvas, filters });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const added = res.body.nodes.map((n) => n.id).filter((id) => !canvas.includes(id));
      expect(added.length).toBeGreaterThan(0);
      for (const id of added) expect(passing.has(id), `${id} passes the filters`).toBe(true);
      canvas.push(...added);
      const left = (await groupsOf(hub, { canvas, filters })).body.groups.find((x) => x.type === g.type && x.direction === g.direction && x.label === g.label);
      expect((left?.count ?? 0) - (left?.onCanvas ?? 0)).toBe(g.count - (canvas.length - 1));
    }
    expect(canvas.length - 1).toBe(g.count);
  });

  it('answers 400 for filters that are not the view\'s', async () => {
    const bad = await api.post(`/api/nodes/${encodeURIComponent(hub)}/neighbors`, { limit: 5, filters: { hiddenLabels: 'Person' } });
    expect(bad.status).toBe(400);
  });
});

describe('POST /api/groups (every hub of a canvas at once)', () => {
  const batch = (body: unknown) => api.post<NeighborGroupsBatch>('/api/groups', body);

  it('answers each hub as its own request would, with the distinct neighbours on the canvas, and lists unknown ids', async () => {
    const others = (await driver.executeQuery('MATCH (n:Entity) WHERE n.id <> $hub RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 2', { hub })).records.map((r) => r.get('id') as string);
    const canvas = [hub, ...others];
    const filters = { hiddenTypes: ['LOCATED_IN'] };
    const res = await batch({ ids: [hub, 'no-such-entity', ...others], canvas, filters });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.missing).toEqual(['no-such-entity']);
    expect(res.body.hubs.map((h) => h.center)).toEqual([hub, ...others]);
    for (const h of res.body.hubs) {
      const one = (await groupsOf(h.center, { canvas, filters })).body;
      expect(h).toEqual(one);
      const truth = await driver.executeQuery(
        'MATCH (c:Entity {id: $id})-[r]-(m:Entity) WHERE m <> c AND type(r) <> "LOCATED_IN" AND m.id IN $canvas RETURN count(DISTINCT m) AS n',
        { id: h.center, canvas },
      );
      expect(h.onCanvas).toBe(truth.records[0].get('n').toNumber());
    }
  });

  it('answers 400 for no ids, too many, ids that are not a list, or an unknown field', async () => {
    for (const body of [{ ids: [] }, { ids: Array.from({ length: GROUPS_BATCH_CAP + 1 }, (_, i) => `e${i}`) }, { ids: 'abc' }, { ids: [hub], extra: 1 }, { ids: [hub], filters: { reportedBy: 'x' } }]) {
      const res = await batch(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((res.body as unknown as { code: string }).code).toBe('invalid_parameter');
    }
  });
});
