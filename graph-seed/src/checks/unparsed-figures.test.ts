// An unreadable amount is kept as text with its reason and listed, never dropped.
import { describe, expect, it } from 'vitest';
import { figureToStore } from '../figures.ts';
import type { SeedGraph } from '../model.ts';
import { unparsedFigures } from './unparsed-figures.ts';

const evidence = { article: '002_ef7e7b1f7dc22885.txt', start: 0, end: 10, quote: '争取资金三成以上', year: 2024 };

describe('unparsedFigures', () => {
  it('lists each figure kept as text with its data file, entity and reason', () => {
    const kept = figureToStore({ kind: 'other', amount: '三成以上' }, evidence);
    const read = figureToStore({ kind: 'other', amount: '1100余万元' }, { ...evidence, quote: '争取资金1100余万元' });
    expect(kept).toMatchObject({ text: '三成以上', value: null, unit: null, unparsed: expect.stringMatching(/expected a number/) });
    expect(read).toMatchObject({ value: 11_000_000n, unit: 'yuan', unparsed: null });
    const graph = { entities: [{ name: '市中区', figures: [kept, read] }] } as unknown as SeedGraph;
    expect(unparsedFigures(graph)).toEqual(['002_ef7e7b1f7dc22885.yaml (市中区): figure "三成以上" kept as text: figure "三成以上": expected a number followed by an optional 万/亿 and a unit, e.g. "89.3亿元" or "1100余万元"']);
  });
  it('finds none in the curated files', async () => {
    const { compileSeed } = await import('../compile.ts');
    expect(unparsedFigures(compileSeed())).toEqual([]);
  });
});
