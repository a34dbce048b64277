// articles: the list of source articles, and one article with its full text and every mention span
// (for the reader's highlighting).
import neo4j from 'neo4j-driver';
import { ArticleDetailSchema, ArticleListSchema, ArticleParamsSchema, type ArticleDetail, type ArticleSummary } from '../../../model/index.ts';
import { toNumber, toPlain } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';

const SUMMARY = `a {.id, .file, .headline, .byline, .reporters, .year, .newspaper, .length}`;

export const listArticles = defineOperation({
  summary: 'Source articles',
  output: ArticleListSchema,
  run: ({ db }) => list(db),
});

export const getArticle = defineOperation({
  summary: 'One article with text and mention spans',
  params: ArticleParamsSchema,
  output: ArticleDetailSchema,
  errors: { 404: 'no article with this id' },
  run: ({ db }, { id }) => one(db, id),
});

/** Articles loaded by ingest carry only a headline and maybe a year: the rest is null, never absent. */
const summary = (a: Record<string, unknown>, entities: unknown): ArticleSummary => ({
  id: String(a.id),
  file: String(a.file),
  headline: String(a.headline),
  byline: (a.byline as string) ?? null,
  reporters: (a.reporters as string[]) ?? null,
  year: (a.year as number) ?? null,
  newspaper: (a.newspaper as string) ?? null,
  length: Number(a.length),
  entities: toNumber(entities),
});

async function list(db: Db): Promise<{ articles: ArticleSummary[] }> {
  const res = await db.read(
    // the count of mentions per article is its MENTIONED_IN degree, which Neo4j keeps per relationship
    // type on a dense node: no read of each mention (at 1M entities 2.8M db hits per call with the
    // label check on the far end). Only entities are ever MENTIONED_IN an article (write.ts).
    `MATCH (a:Article) RETURN ${SUMMARY} AS a, COUNT { (a)<-[:MENTIONED_IN]-() } AS entities ORDER BY a.year, a.id`,
  );
  return { articles: res.records.map((r) => summary(toPlain(r.get('a')) as Record<string, unknown>, r.get('entities'))) };
}

/**
 * Entities whose spans one article answer carries; a printed article names far fewer. At 1M synthetic
 * entities an article had 280k mention links, and reading them all (the start-up warm-up opens an
 * article) took 19 s of the server's CPU decoding one record and grew its RSS by ~300 MB. Past the cap
 * the spans are those of the first links read; `entities` still counts them all.
 */
export const ARTICLE_MENTIONS_CAP = 1000;

async function one(db: Db, id: string): Promise<ArticleDetail> {
  const res = await db.read(
    `MATCH (a:Article {id: $id})
     CALL (a) {
       OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a)
       WITH e, m LIMIT $cap
       WITH e, m WHERE e IS NOT NULL
       UNWIND range(0, size(m.starts) - 1) AS i
       RETURN collect({entityId: e.id, name: e.name, labels: [l IN labels(e) WHERE l <> 'Entity'], start: m.starts[i], end: m.ends[i]}) AS mentions
     }
     RETURN ${SUMMARY} AS a, a.text AS text, mentions, COUNT { (a)<-[:MENTIONED_IN]-() } AS entities`,
    { id, cap: neo4j.int(ARTICLE_MENTIONS_CAP) },
  );
  const rec = res.records[0];
  if (!rec) throw new NotFoundError('article_not_found', `no article with id "${id}"`, { id });
  const mentions = (toPlain(rec.get('mentions')) as ArticleDetail['mentions']).sort((x, y) => x.start - y.start);
  return { ...summary(toPlain(rec.get('a')) as Record<string, unknown>, rec.get('entities')), text: rec.get('text'), mentions };
}
