import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { createGrowingSegmenter, createSegmenter } from './segment.ts';

// Invented names: what matters is that jieba would otherwise cut them.
const first = buildGazetteer([{ name: '青禾湾片区', type: 'Area', aliases: [] }]);
const later = buildGazetteer([{ name: '蓝鲸翼科技园', type: 'Park', aliases: [] }]);
const words = (seg: ReturnType<typeof createSegmenter>, text: string) => seg.tokens(text).map((t) => t.word);

describe('the growing segmenter of a big graph (one jieba per process, names added per article)', () => {
  it('keeps the first gazetteer\'s names whole and tagged by type, like a segmenter built for it', () => {
    const text = '青禾湾片区今年新建两所学校。';
    expect(createGrowingSegmenter(first).tokens(text)).toEqual(createSegmenter(first).tokens(text));
    expect(createGrowingSegmenter(first).tokens(text)[0]).toMatchObject({ word: '青禾湾片区', tag: 'ns' });
  });

  it('keeps a later article\'s new names whole too, and still the earlier ones', () => {
    const text = '蓝鲸翼科技园位于青禾湾片区。';
    expect(words(createSegmenter(), text)).not.toContain('蓝鲸翼科技园');
    const seg = createGrowingSegmenter(later);
    expect(words(seg, text)).toContain('蓝鲸翼科技园');
    expect(words(seg, text)).toContain('青禾湾片区');
  });
});
