// The seed command's database side: connect (NEO4J_URI or the embedded launcher), load with a
// progress bar, print counts by label and type, stop what it started.
import { SingleBar, Presets } from 'cli-progress';
import { openDatabase } from '../../server/src/database.ts';
import { readConfig } from '../../server/src/config.ts';
import { countGraph } from '../../server/src/operations/stats.ts';
import { createDb } from '../../server/src/store/db.ts';
import { loadSeed } from './load.ts';
import type { SeedGraph } from './model.ts';

export async function runSeedCommand(graph: SeedGraph, options: { reset: boolean }): Promise<void> {
  const config = readConfig();
  const database = await openDatabase(config, (msg) => console.log(msg));
  try {
    const bar = new SingleBar({ format: 'loading [{bar}] {value}/{total} statements' }, Presets.shades_classic);
    bar.start(1, 0);
    const counts = await loadSeed(database.driver, graph, {
      reset: options.reset,
      database: config.NEO4J_DATABASE,
      onProgress: (done, total) => {
        bar.setTotal(total);
        bar.update(done);
      },
    });
    bar.stop();
    console.log(`loaded ${counts.entities} entities, ${counts.relations} relations, ${counts.mentions} mention links, ${counts.articles} articles${counts.drafts ? `; wrote the graph of ${counts.drafts} drafts again (reviewed items kept)` : ''}`);
    const s = await countGraph(createDb(database.driver, config.NEO4J_DATABASE));
    console.log(`database now holds ${s.nodes} nodes and ${s.relationships} relationships`);
    console.table(s.labels);
    console.table(s.relationshipTypes);
  } finally {
    await database.close();
  }
}
