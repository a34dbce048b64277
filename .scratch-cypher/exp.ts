import neo4j from 'neo4j-driver';
const d = neo4j.driver(process.env.URI!, neo4j.auth.none());
const qs = process.argv.slice(2);
for (const q of qs) {
  const s = d.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const r = await s.executeRead((tx) => tx.run(q));
    const sum = r.summary;
    const ops: string[] = [];
    const walk = (p: any) => { if (!p) return; ops.push(p.operatorType + ' ' + JSON.stringify(p.arguments?.Details ?? '')); (p.children ?? []).forEach(walk); };
    walk(sum.plan);
    console.log(JSON.stringify(q), '->', sum.queryType, ops.join(' | '), 'records', r.records.length);
  } catch (e: any) {
    console.log(JSON.stringify(q), 'ERR', e.code, e.gqlStatus, e.message.slice(0, 300), JSON.stringify(e.diagnosticRecord ?? null));
  } finally { await s.close(); }
}
await d.close();
