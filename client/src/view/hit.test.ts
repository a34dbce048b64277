// The big views' hit test (what a click or the pointer picks on a picture): a grid over nodes and edges.
import { describe, expect, it } from 'vitest';
import { buildGrid, type Geometry } from './hit.ts';

const graph = (list: Array<[x: number, y: number, size: number, hidden?: number]>, edges: Array<[number, number]> = []): Geometry => ({
  xs: list.map((n) => n[0]),
  ys: list.map((n) => n[1]),
  sizes: list.map((n) => n[2]),
  hidden: list.map((n) => n[3] ?? 0),
  edgeEnds: edges.flat(),
});

/** A screen point through a camera, in model units, as picture.ts asks the grid. */
const model = (x: number, y: number, zoom: number, pan: { x: number; y: number }) => ({ x: (x - pan.x) / zoom, y: (y - pan.y) / zoom });

describe('nodes under the pointer', () => {
  it('picks, of overlapping nodes, the one whose centre is nearest the click', () => {
    const g = buildGrid(graph([[0, 0, 40], [10, 0, 40], [30, 0, 40]]));
    expect(g.nodeAt(12, 0, 3)).toBe(1);
    expect(g.nodeAt(26, 0, 3)).toBe(2);
  });

  it('hits a node a pixel wide at overview zoom through its 3 px of slack, not 6 px away', () => {
    const zoom = 0.05;
    const pan = { x: 640, y: 400 };
    const g = buildGrid(graph([[1000, -2000, 22], [-3000, 5000, 22]]));
    const at = { x: 1000 * zoom + pan.x, y: -2000 * zoom + pan.y };
    const p = model(at.x + 2.5, at.y - 2.5, zoom, pan);
    expect(g.nodeAt(p.x, p.y, 3 / zoom)).toBe(0);
    const q = model(at.x + 6, at.y, zoom, pan);
    expect(g.nodeAt(q.x, q.y, 3 / zoom)).toBe(-1);
  });

  it('skips hidden (filtered) nodes and answers -1 on the background', () => {
    const g = buildGrid(graph([[0, 0, 40, 1], [100, 0, 40]]));
    expect(g.nodeAt(0, 0, 3)).toBe(-1);
    expect(g.nodeAt(100, 5, 3)).toBe(1);
  });

  it('finds the nodes of a box, hidden ones left out', () => {
    const g = buildGrid(graph([[0, 0, 20], [50, 50, 20], [200, 0, 20], [40, 10, 20, 1]]));
    expect(g.nodesIn(60, 60, -10, -10).sort()).toEqual([0, 1]);
  });
});

describe('edges under the pointer', () => {
  it('picks the edge within reach of its segment, the nearest of two, none past the reach', () => {
    const g = buildGrid(graph([[0, 0, 10], [100, 0, 10], [0, 20, 10], [100, 20, 10]], [[0, 1], [2, 3]]));
    expect(g.edgeAt(50, 3, 5)).toBe(0);
    expect(g.edgeAt(50, 16, 5)).toBe(1);
    expect(g.edgeAt(50, 10, 5)).toBe(-1);
    // past the segment's end it is the distance to the end that counts
    expect(g.edgeAt(108, 0, 5)).toBe(-1);
  });

  it('finds long edges (kept out of the cells) and diagonal ones between cells', () => {
    // 400 nodes spread over 4000 units: cells of ~200; one edge across the whole view, one diagonal
    const nodes: Array<[number, number, number]> = [];
    for (let i = 0; i < 400; i++) nodes.push([(i % 20) * 200, Math.floor(i / 20) * 200, 10]);
    const g = buildGrid(graph(nodes, [[0, 399], [21, 40]]));
    expect(g.edgeAt(1900, 1900, 4)).toBe(0);
    // the diagonal from (200, 200) to (0, 400) near its middle, a little off the line
    expect(g.edgeAt(102, 302, 4)).toBe(1);
  });

  it('leaves out an edge with a hidden end', () => {
    const g = buildGrid(graph([[0, 0, 10], [100, 0, 10, 1]], [[0, 1]]));
    expect(g.edgeAt(50, 0, 5)).toBe(-1);
  });

  it('stays cheap at 20k elements, scattered at random (the worst case): built and queried well within a frame', () => {
    const nodes: Array<[number, number, number]> = [];
    const edges: Array<[number, number]> = [];
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 8000; i++) nodes.push([rand() * 8000, rand() * 8000, 22 + rand() * 20]);
    for (let k = 0; k < 12000; k++) {
      const a = Math.floor(rand() * 8000);
      edges.push([a, Math.floor(rand() * 8000)]);
    }
    const t0 = performance.now();
    const g = buildGrid(graph(nodes, edges));
    const built = performance.now() - t0;
    const t1 = performance.now();
    for (let q = 0; q < 1000; q++) {
      const x = rand() * 8000;
      const y = rand() * 8000;
      if (g.nodeAt(x, y, 3) < 0) g.edgeAt(x, y, 5);
    }
    const perQuery = (performance.now() - t1) / 1000;
    // bounds for a loaded 2-core machine (load 20): quiet, ~10 ms to build and ~0.1 ms a query
    expect(built).toBeLessThan(300);
    expect(perQuery).toBeLessThan(3);
    console.log(`grid at 20k, random places: built in ${built.toFixed(1)} ms, ${perQuery.toFixed(3)} ms a query`);
  });
});
