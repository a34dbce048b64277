// neighbours: the subgraph around an entity, breadth-first up to 3 hops, capped. Over the cap the
// answer says what was left out per relationship type and label, so the client can offer "N more".
// Breadth-first by layers (one statement per hop) instead of variable-length paths: a hub such as
// 市中区 has hundreds of neighbours, and enumerating 3-hop paths from it is needlessly expensive.
import { z } from 'zod';
import neo4j from 'neo4j-driver';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { canvasEdge, canvasNode, fromCanvasProjection } from '../store/mapping.ts';
import type { GraphPayload } from '../types.ts';
import { boundedInt, idParam, labelsParam, typesParam } from './params.ts';

export const NeighborsQuerySchema = z.object({
  depth: boundedInt(1, 3, 1),
  types: typesParam,
  labels: labelsParam,
  limit: boundedInt(1, 1000, 100),
});
export type NeighborsQuery = z.output<typeof NeighborsQuerySchema>;
export const NeighborsParamsSchema = z.object({ id: idParam });

export interface NeighborsResult extends GraphPayload {
  center: string;
  /** neighbours that exist beyond the cap: total and per relationship type / label */
  omitted: { total: number; byType: Record<string, number>; byLabel: Record<string, number> };
}

interface Found {
  id: string;
  via: string;
  label: string;
  weight: number;
}

export async function neighbors(db: Db, id: string, q: NeighborsQuery): Promise<NeighborsResult> {
  const types = q.types ?? [];
  const labels = q.labels ?? [];
  return db.readTx(async (tx) => {
    const exists = await tx.run('MATCH (c:Entity {id: $id}) RETURN c.id AS id', { id });
    if (!exists.records.length) throw new NotFoundError(`no entity with id "${id}"`);

    const seen = new Set([id]);
    const found: Found[] = [];
    let frontier = [id];
    for (let hop = 1; hop <= q.depth && frontier.length; hop++) {
      const res = await tx.run(
        `UNWIND $frontier AS fid
         MATCH (f:Entity {id: fid})-[r]-(m:Entity)
         WHERE NOT m.id IN $seen AND ($types = [] OR type(r) IN $types)
           AND ($labels = [] OR any(l IN labels(m) WHERE l IN $labels))
         WITH m, collect(type(r))[0] AS via
         RETURN m.id AS id, via, [l IN labels(m) WHERE l <> 'Entity'][0] AS label, coalesce(m.mention_count, 0) AS weight
         ORDER BY weight DESC, id`,
        { frontier, seen: [...seen], types, labels },
      );
      frontier = [];
      for (const r of res.records) {
        const f = { id: r.get('id'), via: r.get('via'), label: r.get('label'), weight: Number(r.get('weight')) };
        seen.add(f.id);
        frontier.push(f.id);
        found.push(f);
      }
    }

    const kept = found.slice(0, q.limit);
    const left = found.slice(q.limit);
    const omitted = { total: left.length, byType: {} as Record<string, number>, byLabel: {} as Record<string, number> };
    for (const f of left) {
      omitted.byType[f.via] = (omitted.byType[f.via] ?? 0) + 1;
      omitted.byLabel[f.label] = (omitted.byLabel[f.label] ?? 0) + 1;
    }

    const ids = [id, ...kept.map((f) => f.id)];
    const sub = await tx.run<{ nodes: unknown[]; rels: unknown[] }>(
      `MATCH (n:Entity) WHERE n.id IN $ids
       WITH collect(n) AS nodes
       CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b IN nodes AND ($types = [] OR type(r) IN $types) RETURN collect(${canvasEdge('r')}) AS rels }
       RETURN [n IN nodes | ${canvasNode('n')}] AS nodes, rels`,
      { ids, types, limit: neo4j.int(q.limit) },
    );
    const rec = sub.records[0];
    return { ...fromCanvasProjection(rec.get('nodes'), rec.get('rels'), left.length > 0), center: id, omitted };
  });
}
