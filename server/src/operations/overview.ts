// overview: the entity graph filtered by labels, relationship types, articles and "as reported by"
// year, capped. Mention links to articles are not part of it (articles have their own endpoint).
import neo4j from 'neo4j-driver';
import { GraphPayloadSchema, OverviewQuerySchema, type GraphPayload, type OverviewQuery } from '../../../model/index.ts';
import { CANVAS_PROPERTY, fromCanvasCache } from '../../../model/storage/index.ts';
import type { Db } from '../store/db.ts';
import { defineOperation } from './operation.ts';

export const overview = defineOperation({
  summary: 'Filtered overview (the start view is its most-mentioned entities: limit=40)',
  query: OverviewQuerySchema,
  output: GraphPayloadSchema,
  run: ({ db }, q) => run(db, q),
});

async function run(db: Db, q: OverviewQuery): Promise<GraphPayload> {
  const res = await db.read<{ nodes: unknown[]; rels: unknown[]; total: number }>(
    // The most-mentioned first, read in the order of the mention-count index (write.ts) and stopped after
    // limit + 1: at 1M entities the sort of every entity was 4M db hits and 324 MB per call. The filters
    // are checked on the way; one more than the limit says whether the view is truncated.
    `MATCH (n:Entity)
     WHERE n.mention_count >= 0
       AND ($labels = [] OR any(l IN labels(n) WHERE l IN $labels))
       AND ($status IS NULL OR n.status = $status)
       AND (EXISTS { MATCH (n)-[:MENTIONED_IN]->(a:Article) WHERE a.year <= $year AND ($articles = [] OR a.id IN $articles) }
            // names split by the page layout are never matched as mentions; their evidence still counts
            OR (n.first_reported <= $year AND ($articles = [] OR any(x IN n.articles WHERE replace(x, '.txt', '') IN $articles))))
     WITH n ORDER BY n.mention_count DESC, n.id
     LIMIT $limit + 1
     WITH collect(n) AS ranked
     WITH ranked[0..$limit] AS nodes, size(ranked) AS total
     CALL (nodes) {
       UNWIND nodes AS a MATCH (a)-[r]->(b:Entity)
       WHERE b IN nodes AND ($types = [] OR type(r) IN $types)
         AND r.first_reported <= $year
         AND ($articles = [] OR any(x IN r.articles WHERE replace(x, '.txt', '') IN $articles))
       RETURN collect(r.${CANVAS_PROPERTY}) AS rels }
     RETURN [n IN nodes | n.${CANVAS_PROPERTY}] AS nodes, rels, total`,
    {
      labels: q.labels ?? [],
      types: q.types ?? [],
      articles: q.articles,
      year: neo4j.int(q.reportedBy),
      status: q.status ?? null,
      limit: neo4j.int(q.limit),
    },
  );
  const rec = res.records[0];
  return fromCanvasCache(rec.get('nodes'), rec.get('rels'), Number(rec.get('total')) > q.limit);
}
