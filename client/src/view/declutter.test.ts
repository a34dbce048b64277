// The pass that keeps names apart after a layout: no two boxes overlap after it, pinned ones stay put.
import { describe, expect, it } from 'vitest';
import { separate, type LabelBox } from './declutter.ts';

const box = (id: string, x: number, y: number, fixed = false): LabelBox => ({ id, x, y, l: 40, r: 40, t: 12, b: 30, fixed });
const meet = (a: LabelBox, b: LabelBox) => a.x - a.l < b.x + b.r && b.x - b.l < a.x + a.r && a.y - a.t < b.y + b.b && b.y - b.t < a.y + a.b;
const pairs = (bs: LabelBox[]) => bs.flatMap((a, i) => bs.slice(i + 1).filter((b) => meet(a, b)).map((b) => [a.id, b.id]));

describe('separate', () => {
  it('leaves no two boxes overlapping, even a pile of them on one spot', () => {
    const boxes = Array.from({ length: 40 }, (_, i) => box(`n${i}`, (i % 5) * 10, Math.floor(i / 5) * 8));
    expect(pairs(boxes).length).toBeGreaterThan(50);
    expect(separate(boxes)).toBe(0);
    expect(pairs(boxes)).toEqual([]);
  });

  it("parts a view's worth of names (250, the label budget's threshold) piled in a small square", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 150;
    const boxes = Array.from({ length: 250 }, (_, i) => box(`n${i}`, rand(), rand()));
    expect(separate(boxes)).toBe(0);
    expect(pairs(boxes)).toEqual([]);
  });

  it('moves only the free box of a pair with a pinned one', () => {
    const pinned = box('pinned', 0, 0, true);
    const free = box('free', 10, 5);
    separate([pinned, free]);
    expect([pinned.x, pinned.y]).toEqual([0, 0]);
    expect(meet(pinned, free)).toBe(false);
  });

  it('leaves boxes that do not meet where they are', () => {
    const boxes = [box('a', 0, 0), box('b', 500, 0)];
    separate(boxes);
    expect(boxes.map((b) => [b.x, b.y])).toEqual([[0, 0], [500, 0]]);
  });
});
