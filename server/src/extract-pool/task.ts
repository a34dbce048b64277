// The worker side of the extraction pool (pool.ts): an article's text in, the draft the extractor
// proposes out. Runs in a worker thread, so jieba and the rules (seconds on a long article) never hold
// the server's event loop. The extractor over the curated names is kept while they stay the same; a big
// graph's names change with every article, so there the worker keeps one growing jieba dictionary instead.
import { buildDraft, type Draft, type DraftArticle } from '../../../ingest/src/draft.ts';
import { createExtractor, type Extractor } from '../../../ingest/src/extract.ts';
import { buildGazetteer, type GazetteerEntry } from '../../../ingest/src/gazetteer.ts';
import { createGrowingSegmenter } from '../../../ingest/src/segment.ts';

export interface ExtractTask {
  /** a hash of `entries`: the same names build the same extractor */
  key: string;
  /** every curated name and alias in the database now */
  entries: GazetteerEntry[];
  /** `entries` are a big graph's names cut for this article (drafts.ts, gazetteerEntries) */
  partial?: boolean;
  text: string;
  year?: number;
  article: DraftArticle;
}

let cached: { key: string; extractor: Extractor } | undefined;

function extractorFor({ key, entries, partial }: ExtractTask): Extractor {
  if (cached?.key !== key) {
    const gazetteer = buildGazetteer(entries);
    cached = { key, extractor: createExtractor(gazetteer, partial ? createGrowingSegmenter(gazetteer) : undefined) };
  }
  return cached.extractor;
}

export default function extract(task: ExtractTask): Draft {
  const extraction = extractorFor(task).extract(task.text, { year: task.year });
  return buildDraft(extraction, task.article);
}
