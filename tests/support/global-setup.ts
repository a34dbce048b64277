// Launches one embedded Neo4j in a temp home on a free port for the whole test run and seeds it
// with the curated graph. Tests that write get their own instance (see tests/support/neo4j.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildLauncher, launchEmbeddedNeo4j } from '../../neo4j-launcher/index.ts';
import { createDriver } from '../../server/src/store/db.ts';
import { compileSeed } from '../../graph-seed/src/compile.ts';
import { loadSeed } from '../../graph-seed/src/load.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    /** the shared instance's home: a command given NEO4J_HOME attaches to it (bolt.json) */
    neo4jHome: string;
  }
}

export default async function setup(project: TestProject) {
  buildLauncher();
  const home = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
  const neo4j = await launchEmbeddedNeo4j({ home });
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  try {
    await loadSeed(driver, compileSeed());
  } catch (err) {
    await neo4j.stop();
    throw err;
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jUser', neo4j.user);
  project.provide('neo4jPassword', neo4j.password);
  project.provide('neo4jHome', neo4j.home);
  return async () => {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
