// Test helpers: the shared (read-only) seeded Neo4j, and private instances for tests that write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { launchEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j-launcher/index.ts';
import { createDriver } from '../../server/src/store/db.ts';

/** A driver to the shared seeded database. Tests must not write through it. */
export function sharedDriver(): Driver {
  return createDriver(inject('neo4jUri'), inject('neo4jUser'), inject('neo4jPassword'));
}

export interface PrivateNeo4j extends EmbeddedNeo4j {
  driver: Driver;
  dispose(): Promise<void>;
}

/** A fresh, empty Neo4j of the test's own (temp home, free port). */
export async function privateNeo4j(): Promise<PrivateNeo4j> {
  const home = mkdtempSync(join(tmpdir(), 'kg-test-private-'));
  const neo4j = await launchEmbeddedNeo4j({ home });
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  return {
    ...neo4j,
    driver,
    async dispose() {
      await driver.close();
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
