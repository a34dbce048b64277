// The worker side of the extraction pool (pool.ts): an article's text in, the draft the extractor
// proposes out. Runs in a worker thread, so jieba and the rules (seconds on a long article) never hold
// the server's event loop. The extractor over the curated names is kept while they stay the same.
import { buildDraft, type Draft, type DraftArticle } from '../../../ingest/src/draft.ts';
import { createExtractor, type Extractor } from '../../../ingest/src/extract.ts';
import { buildGazetteer, type GazetteerEntry } from '../../../ingest/src/gazetteer.ts';

export interface ExtractTask {
  /** a hash of `entries`: the same names build the same extractor */
  key: string;
  /** every curated name and alias in the database now */
  entries: GazetteerEntry[];
  text: string;
  year?: number;
  article: DraftArticle;
}

let cached: { key: string; extractor: Extractor } | undefined;

function extractorFor(key: string, entries: GazetteerEntry[]): Extractor {
  if (cached?.key !== key) cached = { key, extractor: createExtractor(buildGazetteer(entries)) };
  return cached.extractor;
}

export default function extract(task: ExtractTask): Draft {
  const extraction = extractorFor(task.key, task.entries).extract(task.text, { year: task.year });
  return buildDraft(extraction, task.article);
}
