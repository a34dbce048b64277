import neo4j from 'neo4j-driver';
const d = neo4j.driver(process.env.URI!, neo4j.auth.none());
for (const q of ['EXPLAIN USE system CALL db.labels()', 'EXPLAIN CALL db.labels()', 'EXPLAIN USE neo4j CALL db.labels()']) {
  const s = d.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const r = await s.executeRead((tx) => tx.run(q));
    console.log(q, r.summary.queryType, r.summary.database.name, (r.summary.plan as any).operatorType, (r.summary.plan as any).children?.map((c: any) => c.operatorType));
  } catch (e: any) { console.log(q, 'ERR', e.code, e.message.slice(0, 200)); }
  await s.close();
}
await d.close();
