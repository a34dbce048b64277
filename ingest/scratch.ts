import { createExtractor } from './src/extract.ts';
import { curatedGazetteer } from './src/ingest.ts';
import { createSegmenter } from './src/segment.ts';
const g = curatedGazetteer();
const x = createExtractor(g);
for (const t of process.argv.slice(2)) {
  const r = x.extract(t);
  console.log(r.entities.map(e => `${e.name}/${e.type}[${e.aliases}]`).join('  '));
  console.log(r.relations.map(e => `${e.source} ${e.type} ${e.target}`).join('  '));
  console.log(createSegmenter(g).tokens(t).map(t=>t.word+'/'+t.tag).join(' '));
}
