// Serves the real app on a free loopback port for a test, against a real Neo4j driver.
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createApp, type AppOptions } from '../../server/src/app.ts';
import { listen } from '../../server/src/listen.ts';
import { createLogger } from '../../server/src/log.ts';
import { createNeo4jStore } from '../../server/src/store/neo4j-store.ts';

export interface TestServer {
  url: string;
  get(path: string): Promise<{ status: number; body: any; ms: number }>;
  post(path: string, json: unknown): Promise<{ status: number; body: any; headers: Headers; raw: Response }>;
  close(): Promise<void>;
}

export async function startTestServer(driver: Driver, options?: AppOptions): Promise<TestServer> {
  const app = createApp(createNeo4jStore(driver), createLogger('silent'), options);
  const server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async get(path) {
      const t = performance.now();
      const res = await fetch(url + path);
      const text = await res.text();
      const ms = performance.now() - t;
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      return { status: res.status, body, ms };
    },
    async post(path, json) {
      const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof json === 'string' ? json : JSON.stringify(json) });
      const raw = res.clone();
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      return { status: res.status, body, headers: res.headers, raw };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
  };
}
