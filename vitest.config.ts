// Test runner config: one real embedded Neo4j for the whole run (tests/support/global-setup.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'server/**/*.test.ts', 'graph-seed/**/*.test.ts', 'client/**/*.test.ts', 'ingest/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One file at a time: several tests measure latency (health under a runaway query, timeouts)
    // and each private Neo4j is a JVM; on two cores, parallel files would make those numbers noise.
    fileParallelism: false,
  },
});
