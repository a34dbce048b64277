// subgraph: given entity ids, those entities and every relationship among them. The client uses it to
// restore a shared view and to connect the nodes of a path or a console result to the canvas.
import { SubgraphRequestSchema, SubgraphResultSchema, type SubgraphResult } from '../../../model/index.ts';
import { CANVAS_PROPERTY, fromCanvasCache } from '../../../model/storage/index.ts';
import { defineOperation } from './operation.ts';

export const subgraph = defineOperation({
  summary: 'These entities and every relationship among them',
  body: SubgraphRequestSchema,
  output: SubgraphResultSchema,
  async run({ db }, { ids }): Promise<SubgraphResult> {
    const res = await db.read<{ nodes: unknown[]; rels: unknown[] }>(
      `MATCH (n:Entity) WHERE n.id IN $ids
       WITH collect(n) AS nodes
       CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b IN nodes RETURN collect(r.${CANVAS_PROPERTY}) AS rels }
       RETURN [n IN nodes | n.${CANVAS_PROPERTY}] AS nodes, rels`,
      { ids: [...new Set(ids)] },
    );
    const rec = res.records[0];
    const payload = fromCanvasCache(rec.get('nodes'), rec.get('rels'));
    const found = new Set(payload.nodes.map((n) => n.id));
    return { ...payload, missing: ids.filter((id) => !found.has(id)) };
  },
});
