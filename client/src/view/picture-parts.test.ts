// The pure parts of a big view's picture: arrowheads at the target's outline, group boxes and badges read
// from the canvas's elements, and the names an export draws at its scale.
import { describe, expect, it } from 'vitest';
import { addArrow, ARROW_LENGTH, arrowsShow, boxInset } from './picture-arrows.ts';
import { boxAt, boxesOf, boxSize } from './picture-boxes.ts';
import { exportNames } from './picture-labels.ts';

/** Records the path calls as points. */
const recorder = () => {
  const pts: Array<[number, number]> = [];
  return { pts, moveTo: (x: number, y: number) => void pts.push([x, y]), lineTo: (x: number, y: number) => void pts.push([x, y]), closePath: () => {} };
};

describe('arrowheads', () => {
  it('puts the tip on the target\'s outline, pointing from the source', () => {
    const p = recorder();
    expect(addArrow(p, 0, 0, 100, 0, 11)).toBe(true);
    expect(p.pts[0]).toEqual([89, 0]);
    // the base behind the tip, across the line
    expect(p.pts[1][0]).toBeCloseTo(89 - ARROW_LENGTH);
    expect(p.pts[2][0]).toBeCloseTo(89 - ARROW_LENGTH);
    expect(p.pts[1][1]).toBeCloseTo(-p.pts[2][1]);
  });

  it('draws none where the ends are too close for it, and none when the zoom makes it a speck', () => {
    expect(addArrow(recorder(), 0, 0, 10, 0, 11)).toBe(false);
    expect(arrowsShow(1)).toBe(true);
    expect(arrowsShow(0.2)).toBe(false);
    // nor in a crowd: thousands of edges in view (a fitted 20k view) show no direction, and would double the frame
    expect(arrowsShow(1, 12_000)).toBe(false);
    expect(arrowsShow(1, 12_000, Infinity)).toBe(true);
  });

  it('finds where a ray leaves a box', () => {
    expect(boxInset(-100, 0, 0, 0, 50, 10)).toBeCloseTo(50);
    expect(boxInset(0, -100, 0, 0, 50, 10)).toBeCloseTo(10);
  });
});

describe('group boxes and badges', () => {
  const elements = [
    { group: 'nodes' as const, data: { id: 'more:a', center: 'a', label: '+296 更多' }, classes: 'more' },
    { group: 'nodes' as const, data: { id: 'group:h|k', center: 'h', key: 'k', label: '支撑 · 战略 89' }, classes: 'group' },
    { group: 'edges' as const, data: { id: 'grouplink:h|k', source: 'h', target: 'group:h|k' }, classes: 'group-link' },
  ];

  it('reads badges and groups (with the way their facts point) from the canvas elements', () => {
    const boxes = boxesOf(elements);
    expect(boxes).toEqual([
      { id: 'more:a', kind: 'more', center: 'a', label: '+296 更多', key: undefined, out: false },
      { id: 'group:h|k', kind: 'group', center: 'h', label: '支撑 · 战略 89', key: 'k', out: true },
    ]);
  });

  it('sizes a box from its text and finds the one under a point', () => {
    const size = boxSize('group', '支撑 · 战略 89');
    expect(size.h).toBe(36);
    expect(size.w).toBeGreaterThan(4 * 12);
    const placed = [{ ...boxesOf(elements)[1], x: 0, y: 0, ...size, hub: -1 }];
    expect(boxAt(placed, size.w / 2 - 1, 0, 0)?.id).toBe('group:h|k');
    expect(boxAt(placed, size.w / 2 + 5, 0, 0)).toBeNull();
  });
});

describe('names of an export', () => {
  const s = { xs: [0, 10, 400, 800], ys: [0, 0, 0, 0], sizes: [20, 20, 20, 20], hidden: [0, 0, 0, 1] };
  const text = (i: number) => ['市中区', '枣庄', '新能源', '隐藏'][i];

  it('names every node whose name fits at the scale, the most mentioned first, none over another and none hidden', () => {
    const names = exportNames(s, [1, 0, 2, 3], text, 1);
    expect(names.map((n) => n.text)).toEqual(['枣庄', '新能源']);
  });

  it('names more when the export is drawn larger', () => {
    expect(exportNames(s, [1, 0, 2, 3], text, 10).map((n) => n.text)).toEqual(['枣庄', '市中区', '新能源']);
  });
});
