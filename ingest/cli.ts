// `npm run ingest -- <article.txt> [--year 2025] [--title "…"] [--out draft.json] [--load]`: extract
// proposed entities and relations with evidence into a reviewable draft; --load also writes them to
// Neo4j as status 'proposed'. Refusals (empty, binary, oversized, unknown encoding) exit 2.
import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { IngestInputError } from './src/decode.ts';
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
  const { draft, text } = ingestFile(file, { year, title: args.values.title });
  const json = JSON.stringify(draft, null, 2) + '\n';
  if (args.values.out) {
    // write next to the target and rename: a reader never sees half a draft
    const tmp = `${args.values.out}.tmp-${process.pid}`;
    writeFileSync(tmp, json);
    renameSync(tmp, args.values.out);
  } else if (!args.values.load) process.stdout.write(json);
  const known = draft.entities.filter((e) => e.known).length;
  console.error(
    `ingest: ${draft.article.file} (${draft.article.encoding}${draft.article.convertedFromTraditional ? ', converted from traditional' : ''}): ` +
      `${draft.entities.length} entities (${known} already curated), ${draft.relationships.length} relationships${args.values.out ? ` → ${args.values.out}` : ''}`,
  );
  if (args.values.load) {
    const { readConfig } = await import('../server/src/config.ts');
    const { openDatabase } = await import('../server/src/database.ts');
    const { loadDraft } = await import('./src/load.ts');
    const config = readConfig();
    const database = await openDatabase(config, (msg) => console.error(msg));
    try {
      const counts = await loadDraft(database.driver, draft, text, { database: config.NEO4J_DATABASE });
      if (counts.replacedText) console.error(`ingest: ${draft.article.file} was loaded before with another text: replaced it and everything proposed from it`);
      console.error(`ingest: loaded as proposed — ${counts.created} new entities, ${counts.linkedToCurated} linked to curated ones, ${counts.relations} relationships, ${counts.mentions} mention links`);
    } finally {
      await database.close();
    }
  }
} catch (err) {
  if (err instanceof IngestInputError) fail(err.message);
  if ((err as Error).name === 'DraftLoadError') fail((err as Error).message);
  fail(`failed: ${(err as Error).message}`, 1);
}
