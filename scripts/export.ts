// `npm run export -- --format graphml --cypher "MATCH ..." --out file.graphml`: the export endpoint
// from the command line. Connects like the seed command (NEO4J_URI, else the embedded Neo4j).
// Bad arguments, unknown ids and refused queries exit with code 2 and say why; other failures exit 1.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/src/config.ts';
import { openDatabase } from '../server/src/database.ts';
import { HttpError } from '../server/src/errors.ts';
import { EXPORT_FORMAT_NAMES, ExportRequestSchema, type ExportRequest } from '../model/index.ts';
import { performExport } from '../server/src/export/request.ts';
import { createDb } from '../server/src/store/db.ts';

export const USAGE = `usage: npm run export -- --format <${EXPORT_FORMAT_NAMES.join('|')}> <source> [--out FILE] [--no-evidence]
source, exactly one of:
  --cypher "MATCH ..." [--params '{"name": "市中区"}']   a read-only query (same guard as the console)
  --nodes ID,ID,... [--edges ID,ID,...]                   a selection by id
  --neighborhood ID [--depth 1..3]                        an entity and its neighbours
--out defaults to shizhong-subgraph-<date>.<ext> in the current directory; "-" writes to stdout.`;

export class UsageError extends Error {
  name = 'UsageError';
}

export interface ExportCommand {
  request: ExportRequest;
  out?: string;
}

const list = (s: string | undefined) => (s === undefined ? undefined : s.split(',').map((x) => x.trim()).filter(Boolean));

/** argv (without node and script) → a validated request, or a UsageError that says what is wrong. */
export function parseExportArgs(argv: string[]): ExportCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        format: { type: 'string', short: 'f' },
        cypher: { type: 'string' },
        params: { type: 'string' },
        nodes: { type: 'string' },
        edges: { type: 'string' },
        neighborhood: { type: 'string' },
        depth: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'no-evidence': { type: 'boolean' },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  let params: unknown;
  if (values.params !== undefined) {
    if (values.cypher === undefined) throw new UsageError('--params only goes with --cypher');
    try {
      params = JSON.parse(values.params);
    } catch {
      throw new UsageError(`--params is not valid JSON: ${values.params}`);
    }
  }
  if (values.edges !== undefined && values.nodes === undefined) values.nodes = '';
  if (values.depth !== undefined && values.neighborhood === undefined) throw new UsageError('--depth only goes with --neighborhood');
  if (values.depth !== undefined && !/^\d+$/.test(values.depth)) throw new UsageError(`--depth must be a whole number from 1 to 3, got "${values.depth}"`);
  const raw = {
    format: values.format,
    includeEvidence: !values['no-evidence'],
    selection: values.nodes !== undefined ? { nodeIds: list(values.nodes), edgeIds: list(values.edges) } : undefined,
    neighborhood: values.neighborhood !== undefined ? { id: values.neighborhood, depth: values.depth === undefined ? undefined : Number(values.depth) } : undefined,
    cypher: values.cypher !== undefined ? { query: values.cypher, ...(params !== undefined ? { params } : {}) } : undefined,
  };
  if (raw.format === undefined) throw new UsageError(`--format is required (one of ${EXPORT_FORMAT_NAMES.join(', ')})`);
  const parsed = ExportRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    const where = i.path.length ? `--${i.path[0] === 'selection' ? 'nodes' : String(i.path[0])}${i.path.length > 1 ? ` (${i.path.slice(1).join('.')})` : ''}: ` : '';
    throw new UsageError(`${where}${i.message}`);
  }
  return { request: parsed.data, out: values.out };
}

async function main(argv: string[]): Promise<number> {
  let command: ExportCommand;
  try {
    command = parseExportArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`export: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  const config = readConfig();
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    const file = await performExport(createDb(database.driver, config.NEO4J_DATABASE), command.request);
    const { counts } = file.doc.meta;
    if (command.out === '-') process.stdout.write(file.body);
    else {
      const path = resolve(command.out ?? file.fileName);
      writeFileSync(path, file.body);
      console.error(`wrote ${path}: ${counts.nodes} nodes, ${counts.edges} edges, ${counts.evidence} evidence records (${file.body.length} bytes)`);
    }
    return 0;
  } catch (err) {
    if (err instanceof HttpError && err.status < 500) {
      console.error(`export: ${err.message}`);
      return 2;
    }
    throw err;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`export failed: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
