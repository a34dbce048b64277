// An article mentioned by more entities than one answer carries (issue #19: at 1M synthetic entities an
// article had 280k mention links, and opening it read them all). What a user notices: the reader still
// opens, with the spans of ARTICLE_MENTIONS_CAP entities, and the article's count says how many there are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDetail } from '../model/index.ts';
import { articleRecord, ensureSchema, entityRecord } from '../model/storage/index.ts';
import { ARTICLE_MENTIONS_CAP } from '../server/src/operations/articles.ts';
import { startTestServer, type TestServer } from './support/http.ts';
import { privateNeo4j, type PrivateNeo4j } from './support/neo4j.ts';

const MANY = ARTICLE_MENTIONS_CAP + 50;
const TEXT = '大枢纽区发布了新的规划。'.repeat(20);
let neo: PrivateNeo4j;
let api: TestServer;

beforeAll(async () => {
  neo = await privateNeo4j();
  await ensureSchema(neo.driver);
  const article = articleRecord({ id: 'crowded', file: 'crowded.txt', headline: '拥挤的文章', year: 2024, text: TEXT });
  const nodes = Array.from({ length: MANY }, (_, i) => entityRecord({ id: `e${i}`, name: `甲${i}`, label: 'Area', aliases: [], status: 'curated', figures: [], evidence: [], mentionCount: 1 }));
  await neo.driver.executeQuery('CREATE (a:Article) SET a = $article', { article });
  await neo.driver.executeQuery(
    `MATCH (a:Article {id: 'crowded'}) UNWIND $nodes AS p CREATE (n:Entity:Area)-[:MENTIONED_IN {count: 1, starts: [0], ends: [4]}]->(a) SET n = p`,
    { nodes },
  );
  api = await startTestServer(neo.driver);
}, 180_000);
afterAll(async () => {
  await api?.close();
  await neo?.dispose();
});

describe('an article mentioned by more entities than one answer carries', () => {
  it('opens with the spans of the cap, and counts every entity that mentions it', async () => {
    const res = await api.get<ArticleDetail>('/api/articles/crowded');
    expect(res.status).toBe(200);
    const body = res.body as ArticleDetail;
    expect(body.text).toBe(TEXT);
    expect(new Set(body.mentions.map((m) => m.entityId)).size).toBe(ARTICLE_MENTIONS_CAP);
    expect(body.mentions.every((m) => body.text.slice(m.start, m.end) === '大枢纽区')).toBe(true);
    expect(body.entities).toBe(MANY);
    const listed = await api.get<{ articles: Array<{ id: string; entities: number }> }>('/api/articles');
    expect((listed.body as { articles: Array<{ id: string; entities: number }> }).articles.find((a) => a.id === 'crowded')?.entities).toBe(MANY);
  });
});
