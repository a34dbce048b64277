// Where a "+N" badge goes: its node's top right corner when free, else the nearest clear spot around the
// node, never a taken one however crowded the node is.
import { describe, expect, it } from 'vitest';
import { freeSpot, type Box } from './badge.ts';

const HW = 24;
const HH = 14;
const at = (p: { x: number; y: number }): Box => ({ x1: p.x - HW, y1: p.y - HH, x2: p.x + HW, y2: p.y + HH });
const meet = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const name = (x: number, y: number): Box => ({ x1: x - 42, y1: y - 12, x2: x + 42, y2: y + 40 });

describe('freeSpot', () => {
  it('puts the badge on the top right corner of a node with nothing around it', () => {
    const p = freeSpot({ x: 0, y: 0 }, 12, HW, HH, []);
    expect(p.x).toBeGreaterThan(0);
    expect(p.y).toBeLessThan(0);
  });

  it('takes another side when a name covers the corner, and stays close to the node', () => {
    const corner = freeSpot({ x: 0, y: 0 }, 12, HW, HH, []);
    const obstacles = [at(corner)];
    const p = freeSpot({ x: 0, y: 0 }, 12, HW, HH, obstacles);
    expect(meet(at(p), obstacles[0])).toBe(false);
    expect(Math.hypot(p.x, p.y)).toBeLessThan(80);
  });

  it('never lands on a taken spot: a node ringed by names at every distance up to 300 still gets a clear one', () => {
    // a hub's crowd: names on a grid 90 apart all around the node, nothing free near it
    const obstacles: Box[] = [];
    for (let x = -300; x <= 300; x += 90) for (let y = -300; y <= 300; y += 60) if (x || y) obstacles.push(name(x, y));
    const p = freeSpot({ x: 0, y: 0 }, 12, HW, HH, obstacles);
    expect(obstacles.filter((o) => meet(at(p), o))).toEqual([]);
  });

  it('goes past every obstacle when the rings are full', () => {
    const wall: Box = { x1: -2000, y1: -2000, x2: 2000, y2: 2000 };
    const p = freeSpot({ x: 0, y: 0 }, 12, HW, HH, [wall]);
    expect(meet(at(p), wall)).toBe(false);
  });
});
