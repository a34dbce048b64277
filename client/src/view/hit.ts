// What lies under the pointer in a big view (picture.ts): a uniform grid over the nodes' centres and the
// edges' segments, so a hover or a click looks at the few cells around the pointer instead of 20,000
// elements. Built on demand after the places change (a few ms at 20k), in model units; queries take
// screen distances already divided by the zoom.

export interface Geometry {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  sizes: ArrayLike<number>;
  /** 1 for a node the filters hide */
  hidden: ArrayLike<number>;
  /** the ends of edge k at 2k and 2k+1 (node indices, -1 for an end not drawn) */
  edgeEnds: ArrayLike<number>;
}

/**
 * An edge longer than this many cells is kept in a list every query reads (distance to 12,000 segments is
 * ~0.1 ms), not walked into every cell it crosses: in a scattered layout (a draft, random places) a walk of
 * every edge took 1.5 s at 20k under load, with 64 cells as the limit.
 */
const LONG_CELLS = 8;

export interface Grid {
  /** the node whose box (grown by `slack`) holds the point and whose centre is nearest; -1 for none */
  nodeAt(x: number, y: number, slack: number): number;
  /** the edge whose segment passes nearest the point within `within`; -1 for none */
  edgeAt(x: number, y: number, within: number): number;
  /** the nodes shown whose centre lies in the rectangle */
  nodesIn(x1: number, y1: number, x2: number, y2: number): number[];
}

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
export function segmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

export function buildGrid(g: Geometry): Grid {
  const n = g.xs.length;
  const m = g.edgeEnds.length / 2;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let maxSize = 0;
  for (let i = 0; i < n; i++) {
    if (g.xs[i] < x0) x0 = g.xs[i];
    if (g.xs[i] > x1) x1 = g.xs[i];
    if (g.ys[i] < y0) y0 = g.ys[i];
    if (g.ys[i] > y1) y1 = g.ys[i];
    if (g.sizes[i] > maxSize) maxSize = g.sizes[i];
  }
  if (!n) (x0 = y0 = 0), (x1 = y1 = 1);
  // about one node a cell, never under 8 units (a node is 22–64)
  const side = Math.min(512, Math.max(1, Math.ceil(Math.sqrt(n))));
  const cell = Math.max(8, Math.max(x1 - x0, y1 - y0) / side);
  const cols = Math.floor((x1 - x0) / cell) + 1;
  const rows = Math.floor((y1 - y0) / cell) + 1;
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - x0) / cell)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - y0) / cell)));

  // nodes: one cell each (their centre), as compressed rows (start of each cell's run in `nodeItems`)
  const nodeStart = new Int32Array(cols * rows + 1);
  const nodeCell = new Int32Array(n);
  for (let i = 0; i < n; i++) nodeStart[(nodeCell[i] = row(g.ys[i]) * cols + col(g.xs[i])) + 1]++;
  for (let c = 0; c < cols * rows; c++) nodeStart[c + 1] += nodeStart[c];
  const nodeItems = new Int32Array(n);
  const fillN = nodeStart.slice(0, cols * rows);
  for (let i = 0; i < n; i++) nodeItems[fillN[nodeCell[i]]++] = i;

  // edges: every cell their segment passes, walked in half-cell steps (a query reads one cell more around
  // the pointer, which covers a corner the walk stepped over); long edges go to one list
  const long: number[] = [];
  const walk = (k: number, visit: (c: number) => void) => {
    const a = g.edgeEnds[2 * k];
    const b = g.edgeEnds[2 * k + 1];
    if (a < 0 || b < 0) return;
    const dx = g.xs[b] - g.xs[a];
    const dy = g.ys[b] - g.ys[a];
    const steps = Math.ceil((2 * Math.max(Math.abs(dx), Math.abs(dy))) / cell);
    let last = -1;
    for (let s = 0; s <= steps; s++) {
      const t = steps ? s / steps : 0;
      const c = row(g.ys[a] + t * dy) * cols + col(g.xs[a] + t * dx);
      if (c !== last) visit((last = c));
    }
  };
  const isLong = new Uint8Array(m);
  const edgeStart = new Int32Array(cols * rows + 1);
  for (let k = 0; k < m; k++) {
    const a = g.edgeEnds[2 * k];
    const b = g.edgeEnds[2 * k + 1];
    if (a < 0 || b < 0) continue;
    if (Math.max(Math.abs(g.xs[b] - g.xs[a]), Math.abs(g.ys[b] - g.ys[a])) / cell > LONG_CELLS) {
      isLong[k] = 1;
      long.push(k);
      continue;
    }
    walk(k, (c) => edgeStart[c + 1]++);
  }
  for (let c = 0; c < cols * rows; c++) edgeStart[c + 1] += edgeStart[c];
  const edgeItems = new Int32Array(edgeStart[cols * rows]);
  const fillE = edgeStart.slice(0, cols * rows);
  for (let k = 0; k < m; k++) if (!isLong[k]) walk(k, (c) => void (edgeItems[fillE[c]++] = k));
  // an edge sits in several cells: each query marks what it measured
  const seen = new Int32Array(m);
  let query = 0;

  const edgeShown = (k: number) => {
    const a = g.edgeEnds[2 * k];
    const b = g.edgeEnds[2 * k + 1];
    return a >= 0 && b >= 0 && !g.hidden[a] && !g.hidden[b];
  };

  return {
    nodeAt(x, y, slack) {
      const reach = maxSize / 2 + slack;
      let best = -1;
      let bestD = Infinity;
      for (let r = row(y - reach); r <= row(y + reach); r++)
        for (let c = col(x - reach); c <= col(x + reach); c++)
          for (let p = nodeStart[r * cols + c]; p < nodeStart[r * cols + c + 1]; p++) {
            const i = nodeItems[p];
            if (g.hidden[i]) continue;
            const half = g.sizes[i] / 2 + slack;
            const dx = g.xs[i] - x;
            const dy = g.ys[i] - y;
            if (Math.abs(dx) > half || Math.abs(dy) > half) continue;
            const d = dx * dx + dy * dy;
            if (d < bestD) (best = i), (bestD = d);
          }
      return best;
    },

    edgeAt(x, y, within) {
      if (++query === 0x7fffffff) (query = 1), seen.fill(0);
      let best = -1;
      let bestD = within * within;
      const measure = (k: number) => {
        if (seen[k] === query || !edgeShown(k)) return;
        seen[k] = query;
        const a = g.edgeEnds[2 * k];
        const b = g.edgeEnds[2 * k + 1];
        const d = segmentDistanceSq(x, y, g.xs[a], g.ys[a], g.xs[b], g.ys[b]);
        if (d <= bestD) (best = k), (bestD = d);
      };
      const reach = within + cell;
      for (let r = row(y - reach); r <= row(y + reach); r++)
        for (let c = col(x - reach); c <= col(x + reach); c++)
          for (let p = edgeStart[r * cols + c]; p < edgeStart[r * cols + c + 1]; p++) measure(edgeItems[p]);
      for (const k of long) measure(k);
      return best;
    },

    nodesIn(ax, ay, bx, by) {
      const [lx, hx] = ax < bx ? [ax, bx] : [bx, ax];
      const [ly, hy] = ay < by ? [ay, by] : [by, ay];
      const out: number[] = [];
      for (let r = row(ly); r <= row(hy); r++)
        for (let c = col(lx); c <= col(hx); c++)
          for (let p = nodeStart[r * cols + c]; p < nodeStart[r * cols + c + 1]; p++) {
            const i = nodeItems[p];
            if (!g.hidden[i] && g.xs[i] >= lx && g.xs[i] <= hx && g.ys[i] >= ly && g.ys[i] <= hy) out.push(i);
          }
      return out;
    },
  };
}
