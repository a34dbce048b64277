// The HTTP protections of the real app (shared seeded Neo4j, read-only): security headers, the Host
// allowlist over loopback (DNS rebinding), the cut-off of requests that are never finished, and the
// export's own rate limit beside the console's.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/src/app.ts';
import { CONTENT_SECURITY_POLICY } from '../server/src/http/security-headers.ts';
import { HEADERS_TIMEOUT_MS, listen, REQUEST_TIMEOUT_MS, TIMEOUT_CHECK_INTERVAL_MS } from '../server/src/listen.ts';
import { createLogger } from '../server/src/log.ts';
import { createDb } from '../server/src/store/db.ts';
import { startTestServer, type TestServer } from './support/http.ts';
import { sharedDriver } from './support/neo4j.ts';

const driver = sharedDriver();
let api: TestServer;
let port: number;
let nodeId: string;

beforeAll(async () => {
  api = await startTestServer(driver);
  port = Number(new URL(api.url).port);
  nodeId = (await driver.executeQuery("MATCH (n:Entity {name: '中央活力区'}) RETURN n.id AS id")).records[0].get('id');
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

/** GET with a Host header of our choosing (fetch does not let one set it). */
function getWithHost(url: string, path: string, host: string | undefined): Promise<{ status: number; body: { error?: string; details?: { allowed?: string[] } } }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, headers: host === undefined ? {} : { host }, setHost: host !== undefined }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a connection, writes `head`, sends nothing more, and times how long until the server answers and closes. */
function stall(head: string): Promise<{ ms: number; answer: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const t = performance.now();
    let answer = '';
    socket.on('data', (c) => (answer += c));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ ms: performance.now() - t, answer }));
    socket.setTimeout(30_000, () => socket.destroy());
    socket.write(head);
  });
}

describe('security headers', () => {
  it('sends a Content-Security-Policy, nosniff and refuses framing on every answer', async () => {
    for (const path of ['/api/health', '/api/nodes/%ZZ', '/', '/no/such/page']) {
      const res = await fetch(api.url + path);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('lets no script run but our own files: no inline script, no eval', () => {
    expect(CONTENT_SECURITY_POLICY['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY['worker-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY['connect-src']).toEqual(["'self'"]);
  });
});

describe('Host allowlist over loopback (DNS rebinding)', () => {
  it.each(['localhost', '127.0.0.1', '[::1]', 'LOCALHOST'])('serves %s with the port it listens on', async (name) => {
    expect((await getWithHost(api.url, '/api/health', `${name}:${port}`)).status).toBe(200);
  });

  it.each([['a rebound name', 'evil.example:PORT'], ['a loopback name on another port', 'localhost:1'], ['a name without the port', 'evil.example']])(
    'refuses %s with 421 and says how to allow it',
    async (_what, host) => {
      const res = await getWithHost(api.url, '/api/health', host.replace('PORT', String(port)));
      expect(res.status).toBe(421);
      expect(res.body.error).toMatch(/this server answers only to localhost:\d+, 127\.0\.0\.1:\d+, \[::1\]:\d+ .*add that name to ALLOWED_HOSTS/);
      expect(res.body.details?.allowed).toEqual([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
    },
  );

  it.each([
    ['no Host header (HTTP/1.0)', 'GET /api/health HTTP/1.0\r\n\r\n'],
    ['an empty Host', 'GET /api/health HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n'],
  ])('refuses a request with %s in JSON', async (_what, head) => {
    const { answer } = await stall(head);
    expect(answer).toMatch(/^HTTP\/1\.1 421/);
    expect(answer).toMatch(/"error":"this server answers only to .*the request's Host is missing/);
  });

  it('also serves the names in ALLOWED_HOSTS, on the listening port unless an entry names its own', async () => {
    const server = await listen(createApp(createDb(driver), createLogger('silent'), { allowedHosts: ['kg.example', 'proxy.example:8443'] }), 0, '127.0.0.1');
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const own = new URL(url).port;
    try {
      expect((await getWithHost(url, '/api/health', `kg.example:${own}`)).status).toBe(200);
      expect((await getWithHost(url, '/api/health', 'proxy.example:8443')).status).toBe(200);
      expect((await getWithHost(url, '/api/health', 'kg.example:1')).status).toBe(421);
      expect((await getWithHost(url, '/api/health', `evil.example:${own}`)).status).toBe(421);
    } finally {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  it.skipIf(!external)('does not check requests that arrive on another interface (a container network, a LAN)', async () => {
    const server = await listen(createApp(createDb(driver), createLogger('silent')), 0, '0.0.0.0');
    const url = `http://${external}:${(server.address() as { port: number }).port}`;
    try {
      expect((await getWithHost(url, '/api/health', 'kg.example')).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  });
});

describe('requests that are never finished', () => {
  it(`cuts off a request that announces 2,000,000 bytes and sends none within ~${REQUEST_TIMEOUT_MS / 1000} s, answering 408 in JSON`, { timeout: 30_000 }, async () => {
    const { ms, answer } = await stall(`POST /api/subgraph HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n`);
    console.log(`slow body cut off after ${(ms / 1000).toFixed(1)} s`);
    expect(ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + 2 * TIMEOUT_CHECK_INTERVAL_MS + 500);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    expect(answer).toMatch(/\{"code":"request_timeout","error":"the request was not received in time/);
  });

  it(`cuts off headers that never end within ~${HEADERS_TIMEOUT_MS / 1000} s (slow loris)`, { timeout: 30_000 }, async () => {
    const { ms, answer } = await stall(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
    console.log(`unfinished headers cut off after ${(ms / 1000).toFixed(1)} s`);
    expect(ms).toBeLessThan(HEADERS_TIMEOUT_MS + 2 * TIMEOUT_CHECK_INTERVAL_MS + 500);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('rate limits', () => {
  const selectionExport = () => ({ format: 'json', selection: { nodeIds: [nodeId] } });
  const cypherExport = { format: 'json', cypher: { query: 'MATCH (n:Entity) RETURN n LIMIT 1' } };
  const query = { query: 'RETURN 1 AS n' };

  it('exports have their own budget: using it up leaves the console its own', async () => {
    const s = await startTestServer(driver, { export: { rateLimit: { windowMs: 60_000, limit: 3 } }, cypher: { rateLimit: { windowMs: 60_000, limit: 2 } } });
    try {
      for (let i = 0; i < 3; i++) expect((await s.post('/api/export', selectionExport())).status).toBe(200);
      const refused = await s.post('/api/export', selectionExport());
      expect(refused.status).toBe(429);
      expect(refused.body.error).toBe('too many exports: at most 3 per 60 s from one client; wait and try again');
      for (let i = 0; i < 2; i++) expect((await s.post('/api/cypher', query)).status).toBe(200);
      expect((await s.post('/api/cypher', query)).body.error).toMatch(/^too many Cypher queries: at most 2 per 60 s/);
    } finally {
      await s.close();
    }
  });

  it('the console using up its budget leaves selection exports theirs', async () => {
    const s = await startTestServer(driver, { cypher: { rateLimit: { windowMs: 60_000, limit: 1 } } });
    try {
      expect((await s.post('/api/cypher', query)).status).toBe(200);
      expect((await s.post('/api/cypher', query)).status).toBe(429);
      expect((await s.post('/api/export', selectionExport())).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('an export whose source is a query spends the console budget too, so it is no way around it', async () => {
    const s = await startTestServer(driver, { cypher: { rateLimit: { windowMs: 60_000, limit: 1 } } });
    try {
      expect((await s.post('/api/export', cypherExport)).status).toBe(200);
      const refused = await s.post('/api/cypher', query);
      expect(refused.status).toBe(429);
      const again = await s.post('/api/export', cypherExport);
      expect([again.status, again.body.error]).toEqual([429, 'too many Cypher queries: at most 1 per 60 s from one client; wait and try again']);
    } finally {
      await s.close();
    }
  });
});
