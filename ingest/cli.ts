// `npm run ingest -- <article.txt> [--year 2025] [--title "…"] [--out draft.json] [--load]`: extract
// proposed entities and relations with evidence into a reviewable draft; --load instead makes it a
// draft in Neo4j to review in the browser, through the same code as POST /api/drafts, and works while
// the app runs. Refusals (empty, binary, oversized, unknown encoding, a conflicting text) exit 2.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestInputError, refuseOversized } from './src/decode.ts';
import { ingestFile } from './src/ingest.ts';

const USAGE = 'usage: npm run ingest -- <article.txt> [--year 2025] [--title "…"] [--out draft.json] [--load]';

function fail(message: string, code = 2): never {
  console.error(`ingest: ${message}`);
  process.exit(code);
}

let args: ReturnType<typeof parseArgs<{ options: { year: { type: 'string' }; title: { type: 'string' }; out: { type: 'string' }; load: { type: 'boolean' } }; allowPositionals: true }>>;
try {
  args = parseArgs({ options: { year: { type: 'string' }, title: { type: 'string' }, out: { type: 'string' }, load: { type: 'boolean' } }, allowPositionals: true });
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}
const [file] = args.positionals;
if (!file || args.positionals.length > 1) fail(USAGE);
const year = args.values.year === undefined ? undefined : Number(args.values.year);
if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) fail(`--year "${args.values.year}": expected a year such as 2025`);

try {
  if (args.values.load) await loadIntoDatabase(file);
  else {
    const { draft } = ingestFile(file, { year, title: args.values.title });
    const json = JSON.stringify(draft, null, 2) + '\n';
    if (args.values.out) {
      // write next to the target and rename: a reader never sees half a draft
      const tmp = `${args.values.out}.tmp-${process.pid}`;
      writeFileSync(tmp, json);
      renameSync(tmp, args.values.out);
    } else process.stdout.write(json);
    const known = draft.entities.filter((e) => e.known).length;
    console.error(
      `ingest: ${draft.article.file} (${draft.article.encoding}${draft.article.convertedFromTraditional ? ', converted from traditional' : ''}): ` +
        `${draft.entities.length} entities (${known} already curated), ${draft.relationships.length} relationships${args.values.out ? ` → ${args.values.out}` : ''}`,
    );
  }
} catch (err) {
  if (err instanceof IngestInputError) fail(err.message);
  const status = (err as { status?: number }).status;
  if (typeof status === 'number' && status < 500) fail((err as Error).message);
  fail(`failed: ${(err as Error).message}`, 1);
}

/**
 * --load: the same path as POST /api/drafts (decode, extract with everything curated in the database
 * now, load in one transaction), on the database `npm start` runs when it runs (bolt.json) or one of
 * its own. The draft is named after the file, so loading it again keeps the review's decisions.
 */
async function loadIntoDatabase(path: string): Promise<void> {
  const { readConfig } = await import('../server/src/config.ts');
  const { openDatabase } = await import('../server/src/database.ts');
  const { proposeDraft } = await import('../server/src/operations/drafts.ts');
  const { ensureSchema } = await import('../model/storage/index.ts');
  let bytes: Buffer;
  try {
    refuseOversized(statSync(path).size, basename(path));
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof IngestInputError) throw err;
    throw new IngestInputError(`cannot read ${path}: no such file`);
  }
  const config = readConfig();
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    await ensureSchema(database.driver, config.NEO4J_DATABASE);
    const { view, existed } = await proposeDraft(
      { driver: database.driver, database: config.NEO4J_DATABASE },
      { bytes, name: basename(path), file: basename(path), title: args.values.title, year },
    );
    if (args.values.out) {
      const tmp = `${args.values.out}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify(view, null, 2) + '\n');
      renameSync(tmp, args.values.out);
    }
    const c = view.counts;
    console.error(
      `ingest: ${existed ? 'loaded again' : 'loaded'} draft ${view.id} (${view.encoding}): ${view.entities.length} entities (${view.entities.filter((e) => e.match).length} already in the graph), ` +
        `${view.relations.length} relationships; decided before: ${c.entities.accepted + c.relations.accepted} accepted, ${c.entities.rejected + c.relations.rejected} rejected (not proposed again). ` +
        `Review it in the browser: /#review=${view.id}`,
    );
  } finally {
    await database.close();
  }
}
