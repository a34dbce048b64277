// `npm run reviewed [-- --out graph-seed/reviewed]`: writes every draft's reviewed (accepted) facts and figures as
// YAML in the graph-seed/data format, with the article text beside it and its metadata in
// articles.yaml, so reviews can be read and diffed in git. The database stays the source of truth
// (a reseed writes the drafts' graph again); to make a review part of the curated files, move its
// article into articles/ (filling in byline, reporters and newspaper) and its YAML into data/.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { readAllDrafts, resolveEntities } from '../model/storage/drafts.ts';
import { openDatabase } from '../server/src/database.ts';
import { readConfig } from '../server/src/config.ts';
import { reviewedData, reviewedYaml, type ExistingEntity } from './src/reviewed.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: new URL('./reviewed', import.meta.url).pathname } } });
const out = values.out!;

/** Write next to the target and rename: a reader never sees half a file. */
function writeAtomically(path: string, text: string) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

const config = readConfig();
const database = await openDatabase(config, (msg) => console.error(msg));
try {
  const session = database.driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: 'READ' });
  const written = await session.executeRead(async (tx) => {
    const files: Array<{ path: string; text: string }> = [];
    const meta: Array<{ file: string; headline: string; year: number | null }> = [];
    let entities = 0;
    let relations = 0;
    let figures = 0;
    for (const record of await readAllDrafts(tx)) {
      const resolved = new Map([...(await resolveEntities(tx, record))].map(([item, r]) => [item, r.id]));
      const ids = [...new Set([...resolved.values(), ...record.relations.flatMap((r) => [r.source, r.target])])];
      const res = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.type AS type', { ids });
      const existing = new Map<string, ExistingEntity>(res.records.map((r) => [r.get('id'), { name: r.get('name'), type: r.get('type') }]));
      const data = reviewedData(record, resolved, existing);
      if (!data) continue;
      entities += data.entities.length;
      relations += data.relations.length;
      figures += data.entities.reduce((n, e) => n + (e.figures?.length ?? 0), 0);
      files.push({ path: join(out, `${record.id}.yaml`), text: reviewedYaml(record, data) }, { path: join(out, record.file), text: record.text });
      meta.push({ file: record.file, headline: record.title ?? record.file, year: record.year });
    }
    return { files, meta, entities, relations, figures };
  });
  await session.close();
  mkdirSync(out, { recursive: true });
  for (const f of written.files) writeAtomically(f.path, f.text);
  writeAtomically(
    join(out, 'articles.yaml'),
    `# The reviewed articles (the articles/articles.yaml format without byline, reporters and newspaper: fill them in when moving one there)\n${stringify(written.meta)}`,
  );
  console.log(`wrote ${written.meta.length} reviewed articles (${written.entities} entities, ${written.relations} relations, ${written.figures} figures) to ${out}`);
} finally {
  await database.close();
}
