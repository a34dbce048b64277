import { describe, expect, it } from 'vitest';
import { boundsOf, draftPositions, viewportFor } from './draft.ts';

describe('draft positions', () => {
  const ids = Array.from({ length: 500 }, (_, i) => 'n' + i);
  // a hub (n0) with 40 neighbours, and a chain through the rest
  const edges = [...ids.slice(1, 41).map((id) => ({ source: 'n0', target: id })), ...ids.slice(41).map((id, i) => ({ source: id, target: ids[41 + i - 1] ?? 'n0' }))];

  it('places every node once, no two on the same spot', () => {
    const pos = draftPositions(ids, edges);
    expect(pos.size).toBe(ids.length);
    expect(new Set([...pos.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(ids.length);
  });

  it('puts the best-connected node in the middle and its neighbours in the rings around it', () => {
    const pos = draftPositions(ids, edges);
    expect(pos.get('n0')).toEqual({ x: 0, y: 0 });
    const dist = (id: string) => Math.hypot(pos.get(id)!.x, pos.get(id)!.y);
    const hubNeighbours = ids.slice(1, 41).map(dist);
    const farEnd = ids.slice(-40).map(dist);
    expect(Math.max(...hubNeighbours)).toBeLessThan(Math.min(...farEnd));
  });

  it('ignores edges to nodes it was not given', () => {
    expect(draftPositions(['a', 'b'], [{ source: 'a', target: 'zz' }]).size).toBe(2);
  });
});

describe('viewport from positions', () => {
  it('centres the bounds and fits the longer side inside the padding', () => {
    const b = boundsOf([{ x: -100, y: -50 }, { x: 300, y: 50 }], 0)!;
    expect(b).toEqual({ x1: -100, y1: -50, x2: 300, y2: 50 });
    const { zoom, pan } = viewportFor(b, 1000, 600, 40, 0.05, 4);
    expect(zoom).toBeCloseTo(920 / 400);
    // the centre of the bounds (100, 0) lands on the centre of the view
    expect(100 * zoom + pan.x).toBeCloseTo(500);
    expect(0 * zoom + pan.y).toBeCloseTo(300);
  });

  it('keeps the zoom within the limits', () => {
    expect(viewportFor({ x1: 0, y1: 0, x2: 1e6, y2: 1e6 }, 1000, 600, 40, 0.05, 4).zoom).toBe(0.05);
    expect(viewportFor({ x1: 0, y1: 0, x2: 1, y2: 1 }, 1000, 600, 40, 0.05, 4).zoom).toBe(4);
  });

  it('has no bounds for no positions', () => {
    expect(boundsOf([])).toBeNull();
  });
});
