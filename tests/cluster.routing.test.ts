// The server as it runs against a cluster or Aura: a `neo4j://` routing driver (here to one embedded
// Neo4j, which answers the routing table as a single-member cluster), reads in READ sessions, writes
// in WRITE sessions, and one bookmark manager shared by every session of the driver, so a read on any
// other session begins after the write before it (on a cluster a reader might otherwise lag).
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createDriver } from '../server/src/store/db.ts';
import { privateNeo4j, type PrivateNeo4j } from './support/neo4j.ts';

let neo: PrivateNeo4j;
let driver: Driver;

beforeAll(async () => {
  neo = await privateNeo4j();
  driver = createDriver(neo.uri.replace(/^bolt:/, 'neo4j:'), neo.user, neo.password);
}, 180_000);
afterAll(async () => {
  await driver?.close();
  await neo?.dispose();
});

describe('a neo4j:// routing driver', () => {
  it('routes: a READ session is served by a reader of the routing table', async () => {
    await driver.verifyConnectivity();
    // the first query of a fresh Neo4j on a loaded machine can take seconds
    const res = await createDb(driver).read('RETURN 1 AS one', {}, 60_000);
    expect(res.records[0].get('one').toNumber()).toBe(1);
    expect(res.summary.server.address).toBeTruthy();
  });

  it('reads its own write on another session: both sessions carry the driver\'s bookmarks', async () => {
    const writer = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await writer.executeWrite((tx) => tx.run('CREATE (:Probe {id: $id})', { id: 'after-write' }));
    } finally {
      await writer.close();
    }
    // the write's bookmark is in the shared manager, so the next session waits for it
    const written = writer.lastBookmarks();
    expect(written.length).toBeGreaterThan(0);
    expect(await driver.executeQueryBookmarkManager.getBookmarks()).toEqual(expect.arrayContaining(written));
    const res = await createDb(driver).read('MATCH (p:Probe {id: $id}) RETURN count(p) AS n', { id: 'after-write' });
    expect(res.records[0].get('n').toNumber()).toBe(1);
  });

  it('executeQuery writes (the default, routed to the leader) are seen by the next READ session too', async () => {
    await driver.executeQuery('CREATE (:Probe {id: $id})', { id: 'execute-query' });
    const res = await createDb(driver).readTx((tx) => tx.run('MATCH (p:Probe {id: $id}) RETURN count(p) AS n', { id: 'execute-query' }));
    expect(res.records[0].get('n').toNumber()).toBe(1);
  });
});
