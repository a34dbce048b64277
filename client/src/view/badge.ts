// Where a node's "+N 更多" badge goes, and keeping it clear of what moves later. A badge sits on its
// node's top right corner when that is free; otherwise on the nearest spot around the node, searched on
// rings that grow outward, clear of every drawn box (other nodes with their names, group boxes, other
// badges, its own node's name). It never falls back onto a taken spot: a crowd around a hub took every
// corner near the node, and a fallback to the first corner laid "+5 更多" on a neighbour's name (hub-counts
// e2e, 3 of 6 runs). Anything that moves, appears or changes its name afterwards re-places the badges in
// the next frame, so a neighbour placed or dragged onto a badge does not keep covering it.
import type { Core, NodeSingular } from 'cytoscape';
import { drawnBox } from './picture-boxes.ts';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Position = { x: number; y: number };

/** Free space kept between a badge and any other box, in model pixels. */
const GAP = 2;
/** Ring spacing and the farthest ring searched around the node (model pixels past its edge). */
const RING_STEP = 8;
const MAX_RING = 600;

const meets = (a: Box, b: Box) => a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;
const boxAt = (p: Position, hw: number, hh: number): Box => ({ x1: p.x - hw, y1: p.y - hh, x2: p.x + hw, y2: p.y + hh });

/**
 * The first spot for a badge of half size `hw`×`hh` beside a node of radius `r` at `p` whose box meets none
 * of `obstacles`: the top right corner first, then rings around the node from its edge outward, each ring
 * tried from the top right round both ways. Pure: the canvas measures, this decides.
 */
export function freeSpot(p: Position, r: number, hw: number, hh: number, obstacles: Box[]): Position {
  const clear = (s: Position) => !obstacles.some((o) => meets(boxAt(s, hw, hh), o));
  // the familiar look: overlapping the node's top right corner a little
  const corner = { x: p.x + r + hw - 8, y: p.y - r - hh + 8 };
  if (clear(corner)) return corner;
  for (let d = 0; d <= MAX_RING; d += RING_STEP) {
    // more spots on wider rings, so neighbouring spots stay about a badge's height apart
    const slots = Math.max(12, Math.ceil((2 * Math.PI * (r + d + hw)) / (2 * hh)));
    for (let k = 0; k < slots; k++) {
      // 0, +1, -1, +2, -2 … slots from the top right (-45°)
      const step = k % 2 ? (k + 1) / 2 : -k / 2;
      const t = -Math.PI / 4 + (step * 2 * Math.PI) / slots;
      const [c, s] = [Math.cos(t), Math.sin(t)];
      // the badge's box just outside the ring: its near edge, not its centre, at distance r + d
      const spot = { x: p.x + c * (r + d + GAP) + Math.sign(c) * hw * Math.abs(c), y: p.y + s * (r + d + GAP) + Math.sign(s) * hh * Math.abs(s) };
      if (clear(spot)) return spot;
    }
  }
  // past every obstacle searched: right of the farthest one
  return { x: Math.max(p.x, ...obstacles.map((o) => o.x2)) + hw + GAP + 1, y: p.y };
}

/** Where `badge` (the "+N" of `n`) goes: clear of every drawn box near `n` and of `n`'s own name. */
export function badgeSpot(n: NodeSingular, badge: NodeSingular): Position {
  const p = n.position();
  const b = drawnBox(badge);
  const bp = badge.position();
  // the badge's extent from its centre, padding included (width()/height() leave the padding out)
  const hw = Math.max(bp.x - b.x1, b.x2 - bp.x);
  const hh = Math.max(bp.y - b.y1, b.y2 - bp.y);
  const r = Number(n.data('size') ?? 24) / 2;
  // boxes whose node lies farther than this cannot meet a spot on the rings (names are at most ~3 lines under a 64 px node)
  const reach = MAX_RING + 200;
  const obstacles: Box[] = [];
  n.cy()
    .nodes()
    .forEach((m) => {
      if (m === n || m === badge || m.hasClass('filtered')) return;
      const q = m.position();
      if (Math.abs(q.x - p.x) < reach && Math.abs(q.y - p.y) < reach) obstacles.push(drawnBox(m));
    });
  // its own name, under the node (the node itself it may overlap at the corner)
  if (String(n.data('label') ?? '') !== '') obstacles.push(drawnBox(n, { includeNodes: false }));
  return freeSpot(p, r, hw, hh, obstacles);
}

/**
 * Re-places every badge once per frame after anything on the canvas moved, arrived, left or changed its
 * name or look (a neighbour placed, laid out or dragged onto a badge). Badges that move do not start it
 * again. Views without badges pay one selector query per frame with changes.
 */
export function keepBadgesClear(cy: Core): void {
  let queued = false;
  // how many badges the view holds, counted as they come and go: a view without any asks nothing per frame
  // (`cy.nodes('.more')` over a 20k view was 10–44 ms of a frame's task here)
  let count = cy.nodes('.more').length;
  const check = () => {
    queued = false;
    if (cy.destroyed() || !count) return;
    const badges = cy.nodes('.more');
    // one by one, not in a batch: each badge is measured against the ones placed before it
    badges.forEach((badge) => {
      const n = cy.getElementById(String(badge.data('center')));
      if (n.empty() || badge.hasClass('filtered')) return;
      const p = badgeSpot(n as NodeSingular, badge as NodeSingular);
      const q = badge.position();
      if (Math.abs(p.x - q.x) > 0.5 || Math.abs(p.y - q.y) > 0.5) badge.position(p);
    });
  };
  const changed = (e: { type: string; target: NodeSingular }) => {
    if (e.type === 'add' && e.target.hasClass('more')) count++;
    else if (e.type === 'remove' && e.target.hasClass('more')) count--;
    // a badge moved by this check must not queue it again; its new count (a wider badge) does
    if (queued || (e.type === 'position' && e.target.hasClass('more'))) return;
    queued = true;
    requestAnimationFrame(check);
  };
  cy.on('position add remove data class', 'node', changed as never);
}
