// The label budget's geometry: names wrapped as Cytoscape wraps them (its renderer's getLabelText), and the
// box it measures for a name under a node. Widths here are a fixed 12 px a CJK character and 6 px anything
// else, rounded up as Cytoscape rounds; the browser's own measure is checked end to end (tests/e2e/labels-*.test.ts).
import { describe, expect, it } from 'vitest';
import { LABEL_PX, NAME_WRAP_PX, nameBox, wrapName, wrapSums } from './labels.ts';

const width = (t: string) => Math.ceil([...t].reduce((w, c) => w + (c === '\u200b' ? 0 : /\p{Script=Han}|[“”、]/u.test(c) ? 12 : 6), 0));
const plain = (lines: string[]) => lines.map((l) => l.replaceAll('\u200b', ''));

describe('wrapName, as Cytoscape wraps', () => {
  it('keeps a name that fits on one line', () => {
    expect(plain(wrapName('市中区', true, width, NAME_WRAP_PX))).toEqual(['市中区']);
    expect(wrapName('Big Data', false, width, NAME_WRAP_PX)).toEqual(['Big Data']);
  });

  it('breaks Chinese between any two characters, seven to a line at NAME_WRAP_PX', () => {
    expect(plain(wrapName('投资项目建设审批代办服务规范', true, width, NAME_WRAP_PX))).toEqual(['投资项目建设审', '批代办服务规范']);
    expect(plain(wrapName('新时代社会主义现代化活力品质强区', true, width, NAME_WRAP_PX))).toEqual(['新时代社会主义', '现代化活力品质', '强区']);
  });

  it('breaks English and pinyin between words only, a word taking its space along when it is measured', () => {
    // 6 px a letter: 15 to NAME_WRAP_PX. "Shandong Energy" is 15, but Cytoscape measures "Shandong Energy " (16)
    // before it takes the word, and each line keeps its trailing space
    expect(wrapName('Shandong Energy Internet Industry Cluster', false, width, NAME_WRAP_PX)).toEqual(['Shandong ', 'Energy ', 'Internet ', 'Industry ', 'Cluster']);
    expect(wrapName('Cluster Zone Strategy', false, width, NAME_WRAP_PX)).toEqual(['Cluster Zone ', 'Strategy']);
    expect(wrapName('zhōng yāng huó lì qū', false, width, NAME_WRAP_PX)).toEqual(['zhōng yāng huó ', 'lì qū']);
  });

  it('puts a word longer than the width on a line of its own, unbroken', () => {
    expect(wrapName('xinshidaishehuizhuyi xiandaihua', false, width, NAME_WRAP_PX)).toEqual(['xinshidaishehuizhuyi ', 'xiandaihua']);
  });

  it('wraps the same at any zoom when measured at the model size (the font and the width scale together)', () => {
    for (const zoom of [0.25, 0.5, 2]) {
      const scaled = (t: string) => Math.ceil(width(t) / zoom);
      expect(plain(wrapName('投资项目建设审批代办服务规范', true, scaled, NAME_WRAP_PX / zoom))).toEqual(['投资项目建设审', '批代办服务规范']);
    }
  });
});

describe('wrapSums, wrapName for CJK names from their characters\' widths', () => {
  it('breaks where wrapName breaks and gives its lines\' widths, measuring the same widths on the way', () => {
    // fractional widths and a break of non-zero width: a sum in another order would round differently
    const chars = '投资项目建设审批代办服务规范新时代社会主义现代化活力品质强区、《》';
    const glyph = (ch: string) => (ch === '\u200b' ? 0.013 : 11.37 + (ch.charCodeAt(0) % 7) * 0.291);
    const summed = (t: string) => [...t].reduce((w, ch) => w + glyph(ch), 0);
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let k = 0; k < 400; k++) {
      const name = Array.from({ length: 1 + (next() % 20) }, () => chars[next() % chars.length]).join('');
      for (const [round, max] of [[(w: number) => w, NAME_WRAP_PX], [Math.ceil, NAME_WRAP_PX / 0.37]] as const) {
        const fromText: number[] = [];
        const lines = wrapName(name, true, (t) => round(fromText[fromText.push(summed(t)) - 1]), max);
        const fromSums: number[] = [];
        const sums = wrapSums([...name].map(glyph), glyph('\u200b'), (w) => round(fromSums[fromSums.push(w) - 1]), max);
        expect(sums).toEqual(lines.map(summed));
        expect(fromSums).toEqual(fromText);
      }
    }
  });
});

describe('nameBox, the box Cytoscape measures for a name', () => {
  it('starts at the node and is LABEL_PX a line plus the padding and margins, which scale with the zoom', () => {
    expect(nameBox(100, 50, { width: 36, lines: 1 }, 1)).toEqual({ x1: 79, y1: 50, x2: 121, y2: 50 + LABEL_PX + 6 });
    // at zoom 0.5 the text stays LABEL_PX a line; padding (1), margin of error (2) and text margin (3) halve
    expect(nameBox(100, 50, { width: 36, lines: 3 }, 0.5)).toEqual({ x1: 80.5, y1: 50, x2: 119.5, y2: 50 + 3 * LABEL_PX + 3 });
  });
});
