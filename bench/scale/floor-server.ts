// The floor of any HTTP API over this driver: a node:http server with nothing of ours in it (no Express,
// no validation, no deadline, no decoding) that runs a case's captured statements as runRaw does and
// answers their records as JSON. Its time over the raw driver is what the extra process hop, HTTP and
// JSON cost on this machine; the real server's time over it is what our own code costs. Started by
// scale.bench.ts with the statements in a file (argv[2]); prints "ready" when it listens (port argv[3]).
import http from 'node:http';
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { createDriver } from '../../server/src/store/db.ts';
import { reviveParams, type Statement } from './measure.ts';

process.setSourceMapsEnabled(false); // as the server (main.ts)
const { uri, user, password, statements } = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { uri: string; user: string; password: string; statements: Statement[][] };
const cases = statements.map((st) => st.map((s) => ({ ...s, params: reviveParams(s.params) })));
const driver = createDriver(uri, user, password);

const server = http.createServer(async (req, res) => {
  const st = cases[Number(/^\/case\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1)];
  if (!st) return void res.writeHead(404).end();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const out: unknown[] = [];
  try {
    for (const tx of new Set(st.map((s) => s.tx))) {
      const group = st.filter((s) => s.tx === tx);
      const rows = (r: { records: Array<{ toObject(): unknown }> }) => r.records.map((x) => x.toObject());
      if (group.length === 1) out.push(rows(await session.run(group[0].cypher, group[0].params, { timeout: 5000 })));
      else out.push(await session.executeRead(async (t) => { const o = []; for (const s of group) o.push(rows(await t.run(s.cypher, s.params))); return o; }, { timeout: 5000 }));
    }
    const body = JSON.stringify(out, (_k, v) => (neo4j.isInt(v) ? v.toNumber() : v));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  } catch (err) {
    res.writeHead(500).end(String((err as Error).message));
  } finally {
    await session.close();
  }
});
server.listen(Number(process.argv[3] ?? 0), '127.0.0.1', () => console.log(`ready ${(server.address() as { port: number }).port}`));
process.on('SIGTERM', () => void driver.close().finally(() => process.exit(0)));
