// The console refuses every write, admin, file and escape attempt in a corpus of them, through the
// real HTTP API on the shared seeded Neo4j, and the database is unchanged afterwards (checksum).
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../server/src/errors.ts';
import { checkPlan } from '../server/src/operations/cypher-guard.ts';
import { createDb } from '../server/src/store/db.ts';
import { dbChecksum, type DbChecksum } from './support/db-checksum.ts';
import { startTestServer, type TestServer } from './support/http.ts';
import { sharedDriver } from './support/neo4j.ts';

interface Attempt {
  /** what the console must refuse */
  refuses: string;
  query: string;
  params?: Record<string, unknown>;
  /** 403 when the guard refuses it; 400 when Neo4j cannot even parse it; 422 when it would outrun what the
   * database can stop (memory, one expression) — nothing runs in any case */
  status?: 400 | 403 | 422;
}

const FILE = "'file:///etc/passwd'";

export const ATTEMPTS: Attempt[] = [
  // plain writes
  { refuses: 'CREATE of a node', query: 'CREATE (n:Probe {x: 1})' },
  { refuses: 'CREATE of a relationship between existing nodes', query: 'MATCH (a:Area), (b:Park) WITH a, b LIMIT 1 CREATE (a)-[:PROBE]->(b)' },
  { refuses: 'CREATE of a named path', query: 'CREATE p = (:Probe)-[:PROBE]->(:Probe) RETURN p' },
  { refuses: 'MERGE', query: "MERGE (n:Probe {id: 'x'}) RETURN n" },
  { refuses: 'MERGE with ON MATCH SET', query: "MERGE (n:Entity {id: 'e-9d0bc0e6f82e'}) ON MATCH SET n.name = 'pwned' RETURN n" },
  { refuses: 'SET of a property', query: "MATCH (n:Entity) SET n.name = 'pwned'" },
  { refuses: 'SET of a label', query: 'MATCH (n:Entity) SET n:Probe' },
  { refuses: 'SET += from a map', query: "MATCH (n:Article) SET n += {headline: 'pwned'}" },
  { refuses: 'REMOVE of a property', query: 'MATCH (n:Entity) REMOVE n.name' },
  { refuses: 'REMOVE of a label', query: 'MATCH (n:Area) REMOVE n:Area' },
  { refuses: 'DELETE of nodes', query: 'MATCH (n:Article) DELETE n' },
  { refuses: 'DETACH DELETE of everything', query: 'MATCH (n) DETACH DELETE n' },
  { refuses: 'DELETE of relationships', query: 'MATCH ()-[r]->() DELETE r' },
  { refuses: 'FOREACH with CREATE', query: 'FOREACH (x IN range(1, 3) | CREATE (:Probe {x: x}))' },
  { refuses: 'FOREACH with MERGE', query: 'FOREACH (x IN [1] | MERGE (:Probe {x: x}))' },
  { refuses: 'UNWIND into CREATE', query: 'UNWIND range(1, 10) AS i CREATE (:Probe {i: i})' },
  // writes hidden in subqueries, UNION and CASE
  { refuses: 'a write hidden in a CALL subquery', query: 'CALL { CREATE (n:Probe) RETURN n } RETURN n' },
  { refuses: 'a write hidden in a scoped CALL subquery', query: 'MATCH (n:Entity) CALL (n) { SET n.touched = true } RETURN count(*)' },
  { refuses: 'a write hidden in an old-style importing subquery', query: 'MATCH (n:Article) CALL { WITH n DETACH DELETE n } RETURN count(*)' },
  { refuses: 'a write hidden in the second branch of a UNION', query: 'RETURN 1 AS x UNION CREATE (n:Probe) RETURN 2 AS x' },
  { refuses: 'a write hidden in a UNION ALL', query: 'MATCH (n:Area) RETURN n.id AS x UNION ALL MATCH (n:Article) DETACH DELETE n RETURN 1 AS x' },
  { refuses: 'a write chosen by CASE inside FOREACH', query: 'MATCH (n:Entity) FOREACH (_ IN CASE WHEN n.name IS NOT NULL THEN [1] ELSE [] END | SET n.touched = true)' },
  { refuses: 'a write after a CASE projection', query: "MATCH (n) WITH n, CASE WHEN n:Article THEN 'a' ELSE 'e' END AS k SET n.kind = k" },
  { refuses: 'a write after a read that looks harmless', query: 'MATCH (n:Entity) WITH n LIMIT 1 OPTIONAL MATCH (m:Park) WITH n, m MERGE (n)-[:PROBE]->(m)' },
  // LOAD CSV (files and URLs)
  { refuses: 'LOAD CSV of a local file', query: `LOAD CSV FROM ${FILE} AS line RETURN line` },
  { refuses: 'LOAD CSV WITH HEADERS from a URL', query: "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row" },
  { refuses: 'lower-case load csv', query: `load csv from ${FILE} as l return l` },
  { refuses: 'LOAD CSV after a MATCH', query: `MATCH (n:Article) WITH n LIMIT 1 LOAD CSV FROM ${FILE} AS l RETURN n, l` },
  { refuses: 'LOAD CSV feeding a write', query: `LOAD CSV FROM ${FILE} AS l CREATE (:Probe {l: l})` },
  { refuses: 'LOAD CSV inside a subquery', query: `CALL { LOAD CSV FROM ${FILE} AS l RETURN l } RETURN l` },
  // procedures off the allowlist
  { refuses: 'dbms.listConfig', query: 'CALL dbms.listConfig() YIELD name, value RETURN name, value' },
  { refuses: 'dbms.components (allowed for /api/health, not for the console)', query: 'CALL dbms.components()' },
  { refuses: 'dbms.showCurrentUser', query: 'CALL dbms.showCurrentUser()' },
  { refuses: 'dbms.listConnections', query: 'CALL dbms.listConnections()' },
  { refuses: 'dbms.setConfigValue', query: "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')" },
  { refuses: 'dbms.security.createUser', query: "CALL dbms.security.createUser('eve', 'secret', false)" },
  { refuses: 'db.createLabel', query: "CALL db.createLabel('Probe')" },
  { refuses: 'db.createProperty', query: "CALL db.createProperty('probe')" },
  { refuses: 'db.createRelationshipType', query: "CALL db.createRelationshipType('PROBE')" },
  { refuses: 'db.create.setNodeVectorProperty', query: "MATCH (n:Area) CALL db.create.setNodeVectorProperty(n, 'v', [1.0, 2.0]) RETURN n" },
  { refuses: 'db.clearQueryCaches', query: 'CALL db.clearQueryCaches()' },
  { refuses: 'db.info (read-only, but off the allowlist)', query: 'CALL db.info()' },
  { refuses: 'db.stats.retrieve', query: "CALL db.stats.retrieve('GRAPH COUNTS')" },
  { refuses: 'tx.setMetaData', query: "CALL tx.setMetaData({owner: 'eve'})" },
  { refuses: 'a procedure that would run Cypher text', query: "CALL apoc.cypher.run('MATCH (n) DETACH DELETE n', {})" },
  { refuses: 'an allowlisted procedure feeding a write', query: "CALL db.index.fulltext.queryNodes('entity_fulltext', '市中') YIELD node SET node.touched = true" },
  { refuses: 'a disallowed procedure after an allowed one', query: "CALL db.labels() YIELD label CALL db.createLabel(label + 'X') RETURN label" },
  { refuses: 'a procedure name in backticks', query: 'CALL `dbms`.`listConfig`()' },
  { refuses: 'a whole procedure name in one pair of backticks', query: 'CALL `dbms.listConfig`()' },
  { refuses: 'a procedure name split by a comment', query: 'CALL dbms /* hidden */ . listConfig()' },
  { refuses: 'a procedure name in mixed case', query: 'cAlL DbMs.LiStCoNfIg()' },
  { refuses: 'a procedure inside a subquery', query: 'CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN name' },
  // schema and administration
  { refuses: 'CREATE INDEX', query: 'CREATE INDEX probe_index FOR (n:Probe) ON (n.x)' },
  { refuses: 'CREATE CONSTRAINT', query: 'CREATE CONSTRAINT probe_unique FOR (n:Probe) REQUIRE n.x IS UNIQUE' },
  { refuses: 'CREATE FULLTEXT INDEX', query: 'CREATE FULLTEXT INDEX probe_ft FOR (n:Probe) ON EACH [n.x]' },
  { refuses: 'DROP INDEX', query: 'DROP INDEX entity_fulltext IF EXISTS' },
  { refuses: 'DROP CONSTRAINT', query: 'DROP CONSTRAINT entity_id IF EXISTS' },
  { refuses: 'CREATE USER', query: "CREATE USER eve SET PASSWORD 'secret-password' CHANGE NOT REQUIRED" },
  { refuses: 'ALTER USER', query: "ALTER USER neo4j SET PASSWORD 'secret-password'" },
  { refuses: 'CREATE DATABASE', query: 'CREATE DATABASE probe' },
  { refuses: 'STOP DATABASE', query: 'STOP DATABASE neo4j' },
  { refuses: 'GRANT', query: 'GRANT ROLE admin TO eve' },
  { refuses: 'SHOW USERS', query: 'SHOW USERS' },
  { refuses: 'SHOW PRIVILEGES', query: 'SHOW PRIVILEGES' },
  { refuses: 'SHOW CURRENT USER', query: 'SHOW CURRENT USER' },
  { refuses: 'SHOW DATABASES', query: 'SHOW DATABASES' },
  { refuses: 'SHOW SETTINGS', query: 'SHOW SETTINGS YIELD name, value RETURN name, value' },
  { refuses: 'SHOW TRANSACTIONS (other clients’ queries)', query: 'SHOW TRANSACTIONS' },
  { refuses: 'TERMINATE TRANSACTIONS', query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'" },
  { refuses: 'SHOW PROCEDURES (lists what the server can do)', query: 'SHOW PROCEDURES' },
  // other databases
  { refuses: 'USE system with a read', query: 'USE system MATCH (n) RETURN n' },
  { refuses: 'USE system with an admin command', query: 'USE system SHOW USERS' },
  { refuses: 'USE system with an allowed procedure', query: 'USE system CALL db.labels()' },
  { refuses: 'USE in lower case', query: 'use system call dbms.showCurrentUser()' },
  { refuses: 'USE inside a subquery', query: 'CALL { USE system RETURN 1 AS x } RETURN x' },
  // transactions of their own
  { refuses: 'CALL { … } IN TRANSACTIONS even when it only reads', query: 'CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n)' },
  { refuses: 'CALL { … } IN TRANSACTIONS OF n ROWS with a write', query: 'MATCH (n:Entity) CALL (n) { SET n.touched = true } IN TRANSACTIONS OF 10 ROWS' },
  { refuses: 'CALL { … } IN CONCURRENT TRANSACTIONS', query: 'MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN 2 CONCURRENT TRANSACTIONS' },
  // comments, prefixes and unicode
  { refuses: 'a write after a line comment', query: '// just a read\nCREATE (n:Probe)' },
  { refuses: 'a write after a block comment', query: 'MATCH (n) /* read only */ DETACH DELETE n' },
  { refuses: 'a write behind a comment holding a semicolon', query: '/* ; */ CREATE (n:Probe)' },
  { refuses: 'a write behind CYPHER options', query: 'CYPHER runtime=slotted CREATE (n:Probe)' },
  { refuses: 'EXPLAIN of a write', query: 'EXPLAIN CREATE (n:Probe)', status: 400 },
  { refuses: 'PROFILE of a write', query: 'PROFILE CREATE (n:Probe)', status: 400 },
  { refuses: 'a write separated by a no-break space', query: 'CREATE\u00a0(n:Probe)' },
  { refuses: 'a write separated by an ideographic space', query: 'MATCH\u3000(n:Entity)\u3000SET\u3000n.x\u3000=\u30001' },
  { refuses: 'a write separated by a line separator', query: 'MATCH (n:Entity)\u2028SET n.x = 1' },
  { refuses: 'LOAD CSV split by a zero-width space', query: `LOAD\u200bCSV FROM ${FILE} AS l RETURN l` },
  { refuses: 'LOAD CSV split by an ideographic space', query: `LOAD\u3000CSV FROM ${FILE} AS l RETURN l` },
  { refuses: 'a keyword broken by a zero-width space', query: 'CRE\u200bATE (n:Probe)', status: 400 },
  { refuses: 'a keyword behind a byte-order mark', query: '\ufeffCREATE (n:Probe)', status: 400 },
  { refuses: 'a keyword in full-width letters', query: 'ＣＲＥＡＴＥ (n:Probe)', status: 400 },
  { refuses: 'a keyword with a Cyrillic homoglyph', query: 'СREATE (n:Probe)', status: 400 },
  { refuses: 'a label with a NUL character', query: 'CREATE (n:`Pro\u0000be`)', status: 400 },
  // several statements
  { refuses: 'a write after a semicolon', query: 'MATCH (n) RETURN count(n); CREATE (m:Probe)', status: 400 },
  { refuses: 'a delete after a semicolon and a newline', query: 'MATCH (n) RETURN n LIMIT 1;\nMATCH (n) DETACH DELETE n', status: 400 },
  { refuses: 'a schema change after a semicolon', query: 'RETURN 1; CREATE INDEX probe_index FOR (n:Probe) ON (n.x)', status: 400 },
  // parameters carrying Cypher
  { refuses: 'a parameter fed to CREATE', query: 'WITH $q AS q CREATE (:Probe {q: q})', params: { q: 'MATCH (n) DETACH DELETE n' } },
  { refuses: 'a parameter fed to a procedure that runs Cypher', query: 'CALL apoc.cypher.doIt($q, {})', params: { q: 'MATCH (n) DETACH DELETE n' } },
  { refuses: 'a parameter as a dynamic label in CREATE', query: 'CREATE (n:$($label))', params: { label: 'Probe) DETACH DELETE (n' } },
  { refuses: 'a parameter map written with SET +=', query: 'MATCH (n:Entity) SET n += $props', params: { props: { name: 'pwned' } } },
  { refuses: 'a parameter map replacing properties', query: 'MATCH (n:Article) SET n = $props', params: { props: {} } },
  { refuses: 'a parameter in a MERGE key', query: 'MERGE (n:Entity {id: $id}) ON MATCH SET n.name = $name', params: { id: 'e-9d0bc0e6f82e', name: 'pwned' } },
  { refuses: 'a parameter naming a file for LOAD CSV', query: 'LOAD CSV FROM $url AS l RETURN l', params: { url: 'file:///etc/passwd' } },
  // what one query would do to the service: exhaust the heap, or keep a core busy past its timeout
  { refuses: 'a list of a hundred million integers built in one expression', query: 'RETURN size([x IN range(1, 100000000) | x]) AS n', status: 422 },
  { refuses: 'a quadratic string built by reduce', query: "RETURN size(reduce(s = 'x', i IN range(1, 2000000) | s + 'y')) AS n", status: 422 },
  { refuses: 'a huge range given as a parameter', query: 'RETURN size(range(1, $n)) AS n', params: { n: 50000000 }, status: 422 },
  { refuses: 'nested ranges that multiply past the cap', query: 'RETURN size([x IN range(1, 10000) | [y IN range(1, 10000) | y]]) AS n', status: 422 },
  { refuses: 'a collect past the per-query memory limit', query: "UNWIND range(1, 100000000) AS x RETURN size(collect(x + ' rows that each hold a string of some length')) AS n", status: 422 },
];

describe('the Cypher console refuses writes, administration, files and escapes', () => {
  const driver = sharedDriver();
  let api: TestServer;
  let before: DbChecksum;
  beforeAll(async () => {
    before = await dbChecksum(driver);
    api = await startTestServer(driver, { cypher: { rateLimit: { windowMs: 60_000, limit: 1000 } } });
  });
  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('has a corpus of at least 60 attempts', () => {
    expect(ATTEMPTS.length).toBeGreaterThanOrEqual(60);
  });

  for (const a of ATTEMPTS) {
    it(`refuses ${a.refuses}`, async () => {
      const res = await api.post('/api/cypher', { query: a.query, ...(a.params ? { params: a.params } : {}) });
      expect({ status: res.status, error: res.body.error }).toEqual({ status: a.status ?? 403, error: expect.any(String) });
      expect(res.body.error!.length).toBeGreaterThan(20);
      expect(res.body.rows).toBeUndefined();
    });
  }

  it('treats Cypher text in a parameter as a plain value', async () => {
    const q = "x'}) DETACH DELETE n //";
    const res = await api.post('/api/cypher', { query: 'MATCH (n:Entity) WHERE n.name = $q RETURN n', params: { q } });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([]);
    const echo = await api.post('/api/cypher', { query: 'RETURN $q AS q', params: { q } });
    expect(echo.body.rows).toEqual([{ q }]);
  });

  it('says why: the query type for writes, the allowlist for procedures', async () => {
    const write = await api.post('/api/cypher', { query: 'MATCH (n:Entity) SET n.x = 1' });
    expect(write.body).toEqual({ code: 'cypher_read_only', error: expect.stringMatching(/read-only.*write query \(queryType "w"\)/), details: { queryType: 'w' } });
    const proc = await api.post('/api/cypher', { query: 'CALL dbms.listConfig()' });
    expect(proc.body.error).toMatch(/dbms\.listConfig is not allowed.*dbms\.\* procedures manage the server/);
    expect(proc.body.details!.allowed).toContain('db.labels');
    const csv = await api.post('/api/cypher', { query: `LOAD CSV FROM ${FILE} AS l RETURN l` });
    expect(csv.body.error).toMatch(/LOAD CSV is not allowed.*files and URLs/);
  });

  it('still answers the allowlisted procedures and SHOW INDEXES', async () => {
    for (const query of ['CALL db.labels()', 'CALL db.relationshipTypes()', 'CALL db.propertyKeys()', 'CALL db.schema.visualization()', 'SHOW INDEXES']) {
      const res = await api.post('/api/cypher', { query });
      expect(res.status, query).toBe(200);
      expect(res.body.summary.queryType).toBe('r');
    }
  });

  // Most of the corpus is already stopped by the text screen; the database's own plan must stop the
  // same things on its own, and the READ transaction must stop a write even without either.
  describe('without the text screen', () => {
    const explain = async (query: string) => {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        return (await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`))).summary;
      } finally {
        await session.close();
      }
    };
    it.each([
      ['LOAD CSV', `LOAD CSV FROM ${FILE} AS l RETURN l`, /LOAD CSV/],
      ['IN TRANSACTIONS', 'CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n)', /IN TRANSACTIONS/],
      ['dbms.listConfig', 'CALL dbms.listConfig()', /read-only|dbms\.listConfig/],
      ['db.info', 'CALL db.info()', /db\.info is not allowed/],
      ['db.stats.retrieve', "CALL db.stats.retrieve('GRAPH COUNTS')", /db\.stats\.retrieve is not allowed/],
      ['a procedure in a subquery', 'MATCH (n:Area) CALL (n) { CALL db.info() YIELD name RETURN name } RETURN name', /db\.info is not allowed/],
      ['SHOW SETTINGS', 'SHOW SETTINGS', /ShowSettings/],
      ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', /ShowTransactions/],
      ['SHOW PROCEDURES', 'SHOW PROCEDURES', /ShowProcedures/],
      ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TerminateTransactions/],
      ['USE system', 'USE system CALL db.labels()', /read-only|database/],
      ['a write in a UNION', 'RETURN 1 AS x UNION CREATE (n:Probe) RETURN 2 AS x', /queryType "rw"/],
    ])('the plan check refuses %s', async (_what, query, message) => {
      const summary = await explain(query);
      expect(() => checkPlan(summary, undefined)).toThrow(ForbiddenError);
      expect(() => checkPlan(summary, undefined)).toThrow(message);
    });

    it.each(['MATCH (n:Entity)-[r]->(m) RETURN n, r, m LIMIT 5', 'CALL db.labels()', 'SHOW INDEXES', 'USE neo4j MATCH (n) RETURN count(n)'])(
      'the plan check lets the read %j through',
      async (query) => {
        const summary = await explain(query);
        expect(() => checkPlan(summary, undefined)).not.toThrow();
      },
    );

    it('the READ transaction refuses a write that reached it', async () => {
      await expect(createDb(driver).readTx((tx) => tx.run('CREATE (:Probe)'))).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    });
  });

  it('leaves the database exactly as it was (counts and a hash of all ids and properties)', async () => {
    const after = await dbChecksum(driver);
    expect(after).toEqual(before);
    expect(before.nodes).toBeGreaterThan(100);
  });
});
