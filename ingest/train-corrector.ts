// `npm run train:corrector`: trains the corrector the product runs (src/corrector.ts) and writes ingest/corrector.json.gz.
// Its examples are the rules' first runs of every scored eval set but the held-out ones (ingest/experiments/
// first-runs.sh re-extracts each with the rules frozen before anyone read it; they are not in git, 2 MB, ~10 minutes
// to rebuild): unseen-quality rule output against the gold, which is what a new article's rule output looks like.
// The perceptron shuffles its examples, so two trainings differ slightly (±0.01 F1 on real news).
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CORRECTOR_FILE } from './src/corrector.ts';
import { fullGazetteer } from './src/eval-texts.ts';
import { createSegmenter } from './src/segment.ts';
import { createModel } from './src/tagger.ts';
import { loadFirstRuns } from './experiments/first-runs.ts';

const runs = loadFirstRuns(createSegmenter(fullGazetteer()));
if (!runs.length) throw new Error('no first runs: run `bash ingest/experiments/first-runs.sh` first');
const examples = runs.flatMap((r) => r.texts.flatMap((t) => t.examples));
const model = createModel();
model.learn(examples);
writeFileSync(CORRECTOR_FILE, gzipSync(model.exportJSON(), { level: 9 }));
console.log(`trained on ${runs.length} first runs (${runs.map((r) => r.split).join(', ')}): ${examples.length} characters; wrote ${CORRECTOR_FILE}`);
