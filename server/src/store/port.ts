// The one typed port to the graph store. Routes call this; only operations hold Cypher.
import type { GraphPayload, Health, Stats } from '../types.ts';

export interface GraphStore {
  health(): Promise<Health>;
  stats(): Promise<Stats>;
  overview(): Promise<GraphPayload>;
  close(): Promise<void>;
}
