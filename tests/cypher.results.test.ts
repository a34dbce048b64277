// What the console returns for reads: rows made JSON-safe (nodes, relationships, paths, maps, lists,
// dates, big integers), a graph in the API's one shape, caps, and 400s that say what is wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError } from '../server/src/errors.ts';
import { MAX_CYPHER_LENGTH as MAX_QUERY_LENGTH, type RowNode, type RowPath, type RowRelationship } from '../model/index.ts';
import { runCypher } from '../server/src/operations/cypher.ts';
import { createDb } from '../server/src/store/db.ts';
import { startTestServer, type TestServer } from './support/http.ts';
import { sharedDriver } from './support/neo4j.ts';

describe('Cypher console results on the seeded graph', () => {
  const driver = sharedDriver();
  let api: TestServer;
  const cypher = async (query: string, params?: Record<string, unknown>) => {
    const res = await api.post('/api/cypher', params ? { query, params } : { query });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    return res.body;
  };
  beforeAll(async () => {
    api = await startTestServer(driver);
  });
  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('returns nodes and relationships as rows and in the API’s one graph shape', async () => {
    const body = await cypher('MATCH (p:Park)-[r:LOCATED_IN]->(a:Area) RETURN p, r, a ORDER BY r.id LIMIT 1');
    expect(body.columns).toEqual(['p', 'r', 'a']);
    const { p, r, a } = body.rows[0] as { p: RowNode; r: RowRelationship; a: RowNode };
    expect(p).toMatchObject({ kind: 'node', labels: ['Entity', 'Park'], properties: { id: p.id, name: expect.any(String) } });
    expect(r).toMatchObject({ kind: 'relationship', type: 'LOCATED_IN', startElementId: p.elementId, endElementId: a.elementId });
    expect(body.graph.nodes.map((n: any) => n.id).sort()).toEqual([p.id, a.id].sort());
    expect(body.graph.edges).toEqual([expect.objectContaining({ id: r.id, type: 'LOCATED_IN', source: p.id, target: a.id })]);
    expect(body.summary).toEqual({ queryType: 'r', resultAvailableAfterMs: expect.any(Number), truncated: false });
    // GraphNode as everywhere else: our id, labels without Entity, a name, no heavy properties
    const park = body.graph.nodes.find((n: any) => n.id === p.id);
    expect(park).toMatchObject({ id: p.id, labels: ['Park'], name: p.properties.name, mention_count: p.properties.mention_count });
    for (const heavy of ['figures', 'alias_text', 'alias_pinyin', 'ev_quote']) expect(park).not.toHaveProperty(heavy);
  });

  it('draws relationships returned without their nodes by fetching the endpoints', async () => {
    const body = await cypher('MATCH ()-[r:LOCATED_IN]->() RETURN r LIMIT 3');
    expect(body.graph.edges).toHaveLength(3);
    const ids = new Set(body.graph.nodes.map((n: any) => n.id));
    for (const e of body.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('returns paths as ordered nodes and relationships, and adds them to the graph', async () => {
    const body = await cypher('MATCH p = (:Park)-[:LOCATED_IN]->(:Area) RETURN p LIMIT 1');
    const p = body.rows[0].p as RowPath;
    expect(p.kind).toBe('path');
    expect(p.nodes).toHaveLength(2);
    expect(p.relationships).toEqual([expect.objectContaining({ kind: 'relationship', startElementId: p.nodes[0].elementId, endElementId: p.nodes[1].elementId })]);
    expect(body.graph.nodes).toHaveLength(2);
    expect(body.graph.edges).toEqual([expect.objectContaining({ source: p.nodes[0].id, target: p.nodes[1].id })]);
  });

  it('finds nodes nested in lists and maps, each once', async () => {
    const body = await cypher('MATCH (n:Article) WITH collect(n) AS all RETURN all, {first: all[0], pair: [all[0], all[1]]} AS m');
    const row = body.rows[0] as { all: RowNode[]; m: { first: RowNode; pair: RowNode[] } };
    expect(row.all).toHaveLength(5);
    expect(row.m.first.kind).toBe('node');
    expect(row.m.pair[1].kind).toBe('node');
    expect(body.graph.nodes).toHaveLength(5);
    expect(body.graph.nodes[0]).not.toHaveProperty('text'); // heavy properties stay out of graph payloads
    expect((row.all[0].properties.text as string).length).toBeGreaterThan(100); // but the row has everything
  });

  it('returns maps, lists, dates, durations, points and big integers as JSON', async () => {
    const body = await cypher(
      `RETURN {a: [1, 2.5, 'x', null, true], b: {c: []}} AS m,
              [i IN range(1, 3) | i * 2] AS l,
              date('2024-02-29') AS d,
              datetime('2024-01-02T03:04:05.123+08:00') AS dt,
              localdatetime('2024-01-02T03:04:05') AS ldt,
              duration('P1Y2M3DT4H') AS dur,
              point({longitude: 117.0, latitude: 36.65}) AS pt,
              9007199254740993 AS big, -9223372036854775808 AS min, 9007199254740991 AS maxSafe,
              $n + 1 AS fromParam, $ratio AS ratio`,
      { n: 41, ratio: 0.5 },
    );
    expect(body.rows[0]).toEqual({
      m: { a: [1, 2.5, 'x', null, true], b: { c: [] } },
      l: [2, 4, 6],
      d: '2024-02-29',
      dt: '2024-01-02T03:04:05.123000000+08:00',
      ldt: '2024-01-02T03:04:05',
      dur: 'P1Y2M3DT4H',
      pt: { srid: 4326, x: 117, y: 36.65 },
      big: '9007199254740993',
      min: '-9223372036854775808',
      maxSafe: 9007199254740991,
      fromParam: 42,
      ratio: 0.5,
    });
  });

  it('passes whole-number parameters as integers, so LIMIT $n works', async () => {
    const body = await cypher('MATCH (n:Entity) RETURN n.id AS id LIMIT $n', { n: 2 });
    expect(body.rows).toHaveLength(2);
  });

  it('caps rows at the default 1,000 and says the result is truncated', async () => {
    const body = await cypher('UNWIND range(1, 5000) AS i RETURN i');
    expect(body.rows).toHaveLength(1000);
    expect(body.rows[999]).toEqual({ i: 1000 });
    expect(body.summary.truncated).toBe(true);
  });

  it('reports Neo4j syntax errors with 400, its message and the line and column in the user’s text', async () => {
    const res = await api.post('/api/cypher', { query: 'MATCH (n:Entity)\n  WHERE n.name = \n  RETURN n' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/^Cypher syntax error: Invalid input 'n': expected .* \(line 3, column 10\)$/);
    expect(res.body).toMatchObject({ code: 'cypher_syntax', details: { neo4jCode: 'Neo.ClientError.Statement.SyntaxError', line: 3, column: 10 } });
    const first = await api.post('/api/cypher', { query: 'MATCH (n RETURN n' });
    expect(first.body.details).toMatchObject({ line: 1, column: 10, offset: 9 });
  });

  it('answers other query errors with 400 and Neo4j’s message', async () => {
    expect((await api.post('/api/cypher', { query: 'RETURN 1 / 0' })).body).toEqual({
      code: 'cypher_rejected',
      error: '/ by zero',
      details: { reason: '/ by zero', neo4jCode: 'Neo.ClientError.Statement.ArithmeticError' },
    });
    const missing = await api.post('/api/cypher', { query: 'RETURN $nope' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/Expected parameter\(s\): nope/);
  });

  it.each([
    ['params that are a list', { query: 'RETURN 1', params: [1, 2] }, /"params"/],
    ['params that are a string', { query: 'RETURN 1', params: '{"a":1}' }, /"params"/],
    ['a missing query', { params: {} }, /"query"/],
    ['a blank query', { query: '  \n ' }, /"query": must not be blank/],
    ['a query over the length cap', { query: `RETURN 1 // ${'x'.repeat(MAX_QUERY_LENGTH)}` }, /"query": must be at most 10000 characters/],
    ['an unknown field', { query: 'RETURN 1', timeout: 99999 }, /timeout/],
  ])('refuses %s with 400', async (_what, body, message) => {
    const res = await api.post('/api/cypher', body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await api.post('/api/cypher', '{"query": "RETURN 1"');
    expect(res.status).toBe(400);
  });

  it('validates for callers other than the router (runCypher refuses non-JSON params)', async () => {
    const db = createDb(driver);
    const limits = { timeoutMs: 5000, rowCap: 10, graphCap: 10 };
    await expect(runCypher(db, { query: 'RETURN $d', params: { d: new Date() as unknown } }, limits)).rejects.toThrow(BadRequestError);
    await expect(runCypher(db, { query: 'RETURN $f', params: { f: [(() => 1) as unknown] } }, limits)).rejects.toThrow(
      /"params\.f\.0": must be a JSON value .* not a function/,
    );
    expect((await runCypher(db, { query: 'RETURN $x AS x', params: { x: { y: [1, 'z'] } } }, limits)).rows).toEqual([{ x: { y: [1, 'z'] } }]);
  });
});

describe('Cypher console limits from the app options', () => {
  const driver = sharedDriver();
  afterAll(() => driver.close());

  it('applies the configured row and graph caps', async () => {
    const api = await startTestServer(driver, { cypher: { limits: { rowCap: 3, graphCap: 4 } } });
    try {
      const rows = (await api.post('/api/cypher', { query: 'MATCH (n:Entity) RETURN n' })).body;
      expect(rows.rows).toHaveLength(3);
      expect(rows.summary.truncated).toBe(true);
      const graph = (await api.post('/api/cypher', { query: 'MATCH (n:Entity) RETURN collect(n) AS all' })).body;
      expect(graph.rows).toHaveLength(1);
      expect((graph.rows[0].all as RowNode[]).length).toBeGreaterThan(100);
      expect(graph.graph.nodes).toHaveLength(4);
      expect(graph.graph.truncated).toBe(true);
      expect(graph.summary.truncated).toBe(true);
      const small = (await api.post('/api/cypher', { query: 'MATCH (n:Area) RETURN n LIMIT 2' })).body;
      expect(small.summary.truncated).toBe(false);
    } finally {
      await api.close();
    }
  });

  it('rate-limits each client with 429 and standard RateLimit headers', async () => {
    const api = await startTestServer(driver, { cypher: { rateLimit: { windowMs: 60_000, limit: 3 } } });
    try {
      for (let i = 0; i < 3; i++) expect((await api.post('/api/cypher', { query: 'RETURN 1 AS one' })).status).toBe(200);
      const res = await api.post('/api/cypher', { query: 'RETURN 1 AS one' });
      expect(res.status).toBe(429);
      expect(res.body.error).toMatch(/too many Cypher queries: at most 3 per 60 s/);
      expect(res.headers.get('ratelimit-policy')).toMatch(/q=3/);
      expect((await api.get('/api/health')).status).toBe(200); // only the console is limited
    } finally {
      await api.close();
    }
  });
});
