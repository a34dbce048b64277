import { startTestServer } from '../tests/support/http.ts';
import { createDriver } from '../server/src/store/db.ts';
const d = createDriver(process.env.URI!);
const api = await startTestServer(d, { cypher: { limits: { timeoutMs: 2000 } } });
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
for (let i = 0; i < 5; i++) await api.get('/api/health');
const base: number[] = [];
for (let i = 0; i < 12; i++) { base.push((await api.get('/api/health')).ms); await sleep(100); }
console.log('idle', base.map((x) => x.toFixed(0)).join(' '));
let done = false;
const t = performance.now();
const p = api.post('/api/cypher', { query: "MATCH (a), (b), (c), (d) WHERE a.name + b.name + c.name + d.name = '' RETURN count(*) AS n" }).then((r) => { done = true; return r; });
const busy: number[] = [];
await sleep(200);
while (!done) { busy.push((await api.get('/api/health')).ms); await sleep(100); }
const r = await p;
console.log('busy', r.status, (performance.now() - t).toFixed(0), busy.map((x) => x.toFixed(0)).join(' '));
await api.close(); await d.close();
