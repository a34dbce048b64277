// `npm run seed [-- --reset] [--check] [--schema-doc]`: compile the curated files, then (unless --check)
// load them into Neo4j and print counts by label and type. --schema-doc rewrites SCHEMA.md.
import { writeFileSync } from 'node:fs';
import { unparsedFigures } from './src/checks/unparsed-figures.ts';
import { compileSeed } from './src/compile.ts';
import { renderSchemaDoc } from './src/schema-doc.ts';
import { SeedDataError } from './src/model.ts';

const args = new Set(process.argv.slice(2));
try {
  const graph = compileSeed();
  const byLabel: Record<string, number> = {};
  for (const e of graph.entities) byLabel[e.label] = (byLabel[e.label] ?? 0) + 1;
  const byType: Record<string, number> = {};
  for (const r of graph.relations) byType[r.type] = (byType[r.type] ?? 0) + 1;
  console.log(`compiled ${graph.entities.length} entities, ${graph.relations.length} relations from ${graph.articles.length} articles`);
  console.table(byLabel);
  console.table(byType);
  if (args.has('--schema-doc')) {
    writeFileSync(new URL('./SCHEMA.md', import.meta.url), renderSchemaDoc(graph));
    console.log('wrote graph-seed/SCHEMA.md');
  }
  // figures the parser cannot read are kept as text, never dropped: listed here for a curator
  const unparsed = unparsedFigures(graph);
  if (unparsed.length) console.log(`${unparsed.length} figure(s) kept as text (the amount could not be read):\n${unparsed.map((l) => `  - ${l}`).join('\n')}`);
  else if (args.has('--check')) console.log('every figure\'s amount was read');
  if (args.has('--check') || args.has('--schema-doc')) process.exit(0);
  const { runSeedCommand } = await import('./src/command.ts');
  await runSeedCommand(graph, { reset: args.has('--reset') });
} catch (err) {
  if (err instanceof SeedDataError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
