import { createDriver, createDb } from '../server/src/store/db.ts';
import { runCypher } from '../server/src/operations/cypher.ts';
const driver = createDriver(process.env.URI!);
const db = createDb(driver);
const limits = { timeoutMs: 3000, rowCap: 5, graphCap: 20 };
const qs: [string, any?][] = [
  ['MATCH (n:Entity) RETURN n'],
  ['MATCH ()-[r:LOCATED_IN]->() RETURN r LIMIT 3'],
  ['MATCH p=(:Entity)-[:LOCATED_IN]->() RETURN p LIMIT 1'],
  ["RETURN 9007199254740993 AS big, date('2024-01-02') AS d, datetime('2024-01-02T03:04:05Z') AS dt, duration('P1DT2H') AS dur, point({x:1,y:2}) AS pt, {a:[1,{b:2}]} AS m, $n AS n, 1.5 AS f"],
  ['MATCH (n) RETURN n LIMIT $n', { n: 2 }],
  ['MATCH (n RETURN n'],
  ['MATCH (n)\nRETURN n; MATCH (m) RETURN m'],
  ['USE system CALL db.labels()'],
  ['CALL db.labels()'],
  ['CALL dbms.components()'],
  ['WITH 1 AS x CALL { USE system RETURN 1 AS y } RETURN y'],
  ['MATCH (a),(b),(c) WHERE a.name + b.name + c.name = "x" RETURN count(*)'],
  ['SHOW INDEXES'],
  ['SHOW SETTINGS'],
  ['RETURN 1/0'],
  ['RETURN $missing'],
  ['CREATE\u00A0(n:Probe)'],
  ['CRE\u200BATE (n:Probe)'],
  ['\uFEFFCREATE (n:Probe)'],
  ['СREATE (n:Probe)'],
  ['ＣＲＥＡＴＥ (n:Probe)'],
  ['SHOW PRIVILEGES'],
  ['USE system SHOW USERS'],
  ['CALL db.schema.visualization()'],
];
for (const [q, p] of qs) {
  const t = performance.now();
  try {
    const r = await runCypher(db, { query: q, params: p ?? { n: 3 } }, limits);
    console.log(JSON.stringify(q), 'OK', (performance.now() - t).toFixed(0), JSON.stringify(r).slice(0, 600));
  } catch (e: any) {
    console.log(JSON.stringify(q), 'ERR', e.status, e.message, JSON.stringify(e.details ?? null).slice(0, 200), (performance.now() - t).toFixed(0), e.status ? '' : e.stack);
  }
}
await driver.close();
