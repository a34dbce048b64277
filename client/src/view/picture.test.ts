// The picture's hit test (what a click on a big view selects): pure arithmetic on the node arrays.
import { describe, expect, it } from 'vitest';
import { nearest } from './picture.ts';

const nodes = (list: Array<[x: number, y: number, size: number, hidden?: number]>) => ({
  xs: list.map((n) => n[0]),
  ys: list.map((n) => n[1]),
  sizes: list.map((n) => n[2]),
  hidden: list.map((n) => n[3] ?? 0),
});

describe('nearest', () => {
  it('picks, of overlapping nodes, the one whose centre is nearest the click', () => {
    const g = nodes([[0, 0, 40], [10, 0, 40], [30, 0, 40]]);
    expect(nearest(g, 12, 0, 1, { x: 0, y: 0 })).toBe(1);
    expect(nearest(g, 26, 0, 1, { x: 0, y: 0 })).toBe(2);
  });

  it('works in screen pixels through the camera, and hits a node a pixel wide at overview zoom', () => {
    // zoom 0.05: a 22-unit node is about one pixel on screen; the 3 px of slack still catch it
    const g = nodes([[1000, -2000, 22]]);
    const pan = { x: 640, y: 400 };
    const at = { x: 1000 * 0.05 + pan.x, y: -2000 * 0.05 + pan.y };
    expect(nearest(g, at.x + 2.5, at.y - 2.5, 0.05, pan)).toBe(0);
    expect(nearest(g, at.x + 6, at.y, 0.05, pan)).toBe(-1);
  });

  it('skips hidden (filtered) nodes and answers -1 on the background', () => {
    const g = nodes([[0, 0, 40, 1], [100, 0, 40]]);
    expect(nearest(g, 0, 0, 1, { x: 0, y: 0 })).toBe(-1);
    expect(nearest(g, 100, 5, 1, { x: 0, y: 0 })).toBe(1);
  });
});
