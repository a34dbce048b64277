import { describe, expect, it } from 'vitest';
import { freeArea, pathViewport } from './path-view.ts';

const canvas = { x: 0, y: 0, w: 800, h: 700 };

describe('freeArea', () => {
  it('is the strip right of a panel floating over the left side', () => {
    expect(freeArea(canvas, { x: 10, y: 10, w: 280, h: 460 })).toEqual({ x: 290, y: 0, w: 510, h: 700 });
  });
  it('is the whole canvas without a panel', () => {
    expect(freeArea(canvas, null)).toEqual(canvas);
  });
});

describe('pathViewport', () => {
  const area = { x: 290, y: 0, w: 510, h: 700 };
  it('leaves a view alone that shows the path in the free area already', () => {
    expect(pathViewport([{ x: 400, y: 300 }, { x: 500, y: 350 }], area, { zoom: 1, pan: { x: 0, y: 0 } })).toBeNull();
  });
  it('moves a path hidden under the panel into the free area, centred, without zooming in', () => {
    const v = pathViewport([{ x: 100, y: 300 }, { x: 200, y: 400 }], area, { zoom: 0.8, pan: { x: 0, y: 0 } })!;
    expect(v.zoom).toBe(0.8);
    for (const p of [{ x: 100, y: 300 }, { x: 200, y: 400 }]) {
      const x = p.x * v.zoom + v.pan.x;
      expect(x).toBeGreaterThan(area.x + 40);
      expect(x).toBeLessThan(area.x + area.w - 40);
    }
  });
  it('zooms out when the path is wider than the free area', () => {
    const v = pathViewport([{ x: 0, y: 0 }, { x: 2000, y: 100 }], area, { zoom: 1, pan: { x: 0, y: 0 } })!;
    expect(v.zoom).toBeCloseTo((510 - 80) / 2000, 5);
    expect(0 * v.zoom + v.pan.x).toBeCloseTo(area.x + 40, 5);
  });
});
