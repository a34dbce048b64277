// The Cypher export recreates the subgraph: export → load into a fresh, empty Neo4j → export again →
// identical, both for a real neighbourhood of the seeded graph (with articles and mention links) and
// for the fixture whose text is full of quotes, backslashes, newlines, `<&>`, Chinese and emoji.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../model/storage/index.ts';
import { exportDocument } from '../server/src/export/document.ts';
import { scriptStatements, toCypherScript } from '../server/src/export/cypher-script.ts';
import type { ExportSource } from '../model/index.ts';
import { exportSubgraph } from '../server/src/operations/export-subgraph.ts';
import { createDb } from '../server/src/store/db.ts';
import { FIXED_NOW, nastySubgraph } from './support/export-formats.ts';
import { privateNeo4j, sharedDriver, type PrivateNeo4j } from './support/neo4j.ts';

async function runScript(driver: Driver, script: string) {
  const session = driver.session();
  try {
    for (const statement of scriptStatements(script)) await session.run(statement);
  } finally {
    await session.close();
  }
}

async function wipe(driver: Driver) {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}

describe('cypher export round trip', () => {
  const shared = sharedDriver();
  let fresh: PrivateNeo4j;
  beforeAll(async () => {
    fresh = await privateNeo4j();
  });
  afterAll(async () => {
    await shared.close();
    await fresh?.dispose();
  });

  it('recreates a seeded neighbourhood, its articles and mention links identically', async () => {
    const hotel = entityId('济南宾馆项目');
    const around = await exportSubgraph(createDb(shared), { neighborhood: { id: hotel, depth: 1 } }, { includeEvidence: true });
    const articles = [...new Set(around.nodes.flatMap((n) => n.evidence.map((e) => e.article.replace(/\.txt$/, ''))))];
    const source: ExportSource = { selection: { nodeIds: [...around.nodes.map((n) => n.id), ...articles] } };
    const original = await exportSubgraph(createDb(shared), source, { includeEvidence: true });
    expect(original.edges.some((e) => e.type === 'MENTIONED_IN')).toBe(true);
    expect(original.nodes.some((n) => n.labels.includes('Article'))).toBe(true);

    const script = toCypherScript(exportDocument(original, source, true, FIXED_NOW));
    await wipe(fresh.driver);
    await runScript(fresh.driver, script);
    const again = await exportSubgraph(createDb(fresh.driver), source, { includeEvidence: true });
    expect(again).toEqual(original);
    expect(toCypherScript(exportDocument(again, source, true, FIXED_NOW))).toBe(script);

    // nothing beyond the subgraph, and no id invented for mention or figure links
    const { records } = await fresh.driver.executeQuery('MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r, count(r.id) AS withId, sum(CASE WHEN type(r) IN ["MENTIONED_IN", "HAS_FIGURE"] THEN 0 ELSE 1 END) AS typed');
    expect(Number(records[0].get('n'))).toBe(original.nodes.length);
    expect(Number(records[0].get('r'))).toBe(original.edges.length);
    expect(Number(records[0].get('withId'))).toBe(Number(records[0].get('typed')));
  });

  it('recreates the nasty fixture with every property intact', async () => {
    const original = nastySubgraph();
    const source: ExportSource = { selection: { nodeIds: original.nodes.map((n) => n.id) } };
    const script = toCypherScript(exportDocument(original, source, true, FIXED_NOW));
    await wipe(fresh.driver);
    await runScript(fresh.driver, script);
    const again = await exportSubgraph(createDb(fresh.driver), source, { includeEvidence: true });
    expect(again).toEqual(original);
    // the text that looks like Cypher stayed text
    const article = again.nodes.find((n) => n.labels.includes('Article'))!;
    expect(article.text).toContain('MERGE (x) DETACH DELETE x;');
  });

  it('creates the id constraints an empty database needs', async () => {
    const { records } = await fresh.driver.executeQuery('SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] AS label, properties[0] AS prop ORDER BY label');
    expect(records.map((r) => [r.get('label'), r.get('prop')])).toEqual([
      ['Article', 'id'],
      ['Entity', 'id'],
    ]);
  });
});
