// node details: properties, aliases, figures, evidence, mentions per article, degree by type.
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { IdParamsSchema, NODE_FACTS_CAP, NODE_FACTS_OFFSET_MAX, NodeDetailsQuerySchema, NodeDetailsSchema, type NodeDetails, type NodeFact } from '../../../model/index.ts';
import { CANVAS_PROPERTY, decodeCanvasEdge, decodeCanvasNode, evidenceOf, figureOf, toDetailNode, toNumber, toPlain } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import { degreeOf, pageShares, typedReads } from './typed-reads.ts';
import { defineOperation } from './operation.ts';

// Counts per relation type and direction, each a typed `COUNT { }` that Neo4j answers from the node's
// degree store (a hub's 14.5k facts were 29k db hits when grouped from its relationships; these are 26).
// Fact types only ever join two entities, so no end label is needed (one would force a scan).
const DEGREE = degreeOf('n');

/**
 * An entity with at most FACTS_SCAN relationships has its facts ordered, most evidence first, and paged
 * through that order. A hub's pages are read a share per relation type and direction (typed-reads.ts),
 * in a second statement, each page ordered in itself: the best of the first 2,000 in store order was,
 * at the 121k-fact hub, all one relation type (10k db hits).
 */
export const FACTS_SCAN = 2000;

const FACT = (n: string) => `{canvas: r.${CANVAS_PROPERTY}, out: startNode(r) = ${n}, other: m.${CANVAS_PROPERTY}}`;
// ordered here by the evidence count the canvas values carry: ordering in Cypher read 1,000 evidence arrays
const HUB_FACTS = `MATCH (n) WHERE elementId(n) = $e
  ${typedReads('n', '', true)}
  RETURN collect(${FACT('n')}) AS facts`;

export const nodeDetails = defineOperation({
  summary: 'Entity details with evidence',
  params: IdParamsSchema,
  query: NodeDetailsQuerySchema,
  output: NodeDetailsSchema,
  errors: { 404: 'no entity with this id' },
  async run({ db }, { id, offset }): Promise<NodeDetails> {
    const res = await db.read<{
      n: Node;
      e: string;
      degree: Array<[string, unknown, unknown]>;
      mentions: Array<Record<string, unknown>>;
      ordered: boolean;
      facts: Array<{ canvas: string; out: boolean; other: string }>;
      figures: Array<Record<string, unknown>>;
    }>(
      `MATCH (n:Entity {id: $id})
       CALL (n) { OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(a:Article) WITH m, a ORDER BY a.year WHERE a IS NOT NULL
                  RETURN collect({article: a.id, headline: a.headline, year: a.year, count: m.count}) AS mentions }
       // the facts themselves, for the inspector: each one's cached canvas values and its other end's
       // (a hub's: see HUB_FACTS; the unwound list is empty for it, which the planner checks first)
       CALL (n) { UNWIND CASE WHEN COUNT { (n)--() } <= $scan THEN [n] ELSE [] END AS x
                  MATCH (x)-[r]-(m:Entity) WITH x, r, m ORDER BY size(r.ev_article) DESC, r.id SKIP $offset LIMIT $cap
                  RETURN collect(${FACT('x')}) AS facts }
       // its figures (Figure nodes, model/storage/figures.ts), oldest report first
       CALL (n) { MATCH (n)-[:HAS_FIGURE]->(f:Figure) WITH f ORDER BY f.report_year, f.article, f.start RETURN collect(properties(f)) AS figures }
       RETURN n, elementId(n) AS e, ${DEGREE} AS degree, COUNT { (n)--() } <= $scan AS ordered, mentions, facts, figures`,
      { id, cap: neo4j.int(NODE_FACTS_CAP), scan: neo4j.int(FACTS_SCAN), offset: neo4j.int(offset) },
    );
    const rec = res.records[0];
    if (!rec) throw new NotFoundError('entity_not_found', `no entity with id "${id}"`, { id });
    const n = rec.get('n');
    const degree: NodeDetails['degree'] = {};
    for (const [type, out, inn] of rec.get('degree')) if (toNumber(out) + toNumber(inn) > 0) degree[type] = { out: toNumber(out), in: toNumber(inn) };
    const props = toPlain(n.properties) as Record<string, unknown>;
    const factsTotal = Object.values(degree).reduce((sum, d) => sum + d.out + d.in, 0);
    let read = rec.get('facts');
    if (!rec.get('ordered') && offset < factsTotal) {
      const page = pageShares(rec.get('degree'), offset, NODE_FACTS_CAP);
      const ints = (xs: number[]) => xs.map((x) => neo4j.int(x));
      read = (await db.read<{ facts: typeof read }>(HUB_FACTS, { e: rec.get('e'), skip: ints(page.skip), share: ints(page.share) })).records[0].get('facts');
    }
    const next = offset + read.length;
    // the decoded edge itself becomes the fact (no copy per fact)
    const facts = read.map((f): NodeFact => Object.assign(decodeCanvasEdge(f.canvas), { direction: f.out ? ('out' as const) : ('in' as const), other: decodeCanvasNode(f.other) }));
    // most evidence first, as the statement for a smaller entity orders them (a no-op for its list)
    facts.sort((a, b) => b.evidence_count - a.evidence_count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      node: toDetailNode(n),
      facts,
      factsTotal,
      factsNext: read.length > 0 && next < factsTotal && next <= NODE_FACTS_OFFSET_MAX ? next : null,
      aliases: (props.aliases as string[]) ?? [],
      figures: rec.get('figures').map(figureOf),
      evidence: evidenceOf(props),
      mentions: rec.get('mentions').map((m) => ({
        article: String(m.article),
        headline: String(m.headline),
        year: m.year === null ? null : toNumber(m.year),
        count: toNumber(m.count),
      })),
      degree,
    };
  },
});
