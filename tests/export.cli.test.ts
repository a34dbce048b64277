// `npm run export`: arguments become the same validated request as the HTTP body; bad arguments exit
// 2 with a message; a real run against the seeded graph writes a schema-valid file.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseExportArgs, UsageError } from '../scripts/export.ts';
import { schemaErrors } from './support/export-formats.ts';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/export.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('export command arguments', () => {
  it('turns --cypher and --params into a cypher source', () => {
    const { request, out } = parseExportArgs(['--format', 'graphml', '--cypher', 'MATCH (n) RETURN n', '--params', '{"x": 1}', '--out', 'f.graphml']);
    expect(request).toEqual({ format: 'graphml', includeEvidence: true, cypher: { query: 'MATCH (n) RETURN n', params: { x: 1 } } });
    expect(out).toBe('f.graphml');
  });

  it('turns --nodes/--edges and --neighborhood/--depth into the other sources', () => {
    expect(parseExportArgs(['--format', 'csv', '--nodes', 'a, b', '--no-evidence']).request).toEqual({ format: 'csv', includeEvidence: false, selection: { nodeIds: ['a', 'b'] } });
    expect(parseExportArgs(['-f', 'json', '--edges', 'r1']).request.selection).toEqual({ nodeIds: [], edgeIds: ['r1'] });
    expect(parseExportArgs(['-f', 'gexf', '--neighborhood', 'e-1', '--depth', '2']).request.neighborhood).toEqual({ id: 'e-1', depth: 2 });
  });

  it('says what is wrong with bad arguments', () => {
    const bad: Array<[string[], RegExp]> = [
      [['--cypher', 'MATCH (n) RETURN n'], /--format is required/],
      [['--format', 'pdf', '--nodes', 'a'], /--format: unknown format "pdf"/],
      [['--format', 'json'], /give exactly one of selection, neighborhood, cypher/],
      [['--format', 'json', '--nodes', 'a', '--cypher', 'RETURN 1'], /exactly one/],
      [['--format', 'json', '--neighborhood', 'e-1', '--depth', '9'], /--neighborhood \(depth\): expected a whole number from 1 to 3/],
      [['--format', 'json', '--cypher', 'RETURN 1', '--params', '{nope'], /--params is not valid JSON/],
      [['--format', 'json', '--nodes', 'a', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of bad) expect(() => parseExportArgs(args), args.join(' ')).toThrow(message);
    expect(() => parseExportArgs(['--format', 'json'])).toThrow(UsageError);
  });

  it('exits with code 2 and the usage on bad arguments', async () => {
    const res = await cli(['--format', 'pdf', '--nodes', 'a']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/unknown format "pdf"/);
    expect(res.stderr).toMatch(/usage: npm run export/);
  });
});

describe('export command against the seeded graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-export-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a schema-valid GraphML file of a Cypher query', async () => {
    const out = join(dir, 'file.graphml');
    const res = await cli(['--format', 'graphml', '--cypher', "MATCH (a:Entity {name: '济南宾馆项目'})-[r]->(b:Entity) RETURN a, r, b", '--out', out], { NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') });
    expect(res.stderr).toMatch(/wrote .*file\.graphml: \d+ nodes, \d+ edges/);
    expect(res.code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(await schemaErrors(xml, 'graphml.xsd')).toEqual([]);
    expect(xml).toContain('济南宾馆项目');
  });

  it('exits with code 2 when an id is unknown', async () => {
    const res = await cli(['--format', 'json', '--nodes', 'e-nope', '--out', join(dir, 'x.json')], { NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/unknown node id "e-nope"/);
  });
});
