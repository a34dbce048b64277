// After a layout: no node's name lies on another node or its name. fcose counts a label only as a
// widening of its node and dagre's ranks are rewrapped afterwards, so English and pinyin names (wider
// and two or three lines) still met in 8–23 places per view. This pass pushes apart every pair of
// boxes (node + its label, as Cytoscape measures them) that meet, along the axis where they overlap
// least, until none do. Pinned nodes do not move. Views with a label budget (labels.ts) draw few names
// and are left as they are.
import type { NodeCollection, NodeSingular } from 'cytoscape';
import { LABEL_BUDGET_MIN_NODES } from './labels.ts';
import { drawnBox } from './picture-boxes.ts';

/** Free space kept between two boxes, in model pixels. */
const GAP = 4;
/** Rounds of pushing before the crowd is spread (a round moves every overlapping pair once). */
const MAX_ROUNDS = 60;
/** How far a crowd that keeps overlapping is spread from its centre, and how often at most. */
const SPREAD = 1.15;
const MAX_SPREADS = 30;

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  /** the box's extent from the node's centre: left, right, top, bottom */
  l: number;
  r: number;
  t: number;
  b: number;
  fixed: boolean;
}

/**
 * Moves the boxes apart until no two overlap; returns how many pairs still overlap (0 unless every
 * box of a pile is pinned). Pair by pair, along the axis of least overlap (a sweep over x compares only
 * boxes whose x ranges meet); where a crowd keeps pushing back, the free boxes spread out from its
 * centre a little (the boxes keep their size) and the pushing starts again.
 */
export function separate(boxes: LabelBox[], gap = GAP): number {
  let left = 0;
  for (let spread = 0; spread < MAX_SPREADS; spread++) {
    left = push(boxes, gap);
    if (!left) return 0;
    const free = boxes.filter((b) => !b.fixed);
    const cx = free.reduce((s, b) => s + b.x, 0) / free.length;
    const cy = free.reduce((s, b) => s + b.y, 0) / free.length;
    for (const b of free) [b.x, b.y] = [cx + (b.x - cx) * SPREAD, cy + (b.y - cy) * SPREAD];
  }
  return left;
}

function push(boxes: LabelBox[], gap: number): number {
  let left = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    boxes.sort((p, q) => p.x - p.l - (q.x - q.l));
    left = 0;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (b.x - b.l >= a.x + a.r + gap) break;
        const ox = Math.min(a.x + a.r, b.x + b.r) + gap - Math.max(a.x - a.l, b.x - b.l);
        const oy = Math.min(a.y + a.b, b.y + b.b) + gap - Math.max(a.y - a.t, b.y - b.t);
        if (ox <= 0 || oy <= 0) continue;
        if (a.fixed && b.fixed) continue;
        left++;
        // the pair's share of the push: all of it on the free one when the other is pinned
        const [sa, sb] = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
        if (ox < oy) {
          const dir = b.x > a.x || (b.x === a.x && b.id > a.id) ? 1 : -1;
          a.x -= dir * sa * (ox + 0.5);
          b.x += dir * sb * (ox + 0.5);
        } else {
          const dir = b.y > a.y || (b.y === a.y && b.id > a.id) ? 1 : -1;
          a.y -= dir * sa * (oy + 0.5);
          b.y += dir * sb * (oy + 0.5);
        }
      }
    }
    if (!left) return 0;
  }
  return left;
}

/** The boxes of these nodes as drawn (label included; picture-boxes.ts drawnBox) at `positions` (their current ones when not given). */
export function labelBoxes(nodes: NodeCollection, positions?: Record<string, { x: number; y: number }>): LabelBox[] {
  return (nodes.toArray() as NodeSingular[]).map((n) => {
    const p = n.position();
    const bb = drawnBox(n);
    const at = positions?.[n.id()] ?? p;
    return { id: n.id(), x: at.x, y: at.y, l: p.x - bb.x1, r: bb.x2 - p.x, t: p.y - bb.y1, b: bb.y2 - p.y, fixed: n.hasClass('pinned') || (positions !== undefined && !(n.id() in positions)) };
  });
}

/**
 * Separates the laid-out nodes' names: in place on the canvas, or, given the positions a layout is
 * about to move them to, in that map (so an animation glides straight to the final places).
 */
export function declutter(nodes: NodeCollection, positions?: Record<string, { x: number; y: number }>): void {
  const shown = nodes.filter((n) => !n.hasClass('more') && !n.hasClass('filtered'));
  if (shown.length < 2 || shown.length >= LABEL_BUDGET_MIN_NODES) return;
  const boxes = labelBoxes(shown, positions);
  separate(boxes);
  if (positions) for (const b of boxes) positions[b.id] = { x: b.x, y: b.y };
  else {
    const at = new Map(boxes.map((b) => [b.id, b]));
    shown.cy().batch(() => shown.forEach((n) => void n.position({ x: at.get(n.id())!.x, y: at.get(n.id())!.y })));
  }
}
