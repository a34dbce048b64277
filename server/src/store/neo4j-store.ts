// The Neo4j implementation of the GraphStore port: one line per operation, each in its own module.
import type { Driver } from 'neo4j-driver';
import { health } from '../operations/health.ts';
import { overview } from '../operations/overview.ts';
import { stats } from '../operations/stats.ts';
import { createDb } from './db.ts';
import type { GraphStore } from './port.ts';

export function createNeo4jStore(driver: Driver, database?: string): GraphStore {
  const db = createDb(driver, database);
  return {
    health: () => health(db),
    stats: () => stats(db),
    overview: () => overview(db),
    close: () => driver.close(),
  };
}
