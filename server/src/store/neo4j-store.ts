// The Neo4j implementation of the GraphStore port: one line per operation, each in its own module.
import type { Driver } from 'neo4j-driver';
import { getArticle, listArticles } from '../operations/articles.ts';
import { DEFAULT_CYPHER_LIMITS, runCypher } from '../operations/cypher.ts';
import { edgeDetails } from '../operations/edge-details.ts';
import { exportSubgraph } from '../operations/export-subgraph.ts';
import { health } from '../operations/health.ts';
import { neighbors } from '../operations/neighbors.ts';
import { nodeDetails } from '../operations/node-details.ts';
import { overview } from '../operations/overview.ts';
import { paths } from '../operations/paths.ts';
import { schema } from '../operations/schema.ts';
import { search } from '../operations/search.ts';
import { subgraph } from '../operations/subgraph.ts';
import { stats } from '../operations/stats.ts';
import { createDb } from './db.ts';
import type { GraphStore } from './port.ts';

export function createNeo4jStore(driver: Driver, database?: string): GraphStore {
  const db = createDb(driver, database);
  return {
    health: () => health(db),
    stats: () => stats(db),
    overview: (q) => overview(db, q),
    search: (q) => search(db, q),
    node: (id) => nodeDetails(db, id),
    edge: (id) => edgeDetails(db, id),
    neighbors: (id, q) => neighbors(db, id, q),
    paths: (q) => paths(db, q),
    subgraph: (r) => subgraph(db, r),
    schema: () => schema(db),
    articles: () => listArticles(db),
    article: (id) => getArticle(db, id),
    exportSubgraph: (source, options) => exportSubgraph(db, source, options),
    cypher: (input, limits = DEFAULT_CYPHER_LIMITS) => runCypher(db, input, limits),
    close: () => driver.close(),
  };
}
