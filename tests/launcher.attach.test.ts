// A command started while another one runs the embedded Neo4j of the same home (seed, ingest or
// export while `npm start` runs) uses that Neo4j through its Bolt and the stored password instead of
// failing on the store lock, and leaves it running; when it cannot, it says why in one line.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOLT_FILE, CREDENTIALS_FILE, findRunningNeo4j, freePort, launchEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j-launcher/index.ts';
import { readConfig } from '../server/src/config.ts';
import { openDatabase, type Database } from '../server/src/database.ts';
import { createDriver } from '../server/src/store/db.ts';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('openDatabase on a home already in use', () => {
  const home = mkdtempSync(join(tmpdir(), 'kg-test-owner-'));
  let owner: EmbeddedNeo4j | undefined;
  let attached: Database | undefined;
  afterAll(async () => {
    await attached?.close();
    await owner?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('waits for a Neo4j that is still starting, then attaches with the stored credentials', async () => {
    const launching = launchEmbeddedNeo4j({ home }).then((n) => (owner = n));
    while (!existsSync(join(home, BOLT_FILE))) await sleep(50);
    expect(findRunningNeo4j(home)).toMatchObject({ ownerPid: process.pid, ready: false });
    const said: string[] = [];
    attached = await openDatabase(readConfig({ NEO4J_HOME: home }), (msg) => said.push(msg));
    await launching;
    expect(said.join('\n')).toMatch(/waiting for the embedded Neo4j that process \d+ is starting/);
    expect(said.join('\n')).toMatch(/using the embedded Neo4j that process \d+ runs/);
    expect(attached.attached).toBe(true);
    expect(attached.embedded).toBeUndefined();
    expect(attached.uri).toBe(owner!.uri);
    expect(findRunningNeo4j(home)).toMatchObject({ uri: owner!.uri, ready: true, pid: owner!.pid(), user: owner!.user, password: owner!.password });
  });

  it('reads and writes through it, and leaves it running on close', async () => {
    await attached!.driver.executeQuery("CREATE (:Probe {name: 'written by the attached command'})");
    await attached!.close();
    attached = undefined;
    const driver = createDriver(owner!.uri, owner!.user, owner!.password);
    try {
      const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
      expect(records.map((r) => r.get('name'))).toEqual(['written by the attached command']);
    } finally {
      await driver.close();
    }
  });
});

describe('openDatabase when the running Neo4j does not answer', () => {
  const home = mkdtempSync(join(tmpdir(), 'kg-test-attach-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('fails with one line that says why', async () => {
    const port = await freePort(); // nobody listens there
    writeFileSync(join(home, CREDENTIALS_FILE), JSON.stringify({ user: 'neo4j', password: 'x'.repeat(32), applied: true }), { mode: 0o600 });
    writeFileSync(join(home, BOLT_FILE), JSON.stringify({ uri: `bolt://127.0.0.1:${port}`, port, ownerPid: process.pid, pid: process.pid, ready: true }), { mode: 0o600 });
    const error = await openDatabase(readConfig({ NEO4J_HOME: home })).then(
      () => undefined,
      (err: Error) => err,
    );
    expect(error?.message).toMatch(new RegExp(`is in use by the Neo4j that process ${process.pid} runs, but cannot connect to Neo4j at bolt://127.0.0.1:${port}`));
    expect(error?.message).not.toContain('\n');
  });

  it('ignores a bolt.json left by a process that is gone', () => {
    writeFileSync(join(home, BOLT_FILE), JSON.stringify({ uri: 'bolt://127.0.0.1:1', port: 1, ownerPid: 2 ** 22 + 12345, pid: 1, ready: true }), { mode: 0o600 });
    expect(findRunningNeo4j(home)).toBeUndefined();
  });
});
