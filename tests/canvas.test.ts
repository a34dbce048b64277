// The canvas cache (model/storage/canvas.ts): every load writes each element's `canvas` property with its
// other properties, and the explorer's payloads read it. It must never disagree with the properties it
// caches: deriving it afresh from them (what a start does for a database written before the cache)
// gives the same answers, after a seed and after an ingest --load of proposed facts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSeed } from '../graph-seed/src/compile.ts';
import { loadSeed } from '../graph-seed/src/load.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile } from '../ingest/src/ingest.ts';
import { loadDraft } from '../ingest/src/load.ts';
import { NeighborsQuerySchema, OverviewQuerySchema, SearchQuerySchema } from '../model/index.ts';
import { deriveMissing } from '../model/storage/index.ts';
import { DEFAULT_CYPHER_LIMITS } from '../server/src/operations/cypher.ts';
import { neighbors } from '../server/src/operations/neighbors.ts';
import type { Context } from '../server/src/operations/operation.ts';
import { overview } from '../server/src/operations/overview.ts';
import { search } from '../server/src/operations/search.ts';
import { subgraph } from '../server/src/operations/subgraph.ts';
import { createDb } from '../server/src/store/db.ts';
import { privateNeo4j, type PrivateNeo4j } from './support/neo4j.ts';

let neo: PrivateNeo4j;
let ctx: Context;
const idOf = async (name: string) => (await search.run(ctx, SearchQuerySchema.parse({ q: name, limit: '1' }))).results[0].id;

beforeAll(async () => {
  neo = await privateNeo4j();
  await loadSeed(neo.driver, compileSeed());
  ctx = { db: createDb(neo.driver), limits: DEFAULT_CYPHER_LIMITS };
}, 120_000);
afterAll(async () => neo?.dispose());

/** What the explorer shows: a hub's expansion, a leaf's two hops, the overview and a subgraph. */
async function views() {
  const hub = await idOf('市中区');
  const leaf = await idOf('科大讯飞');
  const depth2 = await neighbors.run(ctx, { id: leaf, ...NeighborsQuerySchema.parse({ depth: '2', limit: '150' }) });
  return {
    hub: await neighbors.run(ctx, { id: hub, ...NeighborsQuerySchema.parse({ limit: '1000' }) }),
    depth2,
    overview: await overview.run(ctx, OverviewQuerySchema.parse({})),
    subgraph: await subgraph.run(ctx, { ids: depth2.nodes.map((n) => n.id) }),
  };
}

/** Entities and facts without a canvas property. */
async function uncached() {
  const res = await neo.driver.executeQuery(
    `CALL () { MATCH (n:Entity) WHERE n.canvas IS NULL RETURN count(n) AS entities }
     CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.canvas IS NULL RETURN count(r) AS facts }
     RETURN entities, facts`,
  );
  return { entities: Number(res.records[0].get('entities')), facts: Number(res.records[0].get('facts')) };
}

/** Drop the cache and derive it again from the stored properties, as a start does for an old database. */
async function rederived<T>(read: () => Promise<T>): Promise<T> {
  await neo.driver.executeQuery('MATCH (n:Entity) REMOVE n.canvas');
  await neo.driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) REMOVE r.canvas');
  const derived = await deriveMissing(neo.driver);
  expect(derived.entities).toBeGreaterThan(300);
  expect(await uncached()).toEqual({ entities: 0, facts: 0 });
  return read();
}

describe('the canvas cache', () => {
  it('is written for every entity and fact by the seed load', async () => {
    expect(await uncached()).toEqual({ entities: 0, facts: 0 });
  });

  it('gives the same payloads as deriving it afresh from the stored properties, after a seed and after an ingest load', async () => {
    const cached = await views();
    expect(cached.hub.nodes.length).toBeGreaterThan(300);
    expect(await rederived(views)).toEqual(cached);

    // a proposed article: the load writes the cache of what it adds in its own transaction
    const dir = mkdtempSync(join(tmpdir(), 'canvas-test-'));
    const file = join(dir, 'canvas-test.txt');
    writeFileSync(file, '市中区引进华为科技公司，落户山东数字产业大厦，总投资5.5亿元建设华为济南创新中心项目。该项目助推“中优”战略。');
    const { draft, text } = ingestFile(file, { year: 2025 });
    rmSync(dir, { recursive: true, force: true });
    await loadDraft(neo.driver, draft, text);
    expect(await uncached()).toEqual({ entities: 0, facts: 0 });
    const after = await views();
    const proposed = after.hub.edges.filter((e) => e.status === 'proposed');
    expect(proposed.length).toBeGreaterThan(0);
    expect(after.hub.nodes.filter((n) => n.status === 'proposed').map((n) => n.name)).toContain('华为科技公司');
    expect(await rederived(views)).toEqual(after);
  });
});
