// The rules name patterns (a head noun, a clause shape, a part of speech), never a phrase of the corpus:
// no Chinese run of 4+ characters in the extractor's source (code and comments: an example in a comment
// is an invented one of the same shape), nor in the lexicon the rules read (ingest/lexicon.yaml, its
// comments included), may be printed in the five source articles. Names those articles print are
// curated entities (graph-seed/data), the gazetteer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_FILE, lexicon } from './lexicon.ts';

const SRC = new URL('.', import.meta.url).pathname;
/** Every source file of the extractor but its tests (which quote the articles to check against them), comments included. */
const SOURCE_FILES = readdirSync(SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const runs = (text: string) => [...new Set(text.match(/[\u3400-\u9fff]{4,}/g) ?? [])];

/** The five articles, as copied into the repository (graph-seed/articles, the same files as the shared corpus). */
function corpus(): string {
  const dir = join(SRC, '../../graph-seed/articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('the extraction rules', () => {
  it('hold no Chinese run of four or more characters that the corpus articles print, in code or comments', () => {
    const articles = corpus();
    expect(SOURCE_FILES.length).toBeGreaterThan(20);
    const found = SOURCE_FILES.flatMap((f) => runs(readFileSync(join(SRC, f), 'utf8')).filter((run) => articles.includes(run)).map((run) => `${f}: ${run}`));
    expect(found).toEqual([]);
  });
  it('read a lexicon that holds no Chinese run of four or more characters the corpus articles print', () => {
    const articles = corpus();
    const found = runs(readFileSync(LEXICON_FILE, 'utf8'));
    expect(found.length).toBeGreaterThan(50);
    expect(found.filter((run) => articles.includes(run))).toEqual([]);
  });
  it('would see a phrase of the articles if one were there (the check can fail)', () => {
    const articles = corpus();
    expect(runs('const X = /(?:突出事项)/;').filter((run) => articles.includes(run))).toEqual(['突出事项']);
    expect(runs('// a comment quoting 加快推进\nconst a = 1;').filter((run) => articles.includes(run))).toEqual(['加快推进']);
  });
  it('read their phrases of the domain from the curated lexicon', () => {
    const lex = lexicon();
    expect(lex.slogans).toContain('海洋强国');
    expect(lex.numbered_bodies.map((b) => b.name)).toContain('大会');
  });
});
