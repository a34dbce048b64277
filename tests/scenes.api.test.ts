// Named scenes over HTTP against a private seeded Neo4j: saved, listed, opened, renamed, given a new
// view, deleted; bad input refused with a code that says why and nothing written; a reseed (even
// --reset) keeps every scene, and a scene never carries :Entity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scene, SceneList, ScenePayloadInput } from '../model/index.ts';
import { SCENE_MAX_BYTES } from '../model/index.ts';
import { compileSeed } from '../graph-seed/src/compile.ts';
import { loadSeed } from '../graph-seed/src/load.ts';
import { privateNeo4j, type PrivateNeo4j } from './support/neo4j.ts';
import { startTestServer, type TestServer } from './support/http.ts';

let neo: PrivateNeo4j;
let api: TestServer;
let ids: string[];
const seed = compileSeed();

beforeAll(async () => {
  neo = await privateNeo4j();
  await loadSeed(neo.driver, seed);
  api = await startTestServer(neo.driver);
  ids = (await neo.driver.executeQuery("MATCH (n:Entity) WHERE n.name IN ['市中区', '济南市'] RETURN n.id AS id ORDER BY n.name")).records.map((r) => r.get('id'));
}, 300_000); // a JVM and the seed, on a shared two-core machine
afterAll(async () => {
  await api?.close();
  await neo?.dispose();
});

const request = async <T>(method: string, path: string, body?: unknown) => {
  const res = await fetch(api.url + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T & { code?: string; error?: string } };
};
const sceneCount = async () => (await neo.driver.executeQuery('MATCH (s:Scene) RETURN count(s) AS n')).records[0].get('n').toNumber();

const payload = (): ScenePayloadInput => ({
  nodes: ids,
  // a hub's group box is placed as the canvas keys it (client/src/view/explore.ts groupNodeId)
  positions: { [ids[0]]: { x: 10, y: -20 }, [ids[1]]: { x: 240, y: 75 }, [`group:${ids[0]}|SUPPORTS.out.Strategy`]: { x: -90, y: 140 } },
  camera: { zoom: 1.25, pan: { x: 300, y: 200 } },
  groups: { [ids[0]]: [{ type: 'SUPPORTS', direction: 'out', label: 'Strategy', left: 77 }] },
  pinned: [ids[1]],
  filters: { hiddenLabels: ['Person'], hiddenTypes: [], reportedBy: 2024, article: null, hideProposed: true },
  layout: 'breadthfirst',
});

describe('scenes', () => {
  let scene: Scene;

  it('saves a named view and answers 201 with its id, and opens it exactly as saved', async () => {
    const res = await request<Scene>('POST', '/api/scenes', { name: '  市中区 与 济南市  ', payload: payload() });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    scene = res.body;
    expect(scene.id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(scene.name).toBe('市中区 与 济南市');
    expect(scene.nodeCount).toBe(2);
    const got = await request<Scene>('GET', `/api/scenes/${scene.id}`);
    expect(got.status).toBe(200);
    expect(got.body.payload).toEqual({ ...payload(), more: {} });
    const labels = (await neo.driver.executeQuery('MATCH (s:Scene {id: $id}) RETURN labels(s) AS l', { id: scene.id })).records[0].get('l');
    expect(labels).toEqual(['Scene']);
  });

  it('lists scenes most recently changed first, without their payloads', async () => {
    const second = await request<Scene>('POST', '/api/scenes', { name: '第二个', payload: { ...payload(), nodes: [ids[0]] } });
    expect(second.status).toBe(201);
    const list = await request<SceneList>('GET', '/api/scenes');
    expect(list.status).toBe(200);
    expect(list.body.scenes.map((s) => s.name)).toEqual(['第二个', '市中区 与 济南市']);
    expect(list.body.scenes[0]).not.toHaveProperty('payload');
    expect(list.body.scenes[0].nodeCount).toBe(1);
  });

  it('renames a scene, or gives it a new view, keeping its id and creation time', async () => {
    const renamed = await request<Scene>('PATCH', `/api/scenes/${scene.id}`, { name: 'Shizhong and Jinan' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: scene.id, name: 'Shizhong and Jinan', created_at: scene.created_at, nodeCount: 2 });
    expect(renamed.body.updated_at >= scene.updated_at).toBe(true);
    const moved = await request<Scene>('PATCH', `/api/scenes/${scene.id}`, { payload: { ...payload(), camera: { zoom: 0.5, pan: { x: 0, y: 0 } } } });
    expect(moved.status).toBe(200);
    expect(moved.body.name).toBe('Shizhong and Jinan');
    expect((await request<Scene>('GET', `/api/scenes/${scene.id}`)).body.payload.camera).toEqual({ zoom: 0.5, pan: { x: 0, y: 0 } });
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const before = await sceneCount();
    const cases: Array<[unknown, number, string, string?]> = [
      [{ name: '', payload: payload() }, 400, 'invalid_parameter', 'name'],
      [{ name: '   ', payload: payload() }, 400, 'invalid_parameter', 'name'],
      [{ name: 'x'.repeat(81), payload: payload() }, 400, 'invalid_parameter', 'name'],
      [{ name: 'ok' }, 400, 'invalid_parameter', 'payload'],
      [{ name: 'ok', payload: { ...payload(), camera: { zoom: -1, pan: { x: 0, y: 0 } } } }, 400, 'invalid_parameter', 'payload.camera.zoom'],
      [{ name: 'ok', payload: { ...payload(), layout: 'spiral' } }, 400, 'invalid_parameter', 'payload.layout'],
      [{ name: 'ok', payload: { ...payload(), positions: { [ids[0]]: { x: 'a', y: 1 } } } }, 400, 'invalid_parameter'],
      [{ name: 'ok', payload: payload(), lang: 'en' }, 400, 'invalid_parameter'],
      [{ name: 'ok', payload: { ...payload(), nodes: [...ids, 'no-such-entity'] } }, 404, 'scene_entities_not_found'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await request<{ details?: Array<{ field: string }> }>('POST', '/api/scenes', body);
      expect([JSON.stringify(body).slice(0, 80), res.status, res.body.code]).toEqual([JSON.stringify(body).slice(0, 80), status, code]);
      if (field) expect(res.body.details?.[0]?.field).toBe(field);
    }
    // over the size cap: many positions of one (valid) entity id set would not do; long ids in `positions` make it big
    const big = { ...payload(), positions: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`${'p'.repeat(180)}${i}`, { x: i, y: i }])) };
    const tooBig = await request<{ details: { limit: number } }>('POST', '/api/scenes', { name: 'big', payload: big });
    expect([tooBig.status, tooBig.body.code, tooBig.body.details.limit]).toEqual([413, 'scene_too_large', SCENE_MAX_BYTES]);
    expect(await sceneCount()).toBe(before);
  });

  it('answers 404 scene_not_found for an unknown id on get, update and delete, and 400 for a malformed one', async () => {
    for (const [method, body] of [['GET'], ['PATCH', { name: 'x' }], ['DELETE']] as const) {
      const res = await request(method, '/api/scenes/nosuchscene1', body);
      expect([method, res.status, res.body.code]).toEqual([method, 404, 'scene_not_found']);
      expect(res.body.error).toContain('nosuchscene1');
    }
    expect((await request('GET', `/api/scenes/${encodeURIComponent('a b/c')}`)).status).toBe(400);
    expect((await request('PATCH', `/api/scenes/${scene.id}`, {})).status).toBe(400);
  });

  it('survives a reseed, even with --reset, and is in the OpenAPI document', async () => {
    const before = await request<SceneList>('GET', '/api/scenes');
    await loadSeed(neo.driver, seed);
    await loadSeed(neo.driver, seed, { reset: true });
    const after = await request<SceneList>('GET', '/api/scenes');
    expect([before.status, before.body.scenes.length]).toEqual([200, 2]);
    expect(after.body).toEqual(before.body);
    expect((await request<Scene>('GET', `/api/scenes/${scene.id}`)).body.payload.nodes).toEqual(ids);
    const doc = (await request<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json')).body;
    expect(Object.keys(doc.paths['/api/scenes/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
    expect(Object.keys(doc.paths['/api/scenes']).sort()).toEqual(['get', 'post']);
  }, 300_000);

  it('deletes a scene: its link answers 404 afterwards', async () => {
    const res = await request('DELETE', `/api/scenes/${scene.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: scene.id, deleted: true });
    expect((await request('GET', `/api/scenes/${scene.id}`)).status).toBe(404);
  });
});
