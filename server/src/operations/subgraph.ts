// subgraph: given entity ids, those entities and every relationship among them. The client uses it to
// restore a shared view and to connect newly added nodes to the canvas (not the rate-limited console).
import { z } from 'zod';
import type { Db } from '../store/db.ts';
import { canvasEdge, canvasNode, fromCanvasProjection } from '../store/canvas.ts';
import type { GraphPayload } from '../types.ts';
import { idParam } from './params.ts';

export const SUBGRAPH_ID_CAP = 5000;

export const SubgraphRequestSchema = z.object({
  ids: z
    .array(idParam, { error: 'ids must be a list of entity ids' })
    .min(1, 'ids must name at least one entity')
    .max(SUBGRAPH_ID_CAP, `ids may name at most ${SUBGRAPH_ID_CAP} entities`),
});
export type SubgraphRequest = z.output<typeof SubgraphRequestSchema>;

export async function subgraph(db: Db, { ids }: SubgraphRequest): Promise<GraphPayload & { missing: string[] }> {
  const res = await db.read<{ nodes: unknown[]; rels: unknown[] }>(
    `MATCH (n:Entity) WHERE n.id IN $ids
     WITH collect(n) AS nodes
     CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b IN nodes RETURN collect(${canvasEdge('r')}) AS rels }
     RETURN [n IN nodes | ${canvasNode('n')}] AS nodes, rels`,
    { ids: [...new Set(ids)] },
  );
  const rec = res.records[0];
  const payload = fromCanvasProjection(rec.get('nodes'), rec.get('rels'));
  const found = new Set(payload.nodes.map((n) => n.id));
  return { ...payload, missing: ids.filter((id) => !found.has(id)) };
}
