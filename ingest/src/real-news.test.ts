// The real-news set's loader: texts kept outside the repo are scored only when they are the texts the readers
// annotated, and a missing folder says how to rebuild it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTexts, fullGazetteer } from './eval-texts.ts';
import { loadRealNews, sha256 } from './real-news.ts';

const TEXT = '历下区龙德小学今天开学。';

function fixture(text = TEXT) {
  const root = mkdtempSync(join(tmpdir(), 'real-news-'));
  const texts = join(root, 'texts');
  mkdirSync(texts);
  mkdirSync(join(root, 'first'));
  writeFileSync(join(texts, 'r01.txt'), text);
  writeFileSync(join(texts, 'r02.txt'), '槐荫区今天签约。');
  const row = (file: string, t: string) => [file, `https://example.org/${file}`, '', '', '', String(t.length), '', sha256(t)].join('\t');
  writeFileSync(join(root, 'sources.tsv'), ['file\turl\theadline\tdate\tplace\tchars\ttopic\tsha256', row('r01.txt', TEXT), row('r02.txt', '槐荫区今天签约。')].join('\n') + '\n');
  // the reader annotated r01 only
  writeFileSync(join(root, 'first', 'r01.gold.yaml'), 'entities:\n  - {name: 龙德小学, type: Facility}\n  - {name: 历下区, type: Area}\nrelations:\n  - {source: 龙德小学, type: LOCATED_IN, target: 历下区}\n');
  return { root, texts };
}

describe('the real news set', () => {
  it('scores the texts a reader annotated, with their gold', () => {
    const { root, texts } = fixture();
    const loaded = loadRealNews('real', 'first', { root, texts });
    expect(loaded.map((t) => t.file)).toEqual(['r01.txt']);
    const r = evaluateTexts('real', loaded, fullGazetteer());
    expect(r.entities.tp + r.entities.fn).toBe(2);
  });
  it('refuses a text that is not the one annotated', () => {
    const { root, texts } = fixture();
    writeFileSync(join(texts, 'r01.txt'), `${TEXT}（完）`);
    expect(() => loadRealNews('real', 'first', { root, texts })).toThrow(/not the text that was annotated/);
  });
  it('says where to rebuild the texts from when they are absent', () => {
    const { root } = fixture();
    expect(() => loadRealNews('real', 'first', { root, texts: join(root, 'nowhere') })).toThrow(/rebuild the folder from the addresses in .*sources\.tsv/);
  });
  it('leaves out a text that was lost and lists it, so the others still count', () => {
    const { root, texts } = fixture();
    writeFileSync(join(root, 'first', 'r02.gold.yaml'), 'entities:\n  - {name: 槐荫区, type: Area}\nrelations: []\n');
    rmSync(join(texts, 'r01.txt'));
    const loaded = loadRealNews('real', 'first', { root, texts });
    expect(loaded.map((t) => t.file)).toEqual(['r02.txt']);
    expect(loaded.missing).toEqual(['r01.txt']);
  });
  it.each(['real', 'real-fresh'] as const)('%s is held out: a gold entry its text does not print is counted, never named', (set) => {
    const { root, texts } = fixture();
    writeFileSync(join(root, 'first', 'r01.gold.yaml'), 'entities:\n  - {name: 育英中学, type: Facility}\n  - {name: 历下区, type: Area}\nrelations: []\n');
    const loaded = loadRealNews(set, 'first', { root, texts });
    expect(loaded.withheld).toBe(1);
    expect(loaded[0].gold.entities.map((e) => e.name)).toEqual(['历下区']);
  });
  it('real-dev is in-sample: a gold entry its text does not print stops the run, named', () => {
    const { root, texts } = fixture();
    writeFileSync(join(root, 'first', 'r01.gold.yaml'), 'entities:\n  - {name: 育英中学, type: Facility}\nrelations: []\n');
    expect(() => loadRealNews('real-dev', 'first', { root, texts })).toThrow(/育英中学.*not printed/);
  });
});
