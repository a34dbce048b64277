// overview: the entity graph filtered by labels, relationship types, articles and "as reported by"
// year, capped. Mention links to articles are not part of it (articles have their own endpoint).
// At scale it is a sample and says so: the `limit` most-mentioned entities of `total` (the count store's
// count of the entities it ranks from, when no filter but labels narrows them), "500 of 1,000,000".
// Without a limit it shows OVERVIEW_DEFAULT entities, or OVERVIEW_AT_SCALE on a graph past OVERVIEW_SCALE.
import neo4j from 'neo4j-driver';
import { OVERVIEW_AT_SCALE, OVERVIEW_DEFAULT, OVERVIEW_SCALE, OverviewQuerySchema, OverviewResultSchema, RELATION_TYPE_NAMES, type OverviewQuery, type OverviewResult } from '../../../model/index.ts';
import { CANVAS_PROPERTY, fromCanvasCache, toNumber } from '../../../model/storage/index.ts';
import type { Db } from '../store/db.ts';
import { countStore } from './stats.ts';
import { defineOperation } from './operation.ts';

export const overview = defineOperation({
  summary: 'Filtered overview (the start view is its most-mentioned entities: limit=40); total says how many it samples from',
  query: OverviewQuerySchema,
  output: OverviewResultSchema,
  run: ({ db }, q) => run(db, q),
});

// The most-mentioned first, read in the order of the mention-count index (write.ts) and stopped after
// limit + 1: at 1M entities the sort of every entity was 4M db hits and 324 MB per call. The filters
// are checked on the way; one more than the limit says whether the view is truncated. The entity's own
// year and articles are checked before its mention links (the planner keeps the order of an OR): the
// start view read 20 mention links per entity to learn what first_reported already said (1,056 → 168).
const NODES = `MATCH (n:Entity)
  WHERE n.mention_count >= 0
    AND ($labels = [] OR any(l IN labels(n) WHERE l IN $labels))
    AND ($status IS NULL OR n.status = $status)
    AND ((n.first_reported <= $year AND ($articles = [] OR any(x IN n.articles WHERE replace(x, '.txt', '') IN $articles)))
         // names split by the page layout are never matched as mentions; their evidence still counts
         OR EXISTS { MATCH (n)-[:MENTIONED_IN]->(a:Article) WHERE a.year <= $year AND ($articles = [] OR a.id IN $articles) })
  WITH n ORDER BY n.mention_count DESC, n.id
  LIMIT $limit + 1
  RETURN elementId(n) AS e, n.${CANVAS_PROPERTY} AS canvas`;

// Facts among the chosen entities: each one's outgoing facts (typed, so its mention links are not read),
// the other end checked against the ids sent as a parameter (Neo4j hashes a parameter list for IN; the
// list built inside the statement was searched row by row). 138k → see ARCHITECTURE.md "Scale".
const FACTS = `UNWIND $nodes AS ae MATCH (a) WHERE elementId(a) = ae
  MATCH (a)-[r:${RELATION_TYPE_NAMES.join('|')}]->(b)
  WHERE elementId(b) IN $nodes AND ($types = [] OR type(r) IN $types)
    AND ($year >= 9999 OR r.first_reported <= $year)
    AND ($articles = [] OR any(x IN r.articles WHERE replace(x, '.txt', '') IN $articles))
  RETURN collect(r.${CANVAS_PROPERTY}) AS rels`;

async function run(db: Db, q: OverviewQuery): Promise<OverviewResult> {
  return db.readTx(async (tx) => {
    // no limit asked: the graph's size picks it (the count store, O(1))
    const entities = q.limit ? undefined : toNumber((await tx.run(ENTITIES)).records[0].get('c'));
    const limit = q.limit || (entities! > OVERVIEW_SCALE ? OVERVIEW_AT_SCALE : OVERVIEW_DEFAULT);
    const params = { labels: q.labels ?? [], types: q.types ?? [], articles: q.articles, year: neo4j.int(q.reportedBy), status: q.status ?? null, limit: neo4j.int(limit) };
    const ranked = (await tx.run(NODES, params)).records;
    const chosen = ranked.slice(0, limit);
    const nodes = chosen.map((r) => String(r.get('e')));
    const rels = nodes.length ? (await tx.run(FACTS, { ...params, nodes })).records[0].get('rels') : [];
    const truncated = ranked.length > limit;
    const unfiltered = !q.labels?.length && !q.articles.length && q.reportedBy >= 9999 && !q.status;
    const total = !truncated ? chosen.length : unfiltered ? (entities ?? toNumber((await tx.run(ENTITIES)).records[0].get('c'))) : await entityCount(tx, q);
    return { ...fromCanvasCache(chosen.map((r) => r.get('canvas')), rels, truncated), total };
  });
}

const ENTITIES = 'MATCH (n:Entity) RETURN count(n) AS c';

/** How many entities a filtered view was chosen from: the count store's, when only labels filter (O(1)). */
async function entityCount(tx: Parameters<Parameters<Db['readTx']>[0]>[0], q: OverviewQuery): Promise<number | null> {
  if (q.articles.length || q.reportedBy < 9999 || q.status) return null;
  const { labels } = await countStore(tx);
  return q.labels.reduce((sum, l) => sum + (labels.get(l) ?? 0), 0);
}
