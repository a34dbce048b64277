// Drawing a big view's picture (picture.ts) from its arrays (picture-arrays.ts) onto a 2D context, as parts
// that a big frame draws in tasks of their own (picture.ts): edges as paths of up to PART_EDGES and their
// arrowheads as another (picture-arrows.ts), nodes as paths of up to PART_NODES per colour in their type's
// shape, then the marks of the small views' stylesheet (path, selected edge, pinned and selected rings:
// style.ts, explore.ts), names (picture-labels.ts) and over them group boxes and badges (picture-boxes.ts).
// A few fills and strokes for thousands of elements: that is what keeps a 20k frame in tens of milliseconds.
import type { Position } from 'cytoscape';
import type { Named, PictureState } from './picture-arrays.ts';
import { addArrow, ARROW_MAX_EDGES, arrowsShow } from './picture-arrows.ts';
import { drawBoxes, drawBoxLinks, type PlacedBox } from './picture-boxes.ts';
import { drawNames } from './picture-labels.ts';
import { FONT } from './style.ts';
import { shapePoints } from './svg.ts';

/** A mark round a node (selected, pinned, on a path) is at least this wide on screen. */
const RING_MIN_PX = 1.5;
export const EDGE = '#c4ccd8';
const FADED_ALPHA = 0.15;
// the marks of the small views' stylesheet (style.ts, explore.ts)
export const SELECTED = '#111827';
export const PATH = '#f59e0b';
export const PINNED = '#0284c7';
export const HOVER = '#64748b';

/** A node's drawn radius: below a pixel a node is a dot of one pixel, still there, as in a map. */
const radius = (s: PictureState, i: number, zoom: number) => Math.max(s.sizes[i] / 2, 0.75 / zoom);

/** A node's outline as a path: its type's shape (svg.ts's unit polygons), a square when too small to tell. */
export function trace(c: CanvasPath, s: PictureState, i: number, r: number, tiny: number) {
  const x = s.xs[i];
  const y = s.ys[i];
  // under 4 screen pixels a shape is not told apart: a square is the cheapest path
  if (r < tiny) return void c.rect(x - r, y - r, 2 * r, 2 * r);
  const shape = s.shapes[i];
  if (shape === 'rectangle' || shape === 'round-rectangle' || shape === 'cut-rectangle' || shape === 'barrel') return void c.rect(x - r, y - r, 2 * r, 2 * r);
  const points = shapePoints(shape);
  if (!points) {
    c.moveTo(x + r, y);
    c.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  c.moveTo(x + r * points[0], y + r * points[1]);
  for (let k = 2; k < points.length; k += 2) c.lineTo(x + r * points[k], y + r * points[k + 1]);
  c.closePath();
}

/** Fills these nodes in one colour, one path. */
export function fillNodes(c: CanvasRenderingContext2D, s: PictureState, list: number[], color: string, zoom: number) {
  c.beginPath();
  for (const i of list) trace(c, s, i, radius(s, i, zoom), 2 / zoom);
  c.fillStyle = color;
  c.fill();
}

/** One edge in a colour and width (the selected or hovered one), with its arrowhead when the zoom shows it. */
export function line(c: CanvasRenderingContext2D, s: PictureState, k: number, width: number, color: string, zoom: number) {
  const a = s.edgeEnds[2 * k];
  const b = s.edgeEnds[2 * k + 1];
  if (a < 0 || b < 0 || s.hidden[a] || s.hidden[b]) return;
  c.beginPath();
  c.moveTo(s.xs[a], s.ys[a]);
  c.lineTo(s.xs[b], s.ys[b]);
  c.lineWidth = width;
  c.strokeStyle = color;
  c.stroke();
  if (!arrowsShow(zoom)) return;
  c.beginPath();
  if (addArrow(c, s.xs[a], s.ys[a], s.xs[b], s.ys[b], radius(s, b, zoom))) (c.fillStyle = color), c.fill();
}

/**
 * Rings round nodes (their shape's outline), 3 model units wide as the small views' borders (style.ts) but never under RING_MIN_PX
 * on screen, `gap` rings out (two marks on one node stay apart). In screen pixels at every zoom they made
 * a zoomed-out selection of 300 nodes one black blot.
 */
export function ring(c: CanvasRenderingContext2D, s: PictureState, list: number[], color: string, zoom: number, gap: number) {
  if (!list.length) return;
  const width = Math.max(3, RING_MIN_PX / zoom);
  c.beginPath();
  // the node's own outline grown outward, as a border follows the shape in small views
  for (const i of list) trace(c, s, i, radius(s, i, zoom) + width * (0.5 + gap), 2 / zoom);
  c.lineWidth = width;
  c.strokeStyle = color;
  c.stroke();
}

/** The edges (their index k) that `take` keeps among those with both ends in the view and shown. */
function edgeList(s: PictureState, take: (k: number, a: number, b: number) => boolean): Int32Array {
  const taken = new Int32Array(s.edgeEnds.length / 2);
  let n = 0;
  for (let k = 0; k < s.edgeEnds.length; k += 2) {
    const a = s.edgeEnds[k];
    const b = s.edgeEnds[k + 1];
    if (a < 0 || b < 0 || s.hidden[a] || s.hidden[b] || !take(k / 2, a, b)) continue;
    taken[n++] = k / 2;
  }
  return taken.subarray(0, n);
}

/** These edges as one stroked path. */
function strokeList(c: CanvasRenderingContext2D, s: PictureState, list: ArrayLike<number>, zoom: number) {
  c.beginPath();
  for (let n = 0; n < list.length; n++) {
    const k = 2 * list[n];
    c.moveTo(s.xs[s.edgeEnds[k]], s.ys[s.edgeEnds[k]]);
    c.lineTo(s.xs[s.edgeEnds[k + 1]], s.ys[s.edgeEnds[k + 1]]);
  }
  c.lineWidth = 1 / zoom;
  c.strokeStyle = EDGE;
  c.stroke();
}

/** These edges' arrowheads as one filled path. */
function arrowList(c: CanvasRenderingContext2D, s: PictureState, list: ArrayLike<number>, zoom: number) {
  c.beginPath();
  for (let n = 0; n < list.length; n++) {
    const a = s.edgeEnds[2 * list[n]];
    const b = s.edgeEnds[2 * list[n] + 1];
    addArrow(c, s.xs[a], s.ys[a], s.xs[b], s.ys[b], radius(s, b, zoom));
  }
  c.fillStyle = EDGE;
  c.fill();
}

/**
 * Edges as one stroked path, then their arrowheads as one filled path when the zoom shows them and no more than
 * `arrowCap` edges are drawn (picture-arrows.ts); `take` says which edges (by index k). Returns how many were drawn.
 */
function strokeEdges(c: CanvasRenderingContext2D, s: PictureState, zoom: number, take: (k: number, a: number, b: number) => boolean, arrowCap: number): number {
  const list = edgeList(s, take);
  strokeList(c, s, list, zoom);
  if (arrowsShow(zoom, list.length, arrowCap)) arrowList(c, s, list, zoom);
  return list.length;
}

/**
 * At most this many edges, or nodes, in one part of a frame (scene below). Rasterising is most of a frame's cost
 * in software: 8,000 nodes' fill took 95–135 ms to rasterise here, 12,000 edges' stroke ~50 ms; a big view's
 * parts are drawn in tasks of their own (picture.ts), so no one task holds a 20k frame's 150–400 ms.
 */
export const PART_EDGES = 2500;
export const PART_NODES = 1500;

/** A frame in parts, each drawing its share in order onto the context, with how many nodes and edges it draws. */
export interface SceneParts {
  parts: Array<() => void>;
  nodes: number;
  edges: number;
}

/**
 * The view through a camera onto a context `w`×`h`, in parts drawn in order (each sets its own transform and
 * alpha, so they may run in separate tasks): edges, arrowheads, the groups' links, nodes, then marks, names, group
 * boxes and badges. What is drawn is chosen now; the parts only draw it.
 */
export function sceneParts(c: CanvasRenderingContext2D, s: PictureState, zoom: number, pan: Position, w: number, h: number, names: Named[], boxes: PlacedBox[], arrowCap = ARROW_MAX_EDGES): SceneParts {
  const camera = (alpha: number) => {
    c.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    c.globalAlpha = alpha;
  };
  // what lies in view, in model units, with a node's radius of slack
  const x1 = -pan.x / zoom - 40;
  const y1 = -pan.y / zoom - 40;
  const x2 = (w - pan.x) / zoom + 40;
  const y2 = (h - pan.y) / zoom + 40;
  const { xs, ys, hidden, lifted } = s;
  const inView = (i: number) => xs[i] >= x1 && xs[i] <= x2 && ys[i] >= y1 && ys[i] <= y2;
  const path = s.deco.path.map((id) => s.index.get(id)).filter((i): i is number => i !== undefined);
  const onPath = new Uint8Array(s.ids.length);
  for (const i of path) onPath[i] = 1;
  const fading = path.length > 1;
  const alpha = fading ? FADED_ALPHA : 1;
  const parts: Array<() => void> = [];
  // an edge is drawn when either end is in view; a dragged node's edges are drawn with it (picture.ts)
  const edges = edgeList(s, (_k, a, b) => (inView(a) || inView(b)) && !(lifted && (lifted[a] || lifted[b])));
  for (let at = 0; at < edges.length; at += PART_EDGES) {
    const slice = edges.subarray(at, at + PART_EDGES);
    parts.push(() => (camera(alpha), strokeList(c, s, slice, zoom)));
  }
  // the heads over every line (at most arrowCap of them)
  if (arrowsShow(zoom, edges.length, arrowCap)) parts.push(() => (camera(alpha), arrowList(c, s, edges, zoom)));
  parts.push(() => (camera(alpha), drawBoxLinks(c, s, boxes, zoom)));
  // nodes: one path per colour (a few fills instead of thousands), at most PART_NODES a path
  const byColor = new Map<string, number[]>();
  let nodesDrawn = 0;
  for (let i = 0; i < s.ids.length; i++) {
    if (hidden[i] || !inView(i) || lifted?.[i]) continue;
    let list = byColor.get(s.colors[i]);
    if (!list) byColor.set(s.colors[i], (list = []));
    list.push(i);
    nodesDrawn++;
  }
  // the commonest colour underneath: drawn last, it would cover the rest in a crowded view
  for (const [color, list] of [...byColor].sort((x, y) => y[1].length - x[1].length))
    for (let at = 0; at < list.length; at += PART_NODES) {
      const slice = list.slice(at, at + PART_NODES);
      parts.push(() => (camera(alpha), fillNodes(c, s, slice, color, zoom)));
    }
  parts.push(() => {
    camera(1);
    // a path stands out: its steps and nodes at full strength, amber (style.ts: edge.path, node.path)
    if (fading) {
      c.beginPath();
      path.forEach((i, k) => (k ? c.lineTo(xs[i], ys[i]) : c.moveTo(xs[i], ys[i])));
      c.lineWidth = 4 / zoom;
      c.strokeStyle = PATH;
      c.stroke();
      for (const i of path) if (!hidden[i]) fillNodes(c, s, [i], s.colors[i], zoom);
    }
    // the selected edge: 3 px, dark, its arrowhead too (style.ts: edge:selected)
    const edge = s.deco.selected === null ? undefined : s.edgeIndex.get(s.deco.selected);
    if (edge !== undefined) line(c, s, edge, 3 / zoom, SELECTED, zoom);
    // rings: pinned (blue), on the path (amber), selected (dark, one ring further out: it shows with the others)
    const marked = (flags: Uint8Array) => {
      const out: number[] = [];
      for (let i = 0; i < flags.length; i++) if (flags[i] && !hidden[i] && inView(i) && !lifted?.[i]) out.push(i);
      return out;
    };
    ring(c, s, marked(s.pinned), PINNED, zoom, 0);
    if (fading) ring(c, s, marked(onPath), PATH, zoom, 0);
    ring(c, s, marked(s.selected), SELECTED, zoom, 1);
    drawNames(c, s, names, zoom, pan);
    // group boxes and badges over the names: their text is what they are for (badges: z-index 30 in style.ts)
    c.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    drawBoxes(c, boxes, zoom, FONT);
  });
  return { parts, nodes: nodesDrawn, edges: edges.length };
}

/** The whole view through a camera at once (sceneParts, every part now). Returns how many nodes and edges it drew. */
export function scene(c: CanvasRenderingContext2D, s: PictureState, zoom: number, pan: Position, w: number, h: number, names: Named[], boxes: PlacedBox[], arrowCap = ARROW_MAX_EDGES) {
  const { parts, nodes, edges } = sceneParts(c, s, zoom, pan, w, h, names, boxes, arrowCap);
  for (const part of parts) part();
  return { nodes, edges };
}

/** A drag's nodes with their edges and marks where they are now, over the still of the rest (picture.ts). */
export function liftedScene(c: CanvasRenderingContext2D, s: PictureState, liftedEdges: Set<number>, zoom: number, pan: Position) {
  if (!s.lifted) return;
  const lifted = s.lifted;
  c.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
  strokeEdges(c, s, zoom, (k) => liftedEdges.has(k), ARROW_MAX_EDGES);
  const moving: number[] = [];
  for (let i = 0; i < lifted.length; i++) if (lifted[i] && !s.hidden[i]) moving.push(i);
  for (const i of moving) fillNodes(c, s, [i], s.colors[i], zoom);
  ring(c, s, moving.filter((i) => s.pinned[i]), PINNED, zoom, 0);
  ring(c, s, moving.filter((i) => s.selected[i]), SELECTED, zoom, 1);
}
