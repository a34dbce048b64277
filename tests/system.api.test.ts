// /api/health and /api/stats against the real (seeded) Neo4j; 503 once the database is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { privateNeo4j, sharedDriver } from './support/neo4j.ts';
import { startTestServer, type TestServer } from './support/http.ts';
import { ENTITY_LABELS } from '../model/index.ts';

const POM_VERSION = /<neo4j.version>([^<]+)</.exec(readFileSync(new URL('../neo4j-launcher/pom.xml', import.meta.url), 'utf8'))![1];

describe('system endpoints on the seeded graph', () => {
  const driver = sharedDriver();
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(driver);
  });
  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('reports the embedded Neo4j version and edition', async () => {
    const res = await api.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', neo4j: { version: POM_VERSION, edition: 'community' } });
  });

  it('counts nodes and relationships by label and type', async () => {
    const res = await api.get('/api/stats');
    expect(res.status).toBe(200);
    expect(res.body.nodes).toBeGreaterThan(100);
    expect(res.body.relationships).toBeGreaterThan(100);
    expect(res.body.labels.Article).toBe(5);
    expect(res.body.labels.Entity).toBeGreaterThan(100);
    expect(res.body.relationshipTypes.MENTIONED_IN).toBeGreaterThan(0);
    // every entity has exactly one label of the vocabulary beside :Entity; figures and drafts are not entities
    const labelled = Object.entries(res.body.labels as Record<string, number>).filter(([l]) => (ENTITY_LABELS as readonly string[]).includes(l));
    expect(labelled.reduce((n, [, c]) => n + c, 0)).toBe(res.body.labels.Entity);
    expect(res.body.labels.Figure).toBeGreaterThan(100);
  });

  it('answers unknown API routes with 404 and a message', async () => {
    const res = await api.get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/no API route GET \/api\/nope/);
  });
});

describe('health when the database goes away', () => {
  it('answers 503 with a reason within about a second after Neo4j is stopped', async () => {
    const db = await privateNeo4j();
    const api = await startTestServer(db.driver);
    try {
      expect((await api.get('/api/health')).status).toBe(200);
      await db.stop();
      const res = await api.get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'unavailable', code: 'database_unavailable', error: expect.stringMatching(/cannot be reached/) });
      expect(res.ms).toBeLessThan(1500);
    } finally {
      await api.close();
      await db.dispose();
    }
  });
});
