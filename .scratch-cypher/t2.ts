import neo4j from 'neo4j-driver';
const d = neo4j.driver(process.env.URI!, neo4j.auth.none());
const s0 = d.session();
console.log('nodes', (await s0.run('MATCH (n) RETURN count(n) AS c')).records[0].get('c').toString());
await s0.close();
for (const q of ['MATCH (a),(b),(c),(d) RETURN count(*)', 'MATCH (a),(b),(c) WHERE a.name + b.name + c.name = "x" RETURN count(*)']) {
  const s = d.session({ defaultAccessMode: neo4j.session.READ });
  const t = performance.now();
  try {
    const r = await s.executeRead((tx) => tx.run(q), { timeout: 3000 });
    console.log(q, 'done', r.records[0].get(0).toString(), performance.now() - t);
  } catch (e: any) { console.log(q, 'ERR', e.code, (performance.now() - t).toFixed(0), e.message.slice(0, 200)); }
  await s.close();
}
for (const q of ['EXPLAIN\nPROFILE MATCH (n) RETURN n', 'EXPLAIN\nEXPLAIN MATCH (n) RETURN n', 'EXPLAIN\nCYPHER runtime=slotted MATCH (n) RETURN n', 'EXPLAIN\nCYPHER 5 MATCH (n) RETURN n', 'CYPHER 5 EXPLAIN MATCH (n) RETURN n', 'EXPLAIN\n  MATCH (n RETURN n', 'EXPLAIN\nCALL DBMS.LISTCONFIG()', 'EXPLAIN\nCALL `db`.`labels`()', 'EXPLAIN\nCALL db.labels', 'EXPLAIN\nMATCH (n) WITH n CALL db.labels() YIELD label RETURN label', 'EXPLAIN\nMATCH (n:$("Area")) RETURN n', 'CREATE (n:Scratch)']) {
  const s = d.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const r = await s.executeRead((tx) => tx.run(q), { timeout: 3000 });
    const ops: string[] = [];
    const walk = (p: any) => { if (!p) return; ops.push(p.operatorType + ' ' + JSON.stringify(p.arguments?.Details ?? '')); (p.children ?? []).forEach(walk); };
    walk(r.summary.plan);
    console.log(JSON.stringify(q), r.summary.queryType, r.summary.database.name, ops.join(' | '), r.records.length, !!r.summary.profile);
  } catch (e: any) { console.log(JSON.stringify(q), 'ERR', e.code, e.message.slice(0, 300)); }
  await s.close();
}
await d.close();
