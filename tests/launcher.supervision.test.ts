// When the embedded JVM dies (kill -9), the launcher says so and relaunches it on the same port with
// the same password: the driver the app holds works again, the data is intact, and /api/health is
// 503 meanwhile and 200 again within 30 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j-launcher/index.ts';
import { createDriver } from '../server/src/store/db.ts';
import { startTestServer, type TestServer } from './support/http.ts';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('a supervised embedded Neo4j', () => {
  const home = mkdtempSync(join(tmpdir(), 'kg-test-supervised-'));
  const said: string[] = [];
  let neo4j: EmbeddedNeo4j;
  let driver: ReturnType<typeof createDriver>;
  let api: TestServer;
  beforeAll(async () => {
    neo4j = await launchEmbeddedNeo4j({ home, say: (msg) => said.push(msg) });
    driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
    api = await startTestServer(driver);
  });
  afterAll(async () => {
    await api?.close();
    await driver?.close();
    await neo4j?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('comes back after kill -9 with its data, the same port and password, health 503 meanwhile', async () => {
    await driver.executeQuery("CREATE (:Probe {name: 'before the crash'})");
    expect((await api.get('/api/health')).status).toBe(200);
    const pid = neo4j.pid()!;
    process.kill(pid, 'SIGKILL');
    const killed = performance.now();

    const statuses = new Set<number>();
    let back = false;
    while (performance.now() - killed < 30_000) {
      const health = await api.get('/api/health');
      statuses.add(health.status);
      if (health.status === 200 && neo4j.pid() !== undefined && neo4j.pid() !== pid) {
        back = true;
        break;
      }
      await sleep(250);
    }
    expect(back, said.join('\n')).toBe(true);
    expect(statuses).toContain(503);
    expect(neo4j.restarts()).toBe(1);
    expect(said.join('\n')).toMatch(new RegExp(`embedded Neo4j \\(pid ${pid}\\) exited unexpectedly \\(SIGKILL\\)`));
    expect(said.join('\n')).toMatch(/embedded Neo4j is back \(pid \d+\)/);

    const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
    expect(records.map((r) => r.get('name'))).toEqual(['before the crash']);
  });
});
