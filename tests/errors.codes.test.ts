// Every failure answers the contract's error shape with a stable code the client words in its
// language, and the details that wording needs (an id, a field, a line and column, a limit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../model/index.ts';
import { startTestServer, type TestServer } from './support/http.ts';
import { sharedDriver } from './support/neo4j.ts';

const driver = sharedDriver();
let api: TestServer;

beforeAll(async () => {
  api = await startTestServer(driver);
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('error codes', () => {
  it.each([
    ['an unknown entity', () => api.get('/api/nodes/no-such-entity'), 404, 'entity_not_found', { id: 'no-such-entity' }],
    ['an unknown article', () => api.get('/api/articles/no-such-article'), 404, 'article_not_found', { id: 'no-such-article' }],
    ['an unknown relationship', () => api.get('/api/edges/no-such-edge'), 404, 'relationship_not_found', { id: 'no-such-edge' }],
    ['an unknown API route', () => api.get('/api/nothing-here'), 404, 'route_not_found', { method: 'GET', path: '/api/nothing-here' }],
    ['a path from an entity to itself', () => api.get('/api/paths?from=a&to=a'), 400, 'path_same_entity', undefined],
    ['a path from an unknown entity', () => api.get('/api/paths?from=nobody&to=nobody-else'), 404, 'entity_not_found', { id: 'nobody', role: 'from' }],
    ['a body that is not JSON', () => api.post('/api/cypher', '{"query": '), 400, 'body_not_json', undefined],
    ['a Cypher syntax error, with its line and column', () => api.post('/api/cypher', { query: 'MATCH (n)\nRETURN n LIMT 5' }), 400, 'cypher_syntax', { line: 2, column: 10 }],
    ['a write in the console', () => api.post('/api/cypher', { query: 'CREATE (n:X) RETURN n' }), 403, 'cypher_read_only', undefined],
    ['EXPLAIN in the console', () => api.post('/api/cypher', { query: 'EXPLAIN MATCH (n) RETURN n' }), 400, 'cypher_not_supported', { command: 'EXPLAIN' }],
    ['LOAD CSV in the console', () => api.post('/api/cypher', { query: "LOAD CSV FROM 'file:///x' AS r RETURN r" }), 403, 'cypher_load_csv_refused', undefined],
    ['a procedure off the allowlist', () => api.post('/api/cypher', { query: 'CALL dbms.listConfig()' }), 403, 'cypher_procedure_refused', { procedure: 'dbms.listConfig' }],
    ['a range too large to stop', () => api.post('/api/cypher', { query: 'RETURN size(range(1, 5000000)) AS n' }), 422, 'cypher_range_too_large', { size: 5000000 }],
    ['a function refusing its argument', () => api.post('/api/cypher', { query: "RETURN substring('abc', -1) AS s" }), 422, 'cypher_evaluation_failed', undefined],
    ['an empty export query', () => api.post('/api/export', { format: 'json', cypher: { query: 'MATCH (n:NoSuchLabel) RETURN n' } }), 400, 'export_empty', undefined],
  ] as const)('%s', async (_what, call, status, code, details) => {
    const res = await call();
    expect(res.status).toBe(status);
    expect(ErrorBodySchema.parse(res.body)).toMatchObject({ code, ...(details && { details }) });
  }, 20_000); // a first lookup on a loaded machine has taken 6 s

  it('names the field, and where it was sent, of a request that fails validation', async () => {
    const res = await api.get('/api/search?q=x&limit=-3');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_parameter');
    expect(res.body.details?.[0]).toMatchObject({ where: 'query', field: 'limit' });
  });
});
