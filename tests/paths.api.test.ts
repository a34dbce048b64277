// Paths that explain, against the real seeded Neo4j: k shortest paths with their steps in order, paths
// that avoid hubs, entities or relation types, and bad input answered 400 with the field named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathsResult } from '../model/index.ts';
import { sharedDriver } from './support/neo4j.ts';
import { startTestServer, type TestServer } from './support/http.ts';

const driver = sharedDriver();
let api: TestServer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestServer(driver);
  for (const name of ['中央活力区', '科大讯飞', '市中区']) ids[name] = (await driver.executeQuery('MATCH (n:Entity {name: $name}) RETURN n.id AS id', { name })).records[0].get('id');
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

const paths = (q: Record<string, string | number>) => api.get<PathsResult>(`/api/paths?${new URLSearchParams({ from: ids['中央活力区'], to: ids['科大讯飞'], maxHops: '6', ...Object.fromEntries(Object.entries(q).map(([k, v]) => [k, String(v)])) })}`);

/** Every step joins the path's consecutive nodes, in order. */
function expectSteps(r: PathsResult) {
  const edges = new Map(r.edges.map((e) => [e.id, e]));
  expect(r.steps).toHaveLength(r.paths.length);
  r.paths.forEach((nodes, i) => {
    expect(r.steps[i]).toHaveLength(nodes.length - 1);
    r.steps[i].forEach((id, j) => {
      const e = edges.get(id)!;
      expect([e.source, e.target].sort()).toEqual([nodes[j], nodes[j + 1]].sort());
    });
  });
}

describe('GET /api/paths', () => {
  it('lists the k shortest paths, shortest first, each with its steps', async () => {
    const res = await paths({ k: 3 });
    expect(res.status).toBe(200);
    expect(res.body.paths.length).toBeGreaterThanOrEqual(2);
    expect(res.body.paths.length).toBeLessThanOrEqual(3);
    expect(new Set(res.body.paths.map((p) => p.join('>'))).size).toBe(res.body.paths.length);
    const lengths = res.body.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(res.body.hops).toBe(lengths[0] - 1);
    expectSteps(res.body);
  });

  it('avoids hubs (more neighbours than maxDegree), named entities and relation types', async () => {
    const direct = await paths({ k: 1 });
    const through = direct.body.paths[0].slice(1, -1);
    expect(through.length).toBeGreaterThan(0);
    const hubs = await paths({ k: 3, maxDegree: 50 });
    expect(hubs.status).toBe(200);
    for (const p of hubs.body.paths) expect(p.slice(1, -1)).not.toContain(ids['市中区']);
    const avoided = await paths({ k: 3, avoid: through.join(',') });
    for (const p of avoided.body.paths) for (const id of through) expect(p.slice(1, -1)).not.toContain(id);
    const types = new Set(direct.body.edges.map((e) => e.type));
    const [skip] = [...types];
    const noType = await paths({ k: 2, excludeTypes: skip });
    expect(noType.status).toBe(200);
    const byId = new Map(noType.body.edges.map((e) => [e.id, e]));
    for (const steps of noType.body.steps) for (const s of steps) expect(byId.get(s)!.type).not.toBe(skip);
    expectSteps(noType.body);
  });

  it('answers 400 naming a bad k or an unknown relation type', async () => {
    const k = await paths({ k: 0 });
    expect(k.status).toBe(400);
    expect(JSON.stringify(k.body)).toContain('k');
    const t = await paths({ excludeTypes: 'FRIEND_OF' });
    expect(t.status).toBe(400);
    expect(JSON.stringify(t.body)).toContain('FRIEND_OF');
  });
});
