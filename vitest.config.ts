// Test runner config: one real embedded Neo4j for the whole run (tests/support/global-setup.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'server/**/*.test.ts', 'graph-seed/**/*.test.ts', 'client/**/*.test.ts', 'ingest/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: a few forks keep the JVM responsive.
    maxWorkers: 2,
  },
});
