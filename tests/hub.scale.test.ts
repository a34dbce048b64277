// A hub bigger than one read (issue #19), in a private Neo4j: 1,200 facts of one type written first (so
// they come first in store order), then a few of two other types. What a user notices: the hub's first
// page and its inspector list are not all one relation type, and the counts of what was left out still
// add up to every fact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_FACTS_CAP, NODE_FACTS_OFFSET_MAX, type NeighborsResult, type NodeDetails } from '../model/index.ts';
import { ensureSchema, entityRecord, relationRecord } from '../model/storage/index.ts';
import { shares } from '../server/src/operations/typed-reads.ts';
import { HOP_READ } from '../server/src/operations/neighbors.ts';
import { FACTS_SCAN } from '../server/src/operations/node-details.ts';
import { startTestServer, untilAnswered, type TestServer } from './support/http.ts';
import { privateNeo4j, type PrivateNeo4j } from './support/neo4j.ts';

// more than the expansion reads (HOP_READ) and than the inspector reads whole (FACTS_SCAN)
const MANY = Math.max(HOP_READ, FACTS_SCAN) + 100;
const FEW = 15;
let neo: PrivateNeo4j;
let api: TestServer;

const entity = (id: string, name: string, mentionCount: number) =>
  entityRecord({ id, name, label: 'Area', aliases: [], status: 'curated', figures: [], evidence: [], mentionCount });
const fact = (id: string, type: 'LOCATED_IN' | 'PART_OF' | 'SUPPORTS', source: string, target: string) => ({
  type,
  source,
  target,
  props: relationRecord({ id, type, source, target, status: 'curated', evidence: [] }),
});

beforeAll(async () => {
  neo = await privateNeo4j();
  await ensureSchema(neo.driver);
  const nodes = [entity('hub', '大枢纽区', 1000)];
  const facts = [];
  // the many first: an untyped read in store order meets only them
  for (let i = 0; i < MANY; i++) nodes.push(entity(`a${i}`, `甲${i}`, 1)), facts.push(fact(`fa${i}`, 'LOCATED_IN', `a${i}`, 'hub'));
  // the few are the most mentioned: a page ranked by mentions shows them once they are read
  for (let i = 0; i < FEW; i++) nodes.push(entity(`b${i}`, `乙${i}`, 50)), facts.push(fact(`fb${i}`, 'PART_OF', `b${i}`, 'hub'));
  for (let i = 0; i < FEW; i++) nodes.push(entity(`c${i}`, `丙${i}`, 40)), facts.push(fact(`fc${i}`, 'SUPPORTS', 'hub', `c${i}`));
  await neo.driver.executeQuery('UNWIND $nodes AS p CREATE (n:Entity:Area) SET n = p', { nodes });
  await neo.driver.executeQuery(
    `UNWIND $facts AS f MATCH (s:Entity {id: f.source}), (t:Entity {id: f.target})
     CALL (s, t, f) { WITH s, t, f WHERE f.type = 'LOCATED_IN' CREATE (s)-[r:LOCATED_IN]->(t) SET r = f.props
       UNION WITH s, t, f WHERE f.type = 'PART_OF' CREATE (s)-[r:PART_OF]->(t) SET r = f.props
       UNION WITH s, t, f WHERE f.type = 'SUPPORTS' CREATE (s)-[r:SUPPORTS]->(t) SET r = f.props }`,
    { facts },
  );
  api = await startTestServer(neo.driver);
  // a cold JVM plans the hub's typed reads (26 subqueries) slowly on a loaded machine: not what is tested here
  await untilAnswered(() => api.post('/api/nodes/hub/neighbors', { limit: 20, canvas: [] }), 20, 1000);
  await untilAnswered(() => api.get('/api/nodes/hub'), 20, 1000);
}, 180_000);
afterAll(async () => {
  await api?.close();
  await neo?.dispose();
});

describe('a hub with more facts than one read', () => {
  it("shows more than one relation type on its first page, and counts every fact it left out", async () => {
    const res = await api.post<NeighborsResult>('/api/nodes/hub/neighbors', { limit: 20, canvas: [] });
    expect(res.status).toBe(200);
    const body = res.body as NeighborsResult;
    const types = new Set(body.edges.map((e) => e.type));
    expect(types.has('PART_OF') && types.has('SUPPORTS'), [...types].join(' ')).toBe(true);
    expect(body.nodes.length).toBe(21); // the hub and its first 20
    expect(body.omitted.total).toBe(MANY + 2 * FEW - 20);
  });

  it('lists facts of every type in the inspector, with the exact total', async () => {
    const res = await api.get<NodeDetails>('/api/nodes/hub');
    expect(res.status).toBe(200);
    const body = res.body as NodeDetails;
    expect(body.factsTotal).toBe(MANY + 2 * FEW);
    const count = (type: string) => body.facts.filter((f) => f.type === type).length;
    expect(count('PART_OF')).toBe(FEW);
    expect(count('SUPPORTS')).toBe(FEW);
    expect(body.facts.filter((f) => f.type === 'SUPPORTS').every((f) => f.direction === 'out')).toBe(true);
    expect(body.degree).toEqual({ LOCATED_IN: { out: 0, in: MANY }, PART_OF: { out: 0, in: FEW }, SUPPORTS: { out: FEW, in: 0 } });
    expect(body.facts.length).toBe(NODE_FACTS_CAP);
    expect(body.factsNext).toBe(NODE_FACTS_CAP);
  });

  it("pages through every one of the hub's facts once, page after page", async () => {
    const seen = new Set<string>();
    let next: number | null = 0;
    let pages = 0;
    while (next !== null) {
      const res = await api.get<NodeDetails>(`/api/nodes/hub?offset=${next}`);
      expect(res.status).toBe(200);
      const body = res.body as NodeDetails;
      for (const f of body.facts) {
        expect(seen.has(f.id), f.id).toBe(false);
        seen.add(f.id);
      }
      next = body.factsNext;
      pages++;
    }
    expect(seen.size).toBe(MANY + 2 * FEW);
    expect(pages).toBe(Math.ceil((MANY + 2 * FEW) / NODE_FACTS_CAP));
  });

  it('refuses an offset that is not a whole number from 0 to NODE_FACTS_OFFSET_MAX, naming it', async () => {
    for (const bad of ['-1', '1.5', 'x', String(NODE_FACTS_OFFSET_MAX + 1)]) {
      const res = await api.get(`/api/nodes/hub?offset=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(JSON.stringify(res.body), bad).toContain('offset');
    }
  });
});

describe('shares of a read over relation types and directions', () => {
  const degree = (pairs: Record<string, [number, number]>) => Object.entries(pairs).map(([t, [o, i]]) => [t, o, i] as [string, number, number]);
  it('gives small groups all they have and spreads the rest over the big ones, never more than asked', () => {
    const got = shares(degree({ LOCATED_IN: [0, 5000], PART_OF: [3, 10], SUPPORTS: [2000, 0] }), 1000);
    expect(got.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(Math.max(...got)).toBeLessThanOrEqual(500);
    expect(got.filter((x) => x > 0).length).toBe(4);
    expect(got).toContain(3);
    expect(got).toContain(10);
  });
  it('reads everything of a node smaller than the budget, and nothing of a group left out', () => {
    const d = degree({ LOCATED_IN: [1, 2], HOSTS: [3, 0] });
    expect(shares(d, 1000).reduce((a, b) => a + b, 0)).toBe(6);
    expect(shares(d, 1000, (t) => t !== 'HOSTS').reduce((a, b) => a + b, 0)).toBe(3);
  });
});
