// Grid and concentric places from the boxes as drawn: nothing on anything, the hub in the middle, the
// group boxes out of the entities' way, and the shape the canvas shows largest.
import { describe, expect, it } from 'vitest';
import { concentricPlaces, extentBounds, gridPlaces, zoomIn, type Extent } from './arrange.ts';
import { separate } from './declutter.ts';

/** A node 22 px with its name under it: `w` wide, `lines` lines of 15 px. */
const name = (id: string, w = 84, lines = 2): Extent => ({ id, l: w / 2, r: w / 2, t: 11, b: 11 + 4 + 15 * lines });
const group = (id: string, w = 120): Extent => ({ id, l: w / 2, r: w / 2, t: 15, b: 15 });
const VIEW = { w: 776, h: 670 };

function overlaps(boxes: Extent[], at: Map<string, { x: number; y: number }>) {
  const out: string[] = [];
  const rect = (b: Extent) => {
    const p = at.get(b.id)!;
    return { x1: p.x - b.l, x2: p.x + b.r, y1: p.y - b.t, y2: p.y + b.b };
  };
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const [p, q] = [rect(a), rect(b)];
      if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) out.push(`${a.id}×${b.id}`);
    }
  return out;
}

const hub = { id: 'hub', l: 42, r: 42, t: 32, b: 32 + 4 + 15 };
const entities = [hub, ...Array.from({ length: 59 }, (_, i) => name(`e${i}`, i % 3 ? 84 : 60, 1 + (i % 3)))];
const groups = Array.from({ length: 19 }, (_, i) => group(`g${i}`, 100 + (i % 4) * 20));

describe('grid places', () => {
  it('sets every box apart, the group boxes in rows under the entities, in the columns the canvas shows largest', () => {
    const at = gridPlaces(entities, groups, VIEW, 40);
    expect(overlaps([...entities, ...groups], at)).toEqual([]);
    const grid = extentBounds(entities, at)!;
    for (const g of groups) expect(at.get(g.id)!.y - g.t).toBeGreaterThanOrEqual(grid.y2);
    // 60 names and 19 groups: the canvas shows them where a 12 px name is drawn (7 px on screen)
    expect(zoomIn(at, [...entities, ...groups], VIEW, 40)).toBeGreaterThan(0.7);
  });

  it('makes a row only as tall as its tallest name', () => {
    const tall = name('tall', 84, 6);
    const boxes = [tall, ...Array.from({ length: 11 }, (_, i) => name(`s${i}`, 84, 1))];
    const at = gridPlaces(boxes, [], { w: 500, h: 500 }, 0);
    expect(overlaps(boxes, at)).toEqual([]);
    const cols = new Set(boxes.map((b) => Math.round(at.get(b.id)!.x))).size;
    const rows = Math.ceil(boxes.length / cols);
    expect(rows).toBeGreaterThan(1);
    const b = extentBounds(boxes, at)!;
    // every row as tall as the six-line name would be (rows - 1) × 60 px taller
    expect(b.y2 - b.y1).toBeLessThan(rows * (tall.t + tall.b) - (rows - 1) * 60);
  });
});

describe('concentric places', () => {
  it('puts the hub in the middle of rings, nothing on anything, the groups outside the rings, at a zoom where names show', () => {
    const placed = concentricPlaces({ x: 100, y: 50 }, entities, groups, VIEW, 40);
    expect(placed.get('hub')).toEqual({ x: 100, y: 50 });
    // rings are spaced for a typical name: the few bigger ones are pushed apart afterwards, as canvas.ts does (declutter.ts)
    const boxes = [...entities, ...groups].map((b) => ({ ...b, ...placed.get(b.id)!, fixed: false }));
    expect(separate(boxes)).toBe(0);
    const at = new Map(boxes.map((b) => [b.id, { x: b.x, y: b.y }]));
    expect(overlaps([...entities, ...groups], at)).toEqual([]);
    const rings = extentBounds(entities, at)!;
    for (const g of groups) {
      const p = at.get(g.id)!;
      expect(p.y + g.b <= rings.y1 || p.y - g.t >= rings.y2 || p.x + g.r <= rings.x1 || p.x - g.l >= rings.x2).toBe(true);
    }
    expect(zoomIn(at, [...entities, ...groups], VIEW, 40)).toBeGreaterThan(7 / 12);
  });

  it('places inner rings before outer ones: the first entities lie nearer the hub than the last', () => {
    const at = concentricPlaces({ x: 0, y: 0 }, entities, [], VIEW, 40);
    const dist = (id: string) => Math.hypot(at.get(id)!.x, at.get(id)!.y);
    expect(dist('e0')).toBeLessThan(dist('e58'));
  });
});
