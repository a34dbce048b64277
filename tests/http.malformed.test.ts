// Malformed and hostile requests against the real app and the shared seeded Neo4j (read-only): every
// one is answered below 500, and every 4xx is JSON {error} with a message. The requests are generated
// from the corpus below crossed with every route of the table, then seeded random mutations of valid
// requests; the same seed gives the same requests, so a failure names a request that can be replayed.
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodeSchema } from '../model/index.ts';
import { createApp } from '../server/src/app.ts';
import { listen } from '../server/src/listen.ts';
import { ROUTES } from '../server/src/routes.ts';
import { createDb } from '../server/src/store/db.ts';
import { startTestServer, type TestServer } from './support/http.ts';
import { sharedDriver } from './support/neo4j.ts';
import { prng } from '../bench/prng.ts';

const SEED = 0x13c0ffee;
/** the console's and the export's rate limits would answer most of the fuzz 429: lifted here, tested in http.protections */
const UNLIMITED = { windowMs: 60_000, limit: 1_000_000 };

interface Probe {
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}
interface Answer {
  status: number;
  contentType: string;
  body: string;
}

// ── the corpus ──────────────────────────────────────────────────────────────────────────────────────

/** Path segments, as sent (already percent-encoded where they are meant to be). */
const BAD_IDS = [
  '%ZZ', '%E0%A4%A', '%', '%%', '%2', '%G0', '%00', '%C0%AF', '%ED%A0%80', '%FF%FE', '%F4%90%80%80', '%C3%28',
  '..%2F..%2Fetc%2Fpasswd', '%2e%2e', 'a%2Fb', '%5C..%5C', enc("' OR 1=1 //"), enc('") RETURN n //'), enc('${jndi:ldap://x}'),
  enc('<script>alert(1)</script>'), 'null', 'undefined', '-1', '0', '1e309', 'NaN', '%20', enc('中央活力区'), enc('\u202e\u200b'),
  'x'.repeat(201), 'x'.repeat(5000), '%41'.repeat(3000), '%F0%9F%98%80', `e-${'9'.repeat(40)}`, enc('\u0000\u0001'), '%0D%0ASet-Cookie:x=1',
];
/** Query-string values, as sent. */
const BAD_VALUES = [
  '', '%ZZ', '%E0%A4%A', '%FF', '%00', '%C0%AF', '-1', '0', '1e309', '-1e309', 'NaN', 'Infinity', '99999999999999999999', '1.5', '0x10', 'true',
  '[]', '{}', 'null', enc('x'.repeat(5000)), enc('中'.repeat(3000)), enc("' OR 1=1 //"), ',,,', 'Person,Person', 'a%26b', '+++', '%0A%0D', enc('\u0000'),
];
/** Whole query strings that no parameter name makes valid. */
const BAD_QUERIES = ['?&&&', '?=x', '?%ZZ=1', '?q[]=x', '?q[a]=1', '?__proto__[x]=1', '?constructor=1', '?q=1&q=2', '?q', '?limit=1&limit=2', '?%00=%00', '?a=%E0%A4%A'];
/** Whole bodies, as sent with Content-Type: application/json. */
const BAD_BODIES = [
  '', ' ', 'null', 'true', '0', '"x"', '[]', '[1,2]', '{', '{"a":', '}', '{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":1e999}', '\uFEFF{}', '{"a":1}{"b":2}',
  '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '['.repeat(100_000), '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"a":"\\x41"}',
  '\u0000\u0001\u0002', '{"a":1,"a":2}', `{"a":"${'x'.repeat(1_100_000)}"}`, '// comment\n{}', '{"a":01}', '{"a":.5}', '{"a":-}',
];
/** Wrong values for a body field. */
const BAD_FIELD_VALUES: unknown[] = [
  null, true, 0, -1, 1e308, 1.5, 2 ** 53 + 1, '', 'x', 'x'.repeat(100_000), '\u0000', '\ud800', [], [null], [1, 2, 3], Array(10_001).fill('x'), {}, { a: 1 }, { $gt: '' },
  ['%ZZ', '\u0000'],
];
/** Read-only console queries whose functions refuse their arguments at run time (Neo4j: DatabaseError), and other runtime errors. */
const FAILING_QUERIES = [
  "RETURN substring('abc', -1) AS x", "RETURN substring('abc', 0, -1) AS x", "RETURN left('abc', -1) AS x", "RETURN right('abc', -1) AS x",
  'RETURN [x IN range(1, 3) | x][0..-9999999999] AS x', "RETURN date.truncate('klingon', date()) AS x", 'RETURN 1 / 0 AS x', 'RETURN 9223372036854775807 + 1 AS x',
  'RETURN duration({years: 1e20}) AS x', "RETURN datetime('2020-13-45') AS x", 'RETURN range(1, 10, 0) AS x', "RETURN point({x: 1, y: 2, crs: 'klingon'}) AS x",
  "RETURN 'a' =~ '(' AS x", 'RETURN localtime({hour: 99}) AS x', "RETURN date('+999999999-12-31') + duration('P1Y') AS x", 'RETURN $missing AS x',
  'RETURN toInteger(1e300) AS x', 'RETURN 2 ^ 99999 AS x', "RETURN round(1.5, 2, 'KLINGON') AS x", 'UNWIND [1] AS x RETURN x SKIP -1', '', ' ', ';', 'RETURN', '\u0000',
];
const CONTENT_TYPES = [
  'application/json; charset=klingon', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/json; charset=""', 'application/json; charset',
  'application/json;;;', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '*/*', '', 'APPLICATION/JSON',
  'application/vnd.api+json', 'application/json; charset=utf-8; charset=klingon',
];
/** Content-Encoding with what is sent under it: `plain` is the JSON itself, not encoded as it says. */
const ENCODINGS: Array<[string, 'plain' | 'gzip' | 'bomb']> = [
  ['gzip', 'plain'], ['deflate', 'plain'], ['br', 'plain'], ['compress', 'plain'], ['x-gzip', 'plain'], ['zstd', 'plain'], ['identity', 'plain'], ['gzip, gzip', 'plain'],
  ['GZIP', 'plain'], ['gzip', 'gzip'], ['gzip', 'bomb'], ['', 'plain'],
];
const METHODS = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PROPFIND', 'FOO', 'TRACE'];
/** Requests Node's parser sees first: written to a socket byte for byte. `HOST` is replaced by the server's. */
const RAW = [
  'GET / HTTP/1.1\r\n\r\n',
  'GET /api/health HTTP/1.0\r\n\r\n',
  'GET /api/health HTTP/1.1\r\nHost: HOST\r\nHost: evil.example\r\n\r\n',
  'POST /api/subgraph HTTP/1.1\r\nHost: HOST\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'POST /api/subgraph HTTP/1.1\r\nHost: HOST\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
  'POST /api/subgraph HTTP/1.1\r\nHost: HOST\r\nContent-Length: -1\r\n\r\n',
  'POST /api/subgraph HTTP/1.1\r\nHost: HOST\r\nContent-Length: abc\r\n\r\n',
  'POST /api/subgraph HTTP/1.1\r\nHost: HOST\r\nContent-Length: 1, 2\r\n\r\n{}',
  'GET /api/health HTTP/1.1\r\nHost: HOST\r\nX-A\u0001: b\r\n\r\n',
  'GET /api/health HTTP/1.1\r\nHost: HOST\r\nno colon here\r\n\r\n',
  'GET /api/health HTTP/1.1\r\nHost: HOST\r\nX-A: b\r\n continued\r\n\r\n',
  'GARBAGE\r\n\r\n',
  'GET /api/health HTTP/9.9\r\nHost: HOST\r\n\r\n',
  'GET  /api/health HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET http://evil.example/api/health HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /api/search?q=\u00ff\u00fe HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /api/nodes/\u0000 HTTP/1.1\r\nHost: HOST\r\n\r\n',
  `GET /api/health HTTP/1.1\r\nHost: HOST\r\nX-Big: ${'a'.repeat(300_000)}\r\n\r\n`,
  'OPTIONS * HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /api/health HTTP/1.1\r\nHost: HOST\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n',
  'GET /api/health HTTP/1.1\r\nHost: HOST\r\nContent-Length: 5\r\n\r\nhello',
  'POST /api/subgraph HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}GARBAGE\r\n\r\n', // longer than announced
  'GET /api/health\r\n\r\n',
  'get /api/health HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /api/health HTTP/1.1\nHost: HOST\n\n',
  'GET /api/health HTTP/1.1\r\nHost: HOST\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n',
  'DELETE /api/nodes/x HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /api/../../etc/passwd HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /assets/%ZZ HTTP/1.1\r\nHost: HOST\r\n\r\n',
];

function enc(s: string): string {
  return encodeURIComponent(s);
}
/** Characters a path may not hold as they are (Node's client refuses them): percent-encoded as UTF-8. */
const sendable = (path: string) => path.replace(/[^\x21-\x7e]/g, (c) => enc(c));

// ── generation ──────────────────────────────────────────────────────────────────────────────────────

function shapeKeys(schema: unknown): string[] {
  return Object.keys((schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {});
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(obj);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

function generate(ids: { node: string; edge: string; article: string }): { probes: Probe[]; raw: string[] } {
  const probes: Probe[] = [];
  const json = { 'content-type': 'application/json' };
  const withId = (path: string, id: string) => `/api${path.replace(':id', id)}`;
  const validId = (path: string) => (path.startsWith('/edges') ? ids.edge : path.startsWith('/articles') ? ids.article : ids.node);
  const baseBodies: Record<string, Record<string, unknown>> = {
    '/nodes/:id/neighbors': { limit: 20, canvas: [] },
    '/nodes/:id/groups': { canvas: [] },
    '/groups': { ids: [ids.node], canvas: [] },
    // no Chinese and no draft under an entity's id: the fuzz never writes a draft into the shared database
    '/drafts': { text: '' },
    '/drafts/:id/review': { accept: [], reject: [] },
    '/subgraph': { ids: [ids.node] },
    '/cypher': { query: 'RETURN 1 AS n', params: {} },
    '/export': { format: 'json', selection: { nodeIds: [ids.node] } },
    // an empty name and no camera: no mutation of one field makes it a scene, so the fuzz never saves one
    '/scenes': { name: '', payload: {} },
  };
  const nestedFields: Record<string, string[]> = {
    '/nodes/:id/neighbors': ['canvas.0'],
    '/nodes/:id/groups': ['canvas.0'],
    '/groups': ['ids.0', 'canvas.0', 'filters.hiddenLabels'],
    '/drafts': ['file.name', 'file.base64'],
    '/drafts/:id/review': ['accept.0', 'reject.0', 'edits.x', 'edits.x.name'],
    '/export': ['selection.nodeIds', 'selection.edgeIds', 'selection.nodeIds.0', 'neighborhood.id', 'neighborhood.depth', 'cypher.query', 'cypher.params'],
    '/cypher': ['params.a'],
  };

  for (const route of ROUTES) {
    const m = route.method.toUpperCase();
    // 1. hostile ids in the path
    if (route.path.includes(':id')) for (const id of BAD_IDS) probes.push({ label: `id ${id.slice(0, 40)}`, method: m, path: withId(route.path, id), headers: json, body: m === 'POST' ? '{}' : undefined });
    const path = withId(route.path, validId(route.path));
    // 2. every query parameter the operation reads × every hostile value, and query strings no name makes valid
    if (m === 'GET') {
      for (const key of shapeKeys(route.operation.query)) for (const v of BAD_VALUES) probes.push({ label: `query ${key}=${v.slice(0, 30)}`, method: m, path: `${path}?${key}=${v}` });
      for (const q of BAD_QUERIES) probes.push({ label: `query ${q}`, method: m, path: path + q });
    }
    // 3. hostile bodies, wrong field values, content types and encodings
    if (m === 'POST') {
      for (const body of BAD_BODIES) probes.push({ label: `body ${JSON.stringify(body.slice(0, 30))}`, method: m, path, headers: json, body });
      const base = baseBodies[route.path];
      const fields = [...shapeKeys(route.operation.body), ...(nestedFields[route.path] ?? [])];
      for (const field of fields)
        for (const value of BAD_FIELD_VALUES)
          probes.push({ label: `field ${field}=${JSON.stringify(value)?.slice(0, 30)}`, method: m, path, headers: json, body: JSON.stringify(setPath(base, field, value)) });
      if (route.path === '/cypher' || route.path === '/export')
        for (const query of FAILING_QUERIES)
          probes.push({ label: `failing query ${query}`, method: m, path, headers: json, body: JSON.stringify(route.path === '/cypher' ? { query } : { format: 'json', cypher: { query } }) });
      const valid = JSON.stringify(base);
      for (const type of CONTENT_TYPES)
        for (const [encoding, sent] of ENCODINGS) {
          const body = sent === 'plain' ? valid : sent === 'gzip' ? gzipSync(valid) : gzipSync(Buffer.alloc(20_000_000, ' ')); // 20 MB of spaces: ~20 KB gzipped
          probes.push({ label: `content-type ${type} encoding ${encoding}/${sent}`, method: m, path, headers: { 'content-type': type, ...(encoding && { 'content-encoding': encoding }) }, body });
        }
    }
    // 4. methods the route does not have
    for (const method of METHODS) probes.push({ label: `method ${method}`, method, path, headers: json, body: ['PUT', 'PATCH'].includes(method) ? valid(baseBodies[route.path]) : undefined });
  }

  // 5. seeded mutations of valid requests: characters that mean something to a parser, cut bodies, doubled segments
  const rnd = prng(SEED);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const HOSTILE = ['%', '%00', '%ZZ', '%E0%A4', '"', "'", '{', '}', '[', ']', '<', '>', '\\', '/', '?', '#', '&', '=', '+', '中', '\u00ff', ';', '..', ',', '*', '$', '`'];
  const valids: Probe[] = [
    { label: 'search', method: 'GET', path: `/api/search?q=${enc('中央活力区')}&limit=5` },
    { label: 'node', method: 'GET', path: `/api/nodes/${enc(ids.node)}` },
    { label: 'neighbours', method: 'GET', path: `/api/nodes/${enc(ids.node)}/neighbors?limit=5&types=&labels=` },
    { label: 'edge', method: 'GET', path: `/api/edges/${enc(ids.edge)}` },
    { label: 'paths', method: 'GET', path: `/api/paths?from=${enc(ids.node)}&to=${enc(ids.node)}&maxHops=2` },
    { label: 'graph', method: 'GET', path: '/api/graph?limit=10' },
    { label: 'article', method: 'GET', path: `/api/articles/${enc(ids.article)}` },
    ...Object.entries(baseBodies).map(([p, b]) => ({ label: `POST ${p}`, method: 'POST', path: withId(p, ids.node), headers: json, body: JSON.stringify(b) })),
  ];
  for (let i = 0; i < 700; i++) {
    const base = pick(valids);
    const mutated: Probe = { ...base, label: `mutation ${i} of ${base.label}` };
    const ops = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < ops; k++) {
      const op = Math.floor(rnd() * 4);
      if (op === 0) {
        const at = 5 + Math.floor(rnd() * (mutated.path.length - 5));
        mutated.path = mutated.path.slice(0, at) + pick(HOSTILE) + mutated.path.slice(at);
      } else if (op === 1 && typeof mutated.body === 'string' && mutated.body.length) {
        mutated.body = mutated.body.slice(0, Math.floor(rnd() * mutated.body.length));
      } else if (op === 2 && typeof mutated.body === 'string') {
        const at = Math.floor(rnd() * mutated.body.length);
        mutated.body = mutated.body.slice(0, at) + pick(HOSTILE) + mutated.body.slice(at);
      } else {
        const segments = mutated.path.split('/');
        const at = 2 + Math.floor(rnd() * (segments.length - 2));
        segments.splice(at, 0, segments[at] ?? 'x');
        mutated.path = segments.join('/');
      }
    }
    probes.push(mutated);
  }
  return { probes: probes.map((p) => ({ ...p, path: sendable(p.path) })), raw: RAW };
}

function valid(body: Record<string, unknown> | undefined): string {
  return JSON.stringify(body ?? {});
}

// ── sending ─────────────────────────────────────────────────────────────────────────────────────────

function send(url: string, agent: Agent, probe: Probe): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    // host, port and path apart: a URL string would be normalised (dot segments, fragments) before it is sent
    const req = httpRequest({ hostname, port, path: probe.path, method: probe.method, headers: probe.headers, agent, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // the server may answer (413, 415) and close before a large body is all written: the answer counts
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('no answer in 30 s')));
    req.end(probe.body);
  });
}

/**
 * Writes the bytes as they are and reads until the server closes, or is quiet for 300 ms after it began
 * answering (a kept-alive connection), or 5 s pass. The socket is not half-closed: Node's server
 * drops the requests of a client that half-closes, which no browser does.
 */
function sendRaw(port: number, text: string): Promise<Answer | null> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let quiet: NodeJS.Timeout | undefined;
    socket.on('data', (c) => {
      chunks.push(c);
      clearTimeout(quiet);
      quiet = setTimeout(() => socket.destroy(), 300);
    });
    socket.on('error', () => {});
    const finish = () => {
      const all = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(all);
      if (!m) return resolve(null);
      const [head, ...rest] = all.split('\r\n\r\n');
      const body = Buffer.from(rest.join('\r\n\r\n'), 'latin1').toString('utf8');
      resolve({ status: Number(m[1]), contentType: /content-type: ([^\r\n]*)/i.exec(head)?.[1] ?? '', body });
    };
    socket.on('close', () => (clearTimeout(quiet), finish()));
    socket.setTimeout(5000, () => socket.destroy());
    socket.write(Buffer.from(text.replaceAll('HOST', `127.0.0.1:${port}`), 'latin1'));
  });
}

/** What is wrong with an answer, or null: a 5xx, or a 4xx that is not JSON {code, error: "<message>"}. */
function problem(method: string, a: Answer): string | null {
  if (a.status >= 500) return `${a.status} ${a.body.slice(0, 200)}`;
  if (a.status < 400 || method === 'HEAD') return null;
  if (!/^application\/json/.test(a.contentType)) return `${a.status} with Content-Type ${JSON.stringify(a.contentType)}: ${a.body.slice(0, 100)}`;
  try {
    const body = JSON.parse(a.body) as { error?: unknown; code?: unknown };
    if (typeof body.error !== 'string' || !body.error.trim()) return `${a.status} without a message: ${a.body.slice(0, 200)}`;
    // the client words the code in its language; a missing or unknown one would show the English sentence
    if (!ErrorCodeSchema.safeParse(body.code).success) return `${a.status} without a known code: ${a.body.slice(0, 200)}`;
  } catch {
    return `${a.status} with a body that is not JSON: ${a.body.slice(0, 100)}`;
  }
  return null;
}

async function pool<T, R>(items: T[], workers: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

// ── the tests ───────────────────────────────────────────────────────────────────────────────────────

const driver = sharedDriver();
let api: TestServer;
let port: number;
const ids = { node: '', edge: '', article: '' };

beforeAll(async () => {
  api = await startTestServer(driver, { cypher: { rateLimit: UNLIMITED }, export: { rateLimit: UNLIMITED } });
  port = Number(new URL(api.url).port);
  const one = async (cypher: string) => (await driver.executeQuery(cypher)).records[0].get('id') as string;
  ids.node = await one("MATCH (n:Entity {name: '中央活力区'}) RETURN n.id AS id");
  ids.edge = await one('MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN r.id AS id LIMIT 1');
  ids.article = await one('MATCH (a:Article) RETURN a.id AS id LIMIT 1');
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('malformed and hostile requests', () => {
  it('answers at least 2,000 generated requests with no 5xx, every 4xx as JSON {error} with a message', { timeout: 600_000 }, async () => {
    const { probes, raw } = generate(ids);
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
    await pool(probes, 4, async (p) => {
      let answer: Answer;
      try {
        answer = await send(api.url, agent, p);
      } catch (err) {
        return void failures.push(`${p.method} ${p.path.slice(0, 120)} [${p.label}]: no answer (${(err as Error).message})`);
      }
      count(answer.status);
      const wrong = problem(p.method, answer);
      if (wrong) failures.push(`${p.method} ${p.path.slice(0, 120)} [${p.label}]: ${wrong}`);
    });
    agent.destroy();
    for (const text of raw) {
      const answer = await sendRaw(port, text);
      const line = JSON.stringify(text.slice(0, 80));
      if (!answer) {
        failures.push(`raw ${line}: no answer`);
        continue;
      }
      count(answer.status);
      const wrong = problem('RAW', answer);
      if (wrong) failures.push(`raw ${line}: ${wrong}`);
    }
    const total = probes.length + raw.length;
    console.log(`malformed requests: ${total} sent; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
    expect(total).toBeGreaterThanOrEqual(2000);
    expect(failures).toEqual([]);
  });

  it('the issue\u2019s known 500s are 4xx that say what to send instead', async () => {
    const cases: Array<[Probe, number, RegExp]> = [
      [{ label: '', method: 'GET', path: '/api/nodes/%ZZ' }, 400, /malformed percent-encoding/],
      [{ label: '', method: 'GET', path: '/api/nodes/%E0%A4%A' }, 400, /malformed percent-encoding/],
      [{ label: '', method: 'POST', path: '/api/subgraph', headers: { 'content-type': 'application/json; charset=klingon' }, body: '{}' }, 415, /charset "klingon" is not supported; send JSON in UTF-8/],
      [{ label: '', method: 'POST', path: '/api/subgraph', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: '{"ids":[]}' }, 400, /could not be decompressed/],
      [{ label: '', method: 'POST', path: '/api/subgraph', headers: { 'content-type': 'application/json', 'content-encoding': 'compress' }, body: '{}' }, 415, /Content-Encoding "compress" is not supported/],
      [{ label: '', method: 'POST', path: '/api/subgraph', headers: { 'content-type': 'application/json' }, body: '{"ids":' }, 400, /not valid JSON/],
      [{ label: '', method: 'FOO', path: '/api/health' }, 400, /method is not one HTTP knows/],
    ];
    const agent = new Agent({ keepAlive: false });
    for (const [probe, status, message] of cases) {
      const answer = await send(api.url, agent, probe);
      expect([probe.path, answer.status]).toEqual([probe.path, status]);
      expect(JSON.parse(answer.body).error).toMatch(message);
    }
  });
});

describe('logging of client errors', () => {
  it('logs no 4xx at warn or above, and never a stack for one', async () => {
    const lines: Array<{ level: number; err?: { stack?: string } }> = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const app = createApp(createDb(driver), pino({ level: 'trace', base: undefined }, sink));
    const server = await listen(app, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const agent = new Agent({ keepAlive: true });
      const { probes } = generate(ids);
      // every 10th generated request: all kinds, a fraction of the time
      const sample = probes.filter((_, i) => i % 10 === 0);
      const statuses = await pool(sample, 2, async (p) => (await send(url, agent, p).catch(() => ({ status: 0 }) as Answer)).status);
      agent.destroy();
      expect(statuses.filter((s) => s >= 400 && s < 500).length).toBeGreaterThan(100);
      expect(lines.filter((l) => l.level >= 40)).toEqual([]);
      expect(lines.filter((l) => l.err?.stack)).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  });
});
