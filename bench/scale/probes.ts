// The entities and fact every scale measurement asks about, chosen the same way by bench:scale and
// server-cost.ts so their cases name the same calls: the biggest hub (entity 0), a mid-degree entity,
// a leaf (the last entity), one of the leaf's facts and a two-character word of a name.
import type { Driver } from 'neo4j-driver';
import type { SyntheticGraph } from './generate.ts';

export interface Probes {
  hub: string;
  mid: string;
  leaf: string;
  /** a fact of the leaf: the edge-details case */
  edge: string;
  /** the first two characters of a mid entity's name: the search case */
  word: string;
}

export async function probes(graph: SyntheticGraph, driver: Driver): Promise<Probes> {
  const n = graph.plan.entities;
  const leaf = graph.idOf(n - 1);
  const fact = await driver.executeQuery('MATCH (:Entity {id: $id})-[r]->(:Entity) RETURN r.id AS id LIMIT 1', { id: leaf });
  return {
    hub: graph.idOf(0),
    mid: graph.idOf(Math.min(n - 1, 1000)),
    leaf,
    edge: String(fact.records[0].get('id')),
    word: String(graph.entity(1000).props.name).slice(0, 2),
  };
}
