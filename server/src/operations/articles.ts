// articles: the list of source articles, and one article with its full text and every mention span
// (for the reader's highlighting).
import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { toNumber, toPlain } from '../store/values.ts';
import { idParam } from './params.ts';

export const ArticleParamsSchema = z.object({ id: idParam.transform((s) => s.replace(/\.txt$/, '')) });

export interface ArticleSummary {
  id: string;
  file: string;
  headline: string;
  byline: string;
  reporters: string[];
  year: number;
  newspaper: string;
  length: number;
  entities: number;
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  mentions: Array<{ entityId: string; name: string; labels: string[]; start: number; end: number }>;
}

const SUMMARY = `a {.id, .file, .headline, .byline, .reporters, .year, .newspaper, .length}`;

export async function listArticles(db: Db): Promise<{ articles: ArticleSummary[] }> {
  const res = await db.read(
    `MATCH (a:Article) RETURN ${SUMMARY} AS a, COUNT { (:Entity)-[:MENTIONED_IN]->(a) } AS entities ORDER BY a.year, a.id`,
  );
  return { articles: res.records.map((r) => ({ ...(toPlain(r.get('a')) as ArticleSummary), entities: toNumber(r.get('entities')) })) };
}

export async function getArticle(db: Db, id: string): Promise<ArticleDetail> {
  const res = await db.read(
    `MATCH (a:Article {id: $id})
     CALL (a) {
       OPTIONAL MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
       WITH e, m WHERE e IS NOT NULL
       UNWIND range(0, size(m.starts) - 1) AS i
       RETURN collect({entityId: e.id, name: e.name, labels: [l IN labels(e) WHERE l <> 'Entity'], start: m.starts[i], end: m.ends[i]}) AS mentions
     }
     RETURN ${SUMMARY} AS a, a.text AS text, mentions, COUNT { (:Entity)-[:MENTIONED_IN]->(a) } AS entities`,
    { id },
  );
  const rec = res.records[0];
  if (!rec) throw new NotFoundError(`no article with id "${id}"`);
  const mentions = (toPlain(rec.get('mentions')) as ArticleDetail['mentions']).sort((x, y) => x.start - y.start);
  return { ...(toPlain(rec.get('a')) as ArticleSummary), entities: toNumber(rec.get('entities')), text: rec.get('text'), mentions };
}
