// Where a big view's nodes stand until the layout worker answers, and the viewport that shows a set of
// positions. Both are arithmetic on positions: Cytoscape's own fit measures every element's bounding
// box (labels included), which took 1.6 s of a 20k view's first frame.
import type { Position } from 'cytoscape';

/** Model units between draft neighbours: about the density fcose settles at (idealEdgeLength 90). */
const SPACING = 60;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A sunflower spiral in breadth-first order from the best-connected nodes: hubs in the middle, their
 * neighbours in the rings around them, evenly spread (a pile at (0, 0) is costly to draw and says nothing).
 */
export function draftPositions(ids: string[], edges: Array<{ source: string; target: string }>): Map<string, Position> {
  const index = new Map(ids.map((id, i) => [id, i]));
  const adjacency: number[][] = ids.map(() => []);
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    adjacency[s].push(t);
    adjacency[t].push(s);
  }
  const byDegree = ids.map((_, i) => i).sort((a, b) => adjacency[b].length - adjacency[a].length);
  const seen = new Uint8Array(ids.length);
  const order: number[] = [];
  for (const root of byDegree) {
    if (seen[root]) continue;
    seen[root] = 1;
    order.push(root);
    for (let head = order.length - 1; head < order.length; head++) {
      for (const m of adjacency[order[head]]) {
        if (!seen[m]) {
          seen[m] = 1;
          order.push(m);
        }
      }
    }
  }
  const out = new Map<string, Position>();
  order.forEach((i, k) => {
    const r = SPACING * Math.sqrt(k);
    out.set(ids[i], { x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE) });
  });
  return out;
}

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box around the positions, widened by `margin` (half the largest node) on every side. */
export function boundsOf(positions: Iterable<Position>, margin = 32): Bounds | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  return x1 === Infinity ? null : { x1: x1 - margin, y1: y1 - margin, x2: x2 + margin, y2: y2 + margin };
}

/** The zoom and pan that show `b` centred in a `width` × `height` view with `padding` pixels around it. */
export function viewportFor(b: Bounds, width: number, height: number, padding: number, minZoom: number, maxZoom: number) {
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min((width - 2 * padding) / Math.max(1, b.x2 - b.x1), (height - 2 * padding) / Math.max(1, b.y2 - b.y1))));
  return { zoom, pan: { x: width / 2 - ((b.x1 + b.x2) / 2) * zoom, y: height / 2 - ((b.y1 + b.y2) / 2) * zoom } };
}
