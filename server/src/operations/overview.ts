// overview: the entity graph (without article mention links), capped.
import type { Node, Relationship } from 'neo4j-driver';
import type { Db } from '../store/db.ts';
import { toGraphPayload } from '../store/mapping.ts';
import type { GraphPayload } from '../types.ts';

export const OVERVIEW_NODE_CAP = 3000;

export async function overview(db: Db): Promise<GraphPayload> {
  const res = await db.read<{ nodes: Node[]; rels: Relationship[]; total: number }>(
    `MATCH (n:Entity) WITH n ORDER BY n.mention_count DESC, n.id LIMIT $cap
     WITH collect(n) AS nodes
     CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b IN nodes RETURN collect(r) AS rels }
     CALL () { MATCH (n:Entity) RETURN count(n) AS total }
     RETURN nodes, rels, total`,
    { cap: OVERVIEW_NODE_CAP },
  );
  const rec = res.records[0];
  return toGraphPayload(rec.get('nodes'), rec.get('rels'), Number(rec.get('total')) > OVERVIEW_NODE_CAP);
}
