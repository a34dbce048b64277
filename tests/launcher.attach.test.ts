// A command started while another one runs the embedded Neo4j of the same home (seed, ingest or
// export while `npm start` runs) uses that Neo4j through its Bolt and the stored password instead of
// failing on the store lock, and leaves it running; when it cannot, it says why in one line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOLT_FILE, CREDENTIALS_FILE, findRunningNeo4j, freePort } from '../neo4j-launcher/index.ts';
import { readConfig } from '../server/src/config.ts';
import { openDatabase } from '../server/src/database.ts';
import { privateNeo4j, type PrivateNeo4j } from './support/neo4j.ts';

describe('openDatabase on a home already in use', () => {
  let db: PrivateNeo4j;
  beforeAll(async () => {
    db = await privateNeo4j();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('finds the running Neo4j through bolt.json', () => {
    expect(findRunningNeo4j(db.home)).toMatchObject({ uri: db.uri, port: db.port, ownerPid: process.pid, pid: db.pid(), user: db.user, password: db.password });
  });

  it('attaches to it with the stored credentials and leaves it running on close', async () => {
    await db.driver.executeQuery("CREATE (:Probe {name: 'written by the owner'})");
    const said: string[] = [];
    const attached = await openDatabase(readConfig({ NEO4J_HOME: db.home }), (msg) => said.push(msg));
    expect(attached.attached).toBe(true);
    expect(attached.embedded).toBeUndefined();
    expect(attached.uri).toBe(db.uri);
    expect(said.join('\n')).toMatch(/using the embedded Neo4j that process \d+ runs/);
    const { records } = await attached.driver.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
    expect(records.map((r) => r.get('name'))).toEqual(['written by the owner']);
    await attached.close();
    // the owner's Neo4j still serves
    const after = await db.driver.executeQuery('MATCH (p:Probe) RETURN count(p) AS n');
    expect(after.records[0].get('n').toNumber()).toBe(1);
  });
});

describe('openDatabase when the running Neo4j does not answer', () => {
  const home = mkdtempSync(join(tmpdir(), 'kg-test-attach-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('fails with one line that says why', async () => {
    const port = await freePort(); // nobody listens there
    writeFileSync(join(home, CREDENTIALS_FILE), JSON.stringify({ user: 'neo4j', password: 'x'.repeat(32), applied: true }), { mode: 0o600 });
    writeFileSync(join(home, BOLT_FILE), JSON.stringify({ uri: `bolt://127.0.0.1:${port}`, port, ownerPid: process.pid, pid: process.pid }), { mode: 0o600 });
    const error = await openDatabase(readConfig({ NEO4J_HOME: home })).then(
      () => undefined,
      (err: Error) => err,
    );
    expect(error?.message).toMatch(new RegExp(`is in use by the Neo4j that process ${process.pid} runs, but cannot connect to Neo4j at bolt://127.0.0.1:${port}`));
    expect(error?.message).not.toContain('\n');
  });

  it('ignores a bolt.json left by a process that is gone', () => {
    writeFileSync(join(home, BOLT_FILE), JSON.stringify({ uri: 'bolt://127.0.0.1:1', port: 1, ownerPid: 2 ** 22 + 12345, pid: 1 }), { mode: 0o600 });
    expect(findRunningNeo4j(home)).toBeUndefined();
  });
});
