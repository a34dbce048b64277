import { startTestServer } from '../tests/support/http.ts';
import { createDriver } from '../server/src/store/db.ts';
const d = createDriver(process.env.URI!);
const api = await startTestServer(d);
const r = await api.get('/api/graph');
console.log(r.status, JSON.stringify(r.body).slice(0, 300));
await api.close(); await d.close();
