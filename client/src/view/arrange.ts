// Where the grid and concentric layouts put a hub's view, from the boxes as drawn (node + name): the
// entities in cells that fit their names or on rings shaped like a name, a hub's group boxes in rows above
// and below the rings or under the grid, and the columns the canvas shows at the largest zoom. Cytoscape's own layouts
// sized every cell and ring by the widest element there, a group box ("Supports · Strategy 91", 180 px):
// 市中区 expanded fitted at zoom 0.21 (concentric) and 0.40 (grid, English), where no name is drawn.
import { separate, type LabelBox } from './declutter.ts';
import type { Bounds } from './draft.ts';

type Position = { x: number; y: number };
/** A box's extent around its node's centre (declutter.ts labelBoxes: left, right, top, bottom). */
export type Extent = Pick<LabelBox, 'id' | 'l' | 'r' | 't' | 'b'>;

/** Free space between two cells, and between a ring of group boxes and what it rings, in model px. */
export const GAP = 12;
/** Free space between a ring's boxes and the next ring's, in model px. */
const RING_GAP = 6;

/** The box around placed extents. */
export function extentBounds(boxes: Extent[], at: Map<string, Position>): Bounds | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    const p = at.get(b.id);
    if (!p) continue;
    x1 = Math.min(x1, p.x - b.l);
    x2 = Math.max(x2, p.x + b.r);
    y1 = Math.min(y1, p.y - b.t);
    y2 = Math.max(y2, p.y + b.b);
  }
  return x1 === Infinity ? null : { x1, y1, x2, y2 };
}

/** Boxes in rows no wider than `width` (each as wide as it is), centred on `cx`, from `top` down; returns the bottom. */
function rows(boxes: Extent[], width: number, cx: number, top: number, out: Map<string, Position>): number {
  let y = top;
  for (let i = 0; i < boxes.length; ) {
    let w = 0;
    let j = i;
    // at least one box a row; the others while the row (with the gaps between) stays within `width`
    while (j < boxes.length && (j === i || w + boxes[j].l + boxes[j].r <= width)) {
      w += boxes[j].l + boxes[j].r + GAP;
      j++;
    }
    const line = boxes.slice(i, j);
    const h = Math.max(...line.map((b) => b.t + b.b));
    let x = cx - (w - GAP) / 2;
    for (const b of line) {
      out.set(b.id, { x: x + b.l, y: y + (h - b.t - b.b) / 2 + b.t });
      x += b.l + b.r + GAP;
    }
    y += h + GAP;
    i = j;
  }
  return y - GAP;
}

/**
 * A grid of the entities (in the order given) in cells one name wide and rows as tall as their names, with the group boxes in rows
 * under it, in the number of columns a `view` (screen px, less `padding` each side) shows at the largest zoom.
 */
export function gridPlaces(entities: Extent[], groups: Extent[], view: { w: number; h: number }, padding: number): Map<string, Position> {
  const cw = Math.max(1, ...entities.map((b) => b.l + b.r)) + GAP;
  const widestGroup = Math.max(0, ...groups.map((b) => b.l + b.r));
  const place = (cols: number) => {
    const out = new Map<string, Position>();
    // each row as tall as its tallest box: one six-line English name does not make every row six lines tall
    let top = 0;
    for (let i = 0; i < entities.length; i += cols) {
      const row = entities.slice(i, i + cols);
      const ch = Math.max(...row.map((b) => b.t + b.b)) + GAP;
      // the box (not the node) centred in its cell: a name hangs under its node
      row.forEach((b, col) => out.set(b.id, { x: col * cw + cw / 2 + (b.l - b.r) / 2, y: top + ch / 2 + (b.t - b.b) / 2 }));
      top += ch;
    }
    const gridW = Math.min(cols, entities.length) * cw - GAP;
    rows(groups, Math.max(gridW, widestGroup), (gridW > 0 ? gridW : widestGroup) / 2, entities.length ? top : 0, out);
    return out;
  };
  const zoomOf = (out: Map<string, Position>) => zoomIn(out, [...entities, ...groups], view, padding);
  let best = place(Math.max(1, entities.length));
  let bestZoom = zoomOf(best);
  for (let cols = entities.length - 1; cols >= 1; cols--) {
    const out = place(cols);
    const z = zoomOf(out);
    if (z > bestZoom) [best, bestZoom] = [out, z];
  }
  return best;
}

/**
 * Concentric rings in the shape of a name: the first box (the hub) in the middle, the others in order on
 * rings around it, inner rings first. The rings are ellipses one typical box wide and at least one tall
 * apart (a name is ~4x wider than tall: round rings set a name's width between rings, and 60 names fitted at
 * zoom 0.32), each box taking the arc its side along the ring needs. `outer` (a hub's group boxes) stand in
 * rows above and below the rings, or in columns beside them: on a ring of their own around the names they
 * widened the view by a group box on each side (60 names and 19 groups fitted at 0.57, under the names' zoom). The rings' height or
 * width is stretched, as the grid's columns are chosen, for the largest zoom in `view`.
 */
export function concentricPlaces(center: Position, inner: Extent[], outer: Extent[], view: { w: number; h: number }, padding: number): Map<string, Position> {
  if (!inner.length) return new Map();
  const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
  // a typical box (most are one name, a few hubs are taller): the outliers are pushed apart afterwards (declutter.ts)
  const rest = inner.slice(1);
  // rings RING_GAP apart: declutter.ts keeps its own 4 px between the boxes it pushes apart
  const W = (rest.length ? pct(rest.map((b) => b.l + b.r), 0.75) : 1) + RING_GAP;
  const H = (rest.length ? pct(rest.map((b) => b.t + b.b), 0.75) : 1) + RING_GAP;
  const half = Math.ceil(outer.length / 2);
  const place = (sx: number, sy: number, groups: typeof aboveAndBelow) => {
    const out = ringsOf(center, inner, W * sx, H * sy);
    // the first half of the groups above (or left of) the rings, the rest below (or right)
    groups(extentBounds(inner, out)!, outer.slice(0, half), outer.slice(half), out);
    return out;
  };
  const all = [...inner, ...outer];
  const tried: Array<{ at: Map<string, Position>; zoom: number }> = [];
  // taller rings for wide names (Chinese), wider ones for tall names (English: up to six lines)
  for (let stretch = 1; stretch <= 2.5; stretch += 0.1)
    for (const groups of [aboveAndBelow, besides])
      for (const at of [place(1, stretch, groups), place(stretch, 1, groups)]) tried.push({ at, zoom: zoomIn(at, all, view, padding) });
  // the names bigger than the typical box are pushed apart (declutter.ts), which can spread the whole crowd:
  // the few best shapes are judged after that
  let best = tried[0].at;
  let bestZoom = -1;
  for (const { at } of tried.sort((a, b) => b.zoom - a.zoom).slice(0, 4)) {
    const boxes = all.map((b) => ({ ...b, ...at.get(b.id)!, fixed: false }));
    separate(boxes);
    const apart = new Map(boxes.map((b) => [b.id, { x: b.x, y: b.y }]));
    const z = zoomIn(apart, all, view, padding);
    if (z > bestZoom) [best, bestZoom] = [apart, z];
  }
  return best;
}

/** Boxes in rows above and below what `b` bounds (centred on it, no wider than it or the widest box), into `out`. */
export function aboveAndBelow(b: Bounds, above: Extent[], below: Extent[], out: Map<string, Position>): void {
  const width = Math.max(b.x2 - b.x1, ...[...above, ...below].map((g) => g.l + g.r));
  const cx = (b.x1 + b.x2) / 2;
  const height = rows(above, width, cx, 0, new Map()) + GAP;
  rows(above, width, cx, b.y1 - GAP - height, out);
  rows(below, width, cx, b.y2 + GAP, out);
}

/** Boxes in a column on each side of what `b` bounds, centred on it vertically, into `out`. */
export function besides(b: Bounds, left: Extent[], right: Extent[], out: Map<string, Position>): void {
  const column = (boxes: Extent[], edge: number, side: -1 | 1) => {
    const height = boxes.reduce((h, g) => h + g.t + g.b + GAP, -GAP);
    let y = (b.y1 + b.y2) / 2 - height / 2;
    for (const g of boxes) {
      out.set(g.id, { x: side < 0 ? edge - GAP - g.r : edge + GAP + g.l, y: y + g.t });
      y += g.t + g.b + GAP;
    }
  };
  column(left, b.x1, -1);
  column(right, b.x2, 1);
}

/** The zoom at which `view` (less `padding` each side) shows the placed boxes. */
export function zoomIn(at: Map<string, Position>, boxes: Extent[], view: { w: number; h: number }, padding: number) {
  const b = extentBounds(boxes, at);
  return b ? Math.min((view.w - 2 * padding) / Math.max(1, b.x2 - b.x1), (view.h - 2 * padding) / Math.max(1, b.y2 - b.y1)) : 1;
}

/** The first box in the middle, the others on elliptic rings W by H apart (staggered, so names do not line up). */
function ringsOf(center: Position, boxes: Extent[], W: number, H: number): Map<string, Position> {
  const out = new Map<string, Position>();
  const hub = boxes[0];
  out.set(hub.id, center);
  // in units of the ring step: the first ring clears the hub's box
  const first = Math.max(1, Math.hypot((hub.l + hub.r) / 2 / W, (hub.t + hub.b) / 2 / H) + 0.5);
  /** the arc a box takes on a ring, in ring steps: its width where the ring runs across, its height where it runs down (the mean over the ring) */
  const span = (b: Extent) => (2 / Math.PI) * ((b.l + b.r + GAP) / W + (b.t + b.b + GAP) / H);
  let ring = first;
  for (let i = 1; i < boxes.length; ring += 1) {
    // as many as the ring holds (at least one)
    const room = 2 * Math.PI * ring;
    let n = 0;
    let used = 0;
    while (i + n < boxes.length && (n === 0 || used + span(boxes[i + n]) <= room)) used += span(boxes[i + n++]);
    // a ring starts half a step round from the last
    const offset = (ring - first) % 2 ? Math.PI / n : 0;
    boxes.slice(i, i + n).forEach((b, k) => {
      const t = -Math.PI / 2 + offset + (2 * Math.PI * k) / n;
      out.set(b.id, { x: center.x + ring * W * Math.cos(t) + (b.l - b.r) / 2, y: center.y + ring * H * Math.sin(t) + (b.t - b.b) / 2 });
    });
    i += n;
  }
  return out;
}
