// The rules name patterns (a head noun, a clause shape, a part of speech), never a phrase of the corpus:
// no Chinese run of 4+ characters in the rule code, nor in the lexicon the rules read (ingest/lexicon.yaml,
// its comments included), may be printed in the five source articles. Names those articles print are
// curated entities (graph-seed/data), the gazetteer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_FILE, lexicon } from './lexicon.ts';

const SRC = new URL('.', import.meta.url).pathname;
/** The rule code: every source file of the extractor but tests, evaluation, reporting and I/O. */
const RULE_FILES = readdirSync(SRC).filter((f) => f.endsWith('.ts') && !/\.test\.ts$|^(?:eval|eval-texts|report|decode|draft|load|ingest|lexicon)\.ts$/.test(f));

/** Code without its comments: comments may quote the articles to explain a rule. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

/** The five articles, as copied into the repository (graph-seed/articles, the same files as the shared corpus). */
function corpus(): string {
  const dir = join(SRC, '../../graph-seed/articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('the extraction rules', () => {
  it('hold no Chinese literal of four or more characters that the corpus articles print', () => {
    const articles = corpus();
    expect(RULE_FILES.length).toBeGreaterThan(8);
    const found = RULE_FILES.flatMap((f) => [...new Set(code(readFileSync(join(SRC, f), 'utf8')).match(/[\u3400-\u9fff]{4,}/g) ?? [])].filter((run) => articles.includes(run)).map((run) => `${f}: ${run}`));
    expect(found).toEqual([]);
  });
  it('read a lexicon that holds no Chinese run of four or more characters the corpus articles print', () => {
    const articles = corpus();
    const runs = [...new Set(readFileSync(LEXICON_FILE, 'utf8').match(/[\u3400-\u9fff]{4,}/g) ?? [])];
    expect(runs.length).toBeGreaterThan(50);
    expect(runs.filter((run) => articles.includes(run))).toEqual([]);
  });
  it('would see a phrase of the articles if one were there (the check can fail)', () => {
    expect(corpus().includes(code('const X = /(?:突出事项)/; // 突出事项').match(/[\u3400-\u9fff]{4,}/g)![0])).toBe(true);
    expect(code('// 加快推进\nconst a = 1;')).not.toMatch(/加快推进/);
  });
  it('read their phrases of the domain from the curated lexicon', () => {
    const lex = lexicon();
    expect(lex.slogans).toContain('海洋强国');
    expect(lex.numbered_bodies.map((b) => b.name)).toContain('大会');
  });
});
