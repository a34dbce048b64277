// Big views drawn by hand: every node and edge from typed arrays onto one 2D canvas, a frame in tens of
// milliseconds at 20,000 elements. Cytoscape's canvas renderer spends seconds per element-heavy frame
// here (per-element style, bounding box and texture-cache look-ups: 3–15 s to a 20k view's first frame on
// this 2-core machine, a pan frame 0.6–2.5 s; bench/results/render.md), so big views keep a Cytoscape
// instance without a renderer (the graph, classes, selection, camera, layouts, `window.cy`) and this draws
// it: nodes in their type's shape, the selection, path, pinned nodes and the selected edge as the small
// views' stylesheet marks them (style.ts, explore.ts), and on a second canvas above it what changes with
// the pointer (the hovered node or edge with its name, the selection box). The camera is Cytoscape's
// (cy.zoom/pan); names are the label budget's `.labelled` nodes (labels.ts). What is under the pointer is
// found through a grid (hit.ts); the PNG and SVG of the whole view are drawn from the same arrays.
import type { Core, NodeSingular, Position } from 'cytoscape';
import { buildGrid, type Grid } from './hit.ts';
import { LABEL_PX } from './labels.ts';
import { pictureSvg, shownCount, SVG_MAX_ELEMENTS } from './picture-svg.ts';
import { t } from '../i18n/index.ts';
import { shapePoints } from './svg.ts';

export interface PictureNode {
  id: string;
  x: number;
  y: number;
  color: string;
  shape: string;
  size: number;
}

export interface PictureEdge {
  id?: string;
  source: string;
  target: string;
}

export interface Decoration {
  filtered: Set<string>;
  /** the store's one selected element: a node or an edge */
  selected: string | null;
  path: string[];
}

/** What lies under a point of the picture. */
export type Hit = { kind: 'node' | 'edge'; id: string } | null;

export interface Picture {
  readonly canvas: HTMLCanvasElement;
  /** replaces what is drawn (the view's nodes with their places, and its edges) */
  show(nodes: PictureNode[], edges: PictureEdge[]): void;
  /** new places for some nodes (a layout's answer, nodes being dragged: Cytoscape hears of those on release) */
  move(positions: Record<string, Position>): void;
  /**
   * Nodes about to be dragged (null: the drag ended): the rest is drawn once as a still, and each frame of the
   * drag is that still with the lifted nodes and their edges over it (a full frame at 20k took 60–300 ms here)
   */
  lift(ids: string[] | null): void;
  /** re-reads every node's place from Cytoscape (after a layout run there) */
  sync(): void;
  decorate(d: Decoration): void;
  /** the names to draw: the label budget's nodes (labels.ts), after each of its passes */
  name(nodes: NodeSingular[]): void;
  /** draws in the next animation frame (calls within one frame draw once) */
  paint(): void;
  /** a snapshot of the last frame drawn, shifted by `by` screen pixels: a pan frame costs one blit */
  shift(by: Position): void;
  /** the node under a screen point (container pixels), else the edge within EDGE_HIT_PX of it */
  hit(x: number, y: number): Hit;
  /** marks what is under the pointer (null: nothing, the pointer left) */
  hover(at: Hit): void;
  /** the selection box being drawn, in container pixels (null: none) */
  box(from: Position | null, to?: Position): void;
  /** ids of the nodes shown whose centre lies in a screen rectangle */
  nodesInBox(from: Position, to: Position): string[];
  /** the whole view at export scale (2, smaller past PNG_MAX_SIDE) on white */
  png(): Promise<Blob>;
  /** the whole view as SVG elements (picture-svg.ts); throws past SVG_MAX_ELEMENTS */
  svg(): string;
  /** the container changed size */
  resize(): void;
  destroy(): void;
}

/** How far from an edge, in screen pixels, the pointer still picks it (a 1 px line needs some slack). */
export const EDGE_HIT_PX = 5;
/** Nodes are hit 3 screen pixels beyond their box: at overview zoom a node is a pixel wide. */
const NODE_SLACK_PX = 3;
/** A mark round a node (selected, pinned, on a path) is at least this wide on screen. */
const RING_MIN_PX = 1.5;
/**
 * The PNG is drawn at this scale, or smaller where its longer side would pass PNG_MAX_SIDE pixels: a 5,900-element
 * view at 8,192 × 5,512 px took 4.6 s and 10 MB at load ~13 (big-view e2e), a quarter of the pixels a quarter of that.
 */
export const PNG_SCALE = 2;
export const PNG_MAX_SIDE = 4096;
/** Margin around the exported view, in model units. */
const EXPORT_PADDING = 24;

const EDGE = '#c4ccd8';
const FADED_ALPHA = 0.15;
// the marks of the small views' stylesheet (style.ts, explore.ts)
const SELECTED = '#111827';
const PATH = '#f59e0b';
const PINNED = '#0284c7';
const HOVER = '#64748b';
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** `painted(nodes, edges)` after each frame (pan frames included): how many of each it shows. */
export function createPicture(cy: Core, container: HTMLElement, painted: (nodes: number, edges: number) => void): Picture {
  const canvas = document.createElement('canvas');
  canvas.style.cssText = 'position:absolute;left:0;top:0;';
  container.appendChild(canvas);
  const ctx = canvas.getContext('2d')!;
  // what follows the pointer, above the picture: redrawing it costs nothing of the 20k elements below
  const overlay = document.createElement('canvas');
  overlay.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;';
  container.appendChild(overlay);
  const octx = overlay.getContext('2d')!;
  // the last frame, for pan frames (shift)
  const still = document.createElement('canvas');

  let ids: string[] = [];
  const index = new Map<string, number>();
  let edgeIds: string[] = [];
  const edgeIndex = new Map<string, number>();
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let sizes = new Float32Array(0);
  let colors: string[] = [];
  let shapes: string[] = [];
  let edgeEnds = new Int32Array(0);
  let hidden = new Uint8Array(0);
  /** Cytoscape's selection (box, shift-click, the store's one) and pinned nodes, by node index */
  let selected = new Uint8Array(0);
  let pinned = new Uint8Array(0);
  let deco: Decoration = { filtered: new Set(), selected: null, path: [] };
  let frame = 0;
  let drawn = { nodes: 0, edges: 0 };
  let named: Array<{ i: number; text: string }> = [];
  let grid: Grid | null = null;
  let hovered: Hit = null;
  let boxed: { from: Position; to: Position } | null = null;
  let shifted = false;
  /** while a drag lasts: the nodes it moves (flags), and the edges that meet them */
  let lifted: Uint8Array | null = null;
  let liftedEdges: number[] = [];

  function resize() {
    canvas.width = overlay.width = still.width = container.clientWidth;
    canvas.height = overlay.height = still.height = container.clientHeight;
    paint();
  }

  function show(nodes: PictureNode[], edges: PictureEdge[]) {
    named = [];
    lifted = null;
    liftedEdges = [];
    hovered = null;
    ids = nodes.map((n) => n.id);
    index.clear();
    ids.forEach((id, i) => index.set(id, i));
    xs = Float64Array.from(nodes, (n) => n.x);
    ys = Float64Array.from(nodes, (n) => n.y);
    sizes = Float32Array.from(nodes, (n) => n.size);
    colors = nodes.map((n) => n.color);
    shapes = nodes.map((n) => n.shape);
    edgeIds = edges.map((e, k) => e.id ?? `#${k}`);
    edgeIndex.clear();
    edgeIds.forEach((id, k) => edgeIndex.set(id, k));
    edgeEnds = new Int32Array(edges.length * 2);
    edges.forEach((e, k) => {
      edgeEnds[2 * k] = index.get(e.source) ?? -1;
      edgeEnds[2 * k + 1] = index.get(e.target) ?? -1;
    });
    grid = null;
    decorate(deco);
  }

  function move(positions: Record<string, Position>) {
    for (const [id, p] of Object.entries(positions)) {
      const i = index.get(id);
      if (i !== undefined) (xs[i] = p.x), (ys[i] = p.y);
    }
    grid = null;
    if (lifted) frame ||= requestAnimationFrame(drawLifted);
    else paint();
  }

  function lift(list: string[] | null) {
    cancelAnimationFrame(frame);
    frame = 0;
    if (!list) {
      lifted = null;
      liftedEdges = [];
      return paint();
    }
    lifted = new Uint8Array(ids.length);
    for (const id of list) {
      const i = index.get(id);
      if (i !== undefined) lifted[i] = 1;
    }
    liftedEdges = [];
    for (let k = 0; k < edgeEnds.length; k += 2) if ((edgeEnds[k] >= 0 && lifted[edgeEnds[k]]) || (edgeEnds[k + 1] >= 0 && lifted[edgeEnds[k + 1]])) liftedEdges.push(k / 2);
    // the still without them, now: each frame of the drag starts from it
    draw();
  }

  /** A drag's frame: the still, and over it the lifted nodes with their edges and marks where they are now. */
  function drawLifted() {
    frame = 0;
    if (cy.destroyed() || !lifted) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(still, 0, 0);
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    ctx.beginPath();
    for (const k of liftedEdges) {
      const a = edgeEnds[2 * k];
      const b = edgeEnds[2 * k + 1];
      if (a < 0 || b < 0 || hidden[a] || hidden[b]) continue;
      ctx.moveTo(xs[a], ys[a]);
      ctx.lineTo(xs[b], ys[b]);
    }
    ctx.lineWidth = 1 / zoom;
    ctx.strokeStyle = EDGE;
    ctx.stroke();
    const moving: number[] = [];
    for (let i = 0; i < lifted.length; i++) if (lifted[i] && !hidden[i]) moving.push(i);
    for (const i of moving) {
      ctx.beginPath();
      trace(ctx, i, Math.max(sizes[i] / 2, 0.75 / zoom), 2 / zoom);
      ctx.fillStyle = colors[i];
      ctx.fill();
    }
    ring(ctx, moving.filter((i) => pinned[i]), PINNED, zoom, 0);
    ring(ctx, moving.filter((i) => selected[i]), SELECTED, zoom, 1);
    painted(drawn.nodes, drawn.edges);
  }

  function sync() {
    cy.nodes().forEach((n) => {
      const i = index.get(n.id());
      if (i === undefined) return;
      const p = (n as NodeSingular).position();
      xs[i] = p.x;
      ys[i] = p.y;
    });
    grid = null;
    paint();
  }

  /** Cytoscape's selected and pinned nodes as flags (its classes and selection are the truth, canvas.ts sets them). */
  function readMarks() {
    selected = new Uint8Array(ids.length);
    pinned = new Uint8Array(ids.length);
    if (cy.destroyed()) return;
    cy.nodes(':selected').forEach((n) => {
      const i = index.get(n.id());
      if (i !== undefined) selected[i] = 1;
    });
    cy.nodes('.pinned').forEach((n) => {
      const i = index.get(n.id());
      if (i !== undefined) pinned[i] = 1;
    });
  }
  // a box or a shift-click changes the selection without the store: follow it, once per frame
  let marking = 0;
  const remark = () => void (marking ||= requestAnimationFrame(() => ((marking = 0), readMarks(), paint())));
  cy.on('select unselect', remark);

  function decorate(d: Decoration) {
    deco = d;
    hidden = Uint8Array.from(ids, (id) => (d.filtered.has(id) ? 1 : 0));
    readMarks();
    paint();
  }

  /** A node's outline as a path: its type's shape (svg.ts's unit polygons), a square when too small to tell. */
  function trace(c: CanvasRenderingContext2D, i: number, r: number, tiny: number) {
    const x = xs[i];
    const y = ys[i];
    // under 4 screen pixels a shape is not told apart: a square is the cheapest path
    if (r < tiny) return void c.rect(x - r, y - r, 2 * r, 2 * r);
    const shape = shapes[i];
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

  /** The view through a camera onto a context `w`×`h`: edges, nodes, marks and names. Returns what it drew. */
  function scene(c: CanvasRenderingContext2D, zoom: number, pan: Position, w: number, h: number) {
    c.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    // what lies in view, in model units, with a node's radius of slack
    const x1 = -pan.x / zoom - 40;
    const y1 = -pan.y / zoom - 40;
    const x2 = (w - pan.x) / zoom + 40;
    const y2 = (h - pan.y) / zoom + 40;
    const inView = (i: number) => xs[i] >= x1 && xs[i] <= x2 && ys[i] >= y1 && ys[i] <= y2;
    const path = deco.path.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    const onPath = new Uint8Array(ids.length);
    for (const i of path) onPath[i] = 1;
    const fading = path.length > 1;
    // edges: one path, one stroke (an edge is drawn when either end is in view)
    let edgesDrawn = 0;
    c.beginPath();
    for (let k = 0; k < edgeEnds.length; k += 2) {
      const a = edgeEnds[k];
      const b = edgeEnds[k + 1];
      if (a < 0 || b < 0 || hidden[a] || hidden[b] || !(inView(a) || inView(b))) continue;
      if (lifted && (lifted[a] || lifted[b])) continue;
      c.moveTo(xs[a], ys[a]);
      c.lineTo(xs[b], ys[b]);
      edgesDrawn++;
    }
    c.lineWidth = 1 / zoom;
    c.strokeStyle = EDGE;
    c.globalAlpha = fading ? FADED_ALPHA : 1;
    c.stroke();
    // nodes: one path per colour, filled once (a few fills instead of thousands)
    const byColor = new Map<string, number[]>();
    let nodesDrawn = 0;
    for (let i = 0; i < ids.length; i++) {
      if (hidden[i] || !inView(i) || lifted?.[i]) continue;
      let list = byColor.get(colors[i]);
      if (!list) byColor.set(colors[i], (list = []));
      list.push(i);
      nodesDrawn++;
    }
    const fill = (list: number[], color: string) => {
      c.beginPath();
      // below a pixel a node is a dot of one pixel: still there, as in a map
      for (const i of list) trace(c, i, Math.max(sizes[i] / 2, 0.75 / zoom), 2 / zoom);
      c.fillStyle = color;
      c.fill();
    };
    // the commonest colour underneath: drawn last, it would cover the rest in a crowded view
    for (const [color, list] of [...byColor].sort((x, y) => y[1].length - x[1].length)) fill(list, color);
    c.globalAlpha = 1;
    // a path stands out: its steps and nodes at full strength, amber (style.ts: edge.path, node.path)
    if (fading) {
      c.beginPath();
      path.forEach((i, k) => (k ? c.lineTo(xs[i], ys[i]) : c.moveTo(xs[i], ys[i])));
      c.lineWidth = 4 / zoom;
      c.strokeStyle = PATH;
      c.stroke();
      for (const i of path) if (!hidden[i]) fill([i], colors[i]);
    }
    // the selected edge: 3 px, dark (style.ts: edge:selected)
    const edge = deco.selected === null ? undefined : edgeIndex.get(deco.selected);
    if (edge !== undefined) line(c, edge, 3 / zoom, SELECTED);
    // rings: pinned (blue), on the path (amber), selected (dark, one ring further out: it shows with the others)
    const marked = (flags: Uint8Array) => {
      const out: number[] = [];
      for (let i = 0; i < flags.length; i++) if (flags[i] && !hidden[i] && inView(i) && !lifted?.[i]) out.push(i);
      return out;
    };
    ring(c, marked(pinned), PINNED, zoom, 0);
    if (fading) ring(c, marked(onPath), PATH, zoom, 0);
    ring(c, marked(selected), SELECTED, zoom, 1);
    drawNames(c, zoom, pan);
    return { nodes: nodesDrawn, edges: edgesDrawn };
  }

  function draw() {
    frame = 0;
    shifted = false;
    if (cy.destroyed()) return;
    const w = canvas.width;
    const h = canvas.height;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    drawn = scene(ctx, cy.zoom(), cy.pan(), w, h);
    // the frame as a picture for the pan frames
    const s = still.getContext('2d')!;
    s.clearRect(0, 0, w, h);
    s.drawImage(canvas, 0, 0);
    drawOverlay();
    painted(drawn.nodes, drawn.edges);
  }

  function line(c: CanvasRenderingContext2D, k: number, width: number, color: string) {
    const a = edgeEnds[2 * k];
    const b = edgeEnds[2 * k + 1];
    if (a < 0 || b < 0 || hidden[a] || hidden[b]) return;
    c.beginPath();
    c.moveTo(xs[a], ys[a]);
    c.lineTo(xs[b], ys[b]);
    c.lineWidth = width;
    c.strokeStyle = color;
    c.stroke();
  }

  /**
   * Rings round nodes (their shape's outline), 3 model units wide as the small views' borders (style.ts) but never under RING_MIN_PX
   * on screen, `gap` rings out (two marks on one node stay apart). In screen pixels at every zoom they made
   * a zoomed-out selection of 300 nodes one black blot.
   */
  function ring(c: CanvasRenderingContext2D, list: number[], color: string, zoom: number, gap: number) {
    if (!list.length) return;
    const width = Math.max(3, RING_MIN_PX / zoom);
    c.beginPath();
    // the node's own outline grown outward, as a border follows the shape in small views
    for (const i of list) trace(c, i, Math.max(sizes[i] / 2, 0.75 / zoom) + width * (0.5 + gap), 2 / zoom);
    c.lineWidth = width;
    c.strokeStyle = color;
    c.stroke();
  }

  function name(nodes: NodeSingular[]) {
    named = nodes.flatMap((n) => {
      const i = index.get(n.id());
      return i === undefined ? [] : [{ i, text: String(n.data('label') ?? '') }];
    });
    paint();
  }

  /** A name LABEL_PX tall on a pale box (style.ts), its top centre at a screen point; `edge`: outlined, over other names. */
  function tag(c: CanvasRenderingContext2D, text: string, x: number, y: number, box = 'rgba(255,255,255,0.75)', edge = '') {
    const width = c.measureText(text).width;
    c.fillStyle = box;
    c.fillRect(x - width / 2 - 1, y - 1, width + 2, LABEL_PX + 3);
    if (edge) {
      c.lineWidth = 1;
      c.strokeStyle = edge;
      c.strokeRect(Math.round(x - width / 2 - 2) + 0.5, Math.round(y - 2) + 0.5, Math.round(width + 3), LABEL_PX + 4);
    }
    c.fillStyle = '#1f2328';
    c.fillText(text, x, y);
  }

  function textStyle(c: CanvasRenderingContext2D) {
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.font = `${LABEL_PX}px ${FONT}`;
    c.textAlign = 'center';
    c.textBaseline = 'top';
  }

  /** The label budget's names, LABEL_PX on screen, on a pale box as in style.ts. */
  function drawNames(c: CanvasRenderingContext2D, zoom: number, pan: Position) {
    if (!named.length) return;
    textStyle(c);
    for (const { i, text } of named) {
      if (hidden[i] || lifted?.[i]) continue;
      tag(c, text, xs[i] * zoom + pan.x, ys[i] * zoom + pan.y + (sizes[i] / 2) * zoom + 3);
    }
  }

  /** The hovered node or edge (a grey ring or line, its name) and the selection box, over the picture. */
  function drawOverlay() {
    octx.setTransform(1, 0, 0, 1, 0, 0);
    octx.clearRect(0, 0, overlay.width, overlay.height);
    if (shifted || cy.destroyed()) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    if (hovered) {
      octx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
      const el = cy.getElementById(hovered.id);
      const text = el.nonempty() ? String(el.data('label') ?? '') : '';
      if (hovered.kind === 'node') {
        const i = index.get(hovered.id);
        if (i !== undefined && !hidden[i]) {
          ring(octx, [i], HOVER, zoom, 0);
          // the name under the node, for a node the budget left unnamed
          if (text && !named.some((n) => n.i === i)) {
            textStyle(octx);
            tag(octx, text, xs[i] * zoom + pan.x, ys[i] * zoom + pan.y + (sizes[i] / 2) * zoom + 6, '#ffffff', HOVER);
          }
        }
      } else {
        const k = edgeIndex.get(hovered.id);
        if (k !== undefined) {
          line(octx, k, 3 / zoom, HOVER);
          // the relation's name at the middle of the line
          const a = edgeEnds[2 * k];
          const b = edgeEnds[2 * k + 1];
          if (text && a >= 0 && b >= 0) {
            textStyle(octx);
            tag(octx, text, ((xs[a] + xs[b]) / 2) * zoom + pan.x, ((ys[a] + ys[b]) / 2) * zoom + pan.y - LABEL_PX / 2, '#f7f7f5', HOVER);
          }
        }
      }
    }
    if (boxed) {
      octx.setTransform(1, 0, 0, 1, 0, 0);
      const x = Math.min(boxed.from.x, boxed.to.x);
      const y = Math.min(boxed.from.y, boxed.to.y);
      const w = Math.abs(boxed.to.x - boxed.from.x);
      const h = Math.abs(boxed.to.y - boxed.from.y);
      // Cytoscape's selection box colours
      octx.fillStyle = 'rgba(221,221,221,0.65)';
      octx.fillRect(x, y, w, h);
      octx.strokeStyle = '#aaaaaa';
      octx.lineWidth = 1;
      octx.strokeRect(x + 0.5, y + 0.5, w, h);
    }
  }

  function paint() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  function shift(by: Position) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(still, by.x, by.y);
    // the hover and the box belong to the old camera: gone until the full draw on release
    shifted = true;
    drawOverlay();
    painted(drawn.nodes, drawn.edges);
  }

  const toModel = (x: number, y: number) => {
    const zoom = cy.zoom();
    const pan = cy.pan();
    return { x: (x - pan.x) / zoom, y: (y - pan.y) / zoom };
  };
  const gridNow = () => (grid ??= buildGrid({ xs, ys, sizes, hidden, edgeEnds }));

  function hit(x: number, y: number): Hit {
    const zoom = cy.zoom();
    const p = toModel(x, y);
    const i = gridNow().nodeAt(p.x, p.y, NODE_SLACK_PX / zoom);
    if (i >= 0) return { kind: 'node', id: ids[i] };
    const k = gridNow().edgeAt(p.x, p.y, EDGE_HIT_PX / zoom);
    return k >= 0 ? { kind: 'edge', id: edgeIds[k] } : null;
  }

  function hover(at: Hit) {
    if (at?.id === hovered?.id && at?.kind === hovered?.kind) return;
    hovered = at;
    drawOverlay();
  }

  function box(from: Position | null, to?: Position) {
    boxed = from && to ? { from, to } : null;
    drawOverlay();
  }

  function nodesInBox(from: Position, to: Position): string[] {
    const a = toModel(from.x, from.y);
    const b = toModel(to.x, to.y);
    return gridNow()
      .nodesIn(a.x, a.y, b.x, b.y)
      .map((i) => ids[i]);
  }

  /** The bounds of the nodes shown, in model units, with the export's margin. */
  function bounds() {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (let i = 0; i < ids.length; i++) {
      if (hidden[i]) continue;
      const r = sizes[i] / 2;
      x1 = Math.min(x1, xs[i] - r);
      y1 = Math.min(y1, ys[i] - r);
      x2 = Math.max(x2, xs[i] + r);
      y2 = Math.max(y2, ys[i] + r);
    }
    if (x1 > x2) return { x: 0, y: 0, w: 1, h: 1 };
    return { x: x1 - EXPORT_PADDING, y: y1 - EXPORT_PADDING, w: x2 - x1 + 2 * EXPORT_PADDING, h: y2 - y1 + 2 * EXPORT_PADDING };
  }

  function png(): Promise<Blob> {
    const b = bounds();
    const scale = Math.min(PNG_SCALE, PNG_MAX_SIDE / Math.max(b.w, b.h));
    const out = document.createElement('canvas');
    out.width = Math.max(1, Math.round(b.w * scale));
    out.height = Math.max(1, Math.round(b.h * scale));
    const c = out.getContext('2d')!;
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, out.width, out.height);
    scene(c, scale, { x: -b.x * scale, y: -b.y * scale }, out.width, out.height);
    return new Promise((ok, fail) => out.toBlob((blob) => (blob ? ok(blob) : fail(new Error(`canvas: a PNG of ${out.width} × ${out.height} px could not be encoded`)))));
  }

  function svg(): string {
    const count = shownCount({ hidden, edgeEnds });
    if (count > SVG_MAX_ELEMENTS) throw new Error(t('export.svgTooBig', { n: count, max: SVG_MAX_ELEMENTS }));
    const shown = (flags: Uint8Array) => ids.filter((_, i) => flags[i]);
    return pictureSvg({
      ids,
      xs,
      ys,
      sizes,
      colors,
      shapes,
      hidden,
      edgeIds,
      edgeEnds,
      bounds: bounds(),
      names: named.filter((n) => !hidden[n.i]).map((n) => ({ id: ids[n.i], text: n.text })),
      labelSize: LABEL_PX / cy.zoom(),
      selected: shown(selected),
      pinned: shown(pinned),
      path: deco.path.filter((id) => index.has(id)),
      selectedEdge: deco.selected !== null && edgeIndex.has(deco.selected) ? deco.selected : null,
    });
  }

  resize();
  return {
    canvas,
    show,
    move,
    lift,
    sync,
    decorate,
    name,
    paint,
    shift,
    hit,
    hover,
    box,
    nodesInBox,
    png,
    svg,
    resize,
    destroy() {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(marking);
      if (!cy.destroyed()) cy.removeListener('select unselect', remark);
      canvas.remove();
      overlay.remove();
    },
  };
}
