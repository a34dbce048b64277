// Real news as an evaluation set: pages of Chinese local news that nobody here wrote, found in a public web archive
// and kept OUTSIDE the repo (they are third parties' texts: ../shared/real-news/texts/, or REAL_NEWS_DIR). The repo
// holds what is ours: each page's address and the SHA-256 of the text scored (eval-texts/real/sources.tsv), so anyone
// can rebuild the folder and know it is the same, and the gold lists of two readers who annotated every text
// independently (eval-texts/real/<reader>/rNN.gold.yaml). That set is held out (isHeldOut('real')): only totals are
// ever printed. Two more sets of real pages with one reader each are in-sample: `real-dev`, whose errors are read
// while tuning, and `real-train`, what the corrector learns from. `real-fresh` (one reader) is held out like `real`: pages
// found after real/ had been looked at five times, so that the rules can be measured on pages nobody tuning them has read.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_TEXTS_ROOT, readGold, type EvalText } from './eval-texts.ts';

export type RealSet = 'real' | 'real-dev' | 'real-train' | 'real-fresh';
/** Where a set's texts are: ../shared/real-news/ beside the repo, or REAL_NEWS_DIR. */
const TEXTS_HOME = process.env.REAL_NEWS_DIR ?? new URL('../../../shared/real-news/', import.meta.url).pathname;
export const REAL_SETS: Record<RealSet, { root: string; texts: string }> = {
  real: { root: join(EVAL_TEXTS_ROOT, 'real'), texts: join(TEXTS_HOME, 'texts') },
  'real-dev': { root: join(EVAL_TEXTS_ROOT, 'real-dev'), texts: join(TEXTS_HOME, 'dev-texts') },
  'real-train': { root: join(EVAL_TEXTS_ROOT, 'real-train'), texts: join(TEXTS_HOME, 'train-texts') },
  'real-fresh': { root: join(EVAL_TEXTS_ROOT, 'real-fresh'), texts: join(TEXTS_HOME, 'fresh-texts') },
};
export const READERS = ['first', 'second'] as const;
export type Reader = (typeof READERS)[number];

export interface Source {
  file: string;
  url: string;
  headline: string;
  date: string;
  place: string;
  sha256: string;
}

/** sources.tsv: one row per text, a header first; the columns named there. */
export function readSources(root: string): Source[] {
  const [header, ...rows] = readFileSync(join(root, 'sources.tsv'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) as unknown as Source);
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * One reader's gold lists with their texts. A missing folder or a text that is not the one scored before (its hash
 * differs) stops the run with what to do. A missing text is left out and listed in `missing` (pages get lost: 16 of
 * real-train's were, 2026-12-01, and its other 54 still count); a reader who did not finish a text has no gold for it,
 * and that text is left out for that reader.
 */
export function loadRealNews(set: RealSet, reader: Reader, { root, texts: textsDir } = REAL_SETS[set]): EvalText[] & { withheld: number; missing: string[] } {
  if (!existsSync(textsDir)) throw new Error(`no real news texts at ${textsDir}: rebuild the folder from the addresses in ${join(root, 'sources.tsv')} (or point REAL_NEWS_DIR at the folder holding texts/, dev-texts/ and train-texts/)`);
  const goldDir = join(root, reader);
  const golds = new Set(readdirSync(goldDir).filter((f) => f.endsWith('.gold.yaml')));
  const sources = readSources(root).filter((s) => golds.has(s.file.replace(/\.txt$/, '.gold.yaml')));
  const missing = sources.filter((s) => !existsSync(join(textsDir, s.file))).map((s) => s.file);
  const texts = sources
    .filter((s) => !missing.includes(s.file))
    .map((s) => {
      const path = join(textsDir, s.file);
      const text = readFileSync(path, 'utf8');
      if (sha256(text) !== s.sha256) throw new Error(`${path} is not the text that was annotated (its SHA-256 differs from sources.tsv)`);
      return { file: s.file, text, goldFile: join(goldDir, s.file.replace(/\.txt$/, '.gold.yaml')) };
    });
  return Object.assign(readGold(set, texts), { missing });
}
