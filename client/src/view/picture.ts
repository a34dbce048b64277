// Big views drawn by hand: every node and edge from typed arrays onto one 2D canvas, a frame in tens of
// milliseconds at 20,000 elements. Cytoscape's canvas renderer spends seconds per element-heavy frame
// here (per-element style, bounding box and texture-cache look-ups: 3–15 s to a 20k view's first frame on
// this 2-core machine, a pan frame 0.6–2.5 s; bench/results/render.md), so big views keep a Cytoscape
// instance without a renderer (the graph, classes, camera, layouts, `window.cy`) and this draws it.
// The camera is Cytoscape's (cy.zoom/pan); names are the label budget's `.labelled` nodes (labels.ts).
import type { Core, NodeSingular, Position } from 'cytoscape';
import { LABEL_PX } from './labels.ts';

export interface PictureNode {
  id: string;
  x: number;
  y: number;
  color: string;
  shape: string;
  size: number;
}

export interface Decoration {
  filtered: Set<string>;
  selected: string | null;
  path: string[];
}

export interface Picture {
  readonly canvas: HTMLCanvasElement;
  /** replaces what is drawn (the view's nodes with their places, and its edges) */
  show(nodes: PictureNode[], edges: Array<{ source: string; target: string }>): void;
  /** new places for some nodes (a layout's answer) */
  move(positions: Record<string, Position>): void;
  /** re-reads every node's place from Cytoscape (after a layout run there) */
  sync(): void;
  decorate(d: Decoration): void;
  /** the names to draw: the label budget's nodes (labels.ts), after each of its passes */
  name(nodes: NodeSingular[]): void;
  /** draws in the next animation frame (calls within one frame draw once) */
  paint(): void;
  /** a snapshot of the last frame drawn, shifted by `by` screen pixels: a pan frame costs one blit */
  shift(by: Position): void;
  /** the node under a screen point (container pixels): the one whose centre is nearest */
  hit(x: number, y: number): string | null;
  /** the container changed size */
  resize(): void;
  destroy(): void;
}

/**
 * The node under a screen point: of the nodes whose box (plus 3 screen pixels, so a node of a pixel at
 * overview zoom is still hit) holds the point, the one whose centre is nearest; -1 for none.
 */
export function nearest(
  nodes: { xs: ArrayLike<number>; ys: ArrayLike<number>; sizes: ArrayLike<number>; hidden: ArrayLike<number> },
  x: number,
  y: number,
  zoom: number,
  pan: Position,
): number {
  const mx = (x - pan.x) / zoom;
  const my = (y - pan.y) / zoom;
  const slack = 3 / zoom;
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < nodes.xs.length; i++) {
    if (nodes.hidden[i]) continue;
    const r = nodes.sizes[i] / 2 + slack;
    const dx = nodes.xs[i] - mx;
    const dy = nodes.ys[i] - my;
    if (Math.abs(dx) > r || Math.abs(dy) > r) continue;
    const d = dx * dx + dy * dy;
    if (d < bestD) (best = i), (bestD = d);
  }
  return best;
}

const EDGE = '#c4ccd8';
const FADED_ALPHA = 0.15;
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** `painted(nodes, edges)` after each frame (pan frames included): how many of each it shows. */
export function createPicture(cy: Core, container: HTMLElement, painted: (nodes: number, edges: number) => void): Picture {
  const canvas = document.createElement('canvas');
  canvas.style.cssText = 'position:absolute;left:0;top:0;';
  container.appendChild(canvas);
  const ctx = canvas.getContext('2d')!;
  // the last frame, for pan frames (shift)
  const still = document.createElement('canvas');

  let ids: string[] = [];
  const index = new Map<string, number>();
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let sizes = new Float32Array(0);
  let colors: string[] = [];
  let shapes: string[] = [];
  let edgeEnds = new Int32Array(0);
  let hidden = new Uint8Array(0);
  let deco: Decoration = { filtered: new Set(), selected: null, path: [] };
  let frame = 0;
  let drawn = { nodes: 0, edges: 0 };
  let named: Array<{ i: number; text: string }> = [];

  function resize() {
    canvas.width = container.clientWidth;
    canvas.height = container.clientHeight;
    still.width = canvas.width;
    still.height = canvas.height;
    paint();
  }

  function show(nodes: PictureNode[], edges: Array<{ source: string; target: string }>) {
    named = [];
    ids = nodes.map((n) => n.id);
    index.clear();
    ids.forEach((id, i) => index.set(id, i));
    xs = Float64Array.from(nodes, (n) => n.x);
    ys = Float64Array.from(nodes, (n) => n.y);
    sizes = Float32Array.from(nodes, (n) => n.size);
    colors = nodes.map((n) => n.color);
    shapes = nodes.map((n) => n.shape);
    edgeEnds = new Int32Array(edges.length * 2);
    edges.forEach((e, k) => {
      edgeEnds[2 * k] = index.get(e.source) ?? -1;
      edgeEnds[2 * k + 1] = index.get(e.target) ?? -1;
    });
    decorate(deco);
  }

  function move(positions: Record<string, Position>) {
    for (const [id, p] of Object.entries(positions)) {
      const i = index.get(id);
      if (i !== undefined) (xs[i] = p.x), (ys[i] = p.y);
    }
    paint();
  }

  function sync() {
    cy.nodes().forEach((n) => {
      const i = index.get(n.id());
      if (i === undefined) return;
      const p = (n as NodeSingular).position();
      xs[i] = p.x;
      ys[i] = p.y;
    });
    paint();
  }

  function decorate(d: Decoration) {
    deco = d;
    hidden = Uint8Array.from(ids, (id) => (d.filtered.has(id) ? 1 : 0));
    paint();
  }

  /** A node's outline as a path: circles for ellipses, squares for the boxy shapes, a triangle or diamond as named. */
  function trace(i: number, r: number, tiny: number) {
    const x = xs[i];
    const y = ys[i];
    // under 4 screen pixels a shape is not told apart: a square is the cheapest path
    if (r < tiny) return void ctx.rect(x - r, y - r, 2 * r, 2 * r);
    switch (shapes[i]) {
      case 'rectangle':
      case 'round-rectangle':
      case 'cut-rectangle':
      case 'barrel':
        ctx.rect(x - r, y - r, 2 * r, 2 * r);
        return;
      case 'triangle':
      case 'round-triangle':
        ctx.moveTo(x, y - r);
        ctx.lineTo(x + r, y + r);
        ctx.lineTo(x - r, y + r);
        ctx.closePath();
        return;
      case 'diamond':
      case 'round-diamond':
        ctx.moveTo(x, y - r);
        ctx.lineTo(x + r, y);
        ctx.lineTo(x, y + r);
        ctx.lineTo(x - r, y);
        ctx.closePath();
        return;
      default:
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
  }

  function draw() {
    frame = 0;
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const w = canvas.width;
    const h = canvas.height;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    // what lies in view, in model units, with a node's radius of slack
    const x1 = -pan.x / zoom - 40;
    const y1 = -pan.y / zoom - 40;
    const x2 = (w - pan.x) / zoom + 40;
    const y2 = (h - pan.y) / zoom + 40;
    const inView = (i: number) => xs[i] >= x1 && xs[i] <= x2 && ys[i] >= y1 && ys[i] <= y2;
    const onPath = new Set(deco.path.map((id) => index.get(id)).filter((i): i is number => i !== undefined));
    const fading = onPath.size > 1;
    // edges: one path, one stroke (an edge is drawn when either end is in view)
    let edgesDrawn = 0;
    ctx.beginPath();
    for (let k = 0; k < edgeEnds.length; k += 2) {
      const a = edgeEnds[k];
      const b = edgeEnds[k + 1];
      if (a < 0 || b < 0 || hidden[a] || hidden[b] || !(inView(a) || inView(b))) continue;
      ctx.moveTo(xs[a], ys[a]);
      ctx.lineTo(xs[b], ys[b]);
      edgesDrawn++;
    }
    ctx.lineWidth = 1 / zoom;
    ctx.strokeStyle = EDGE;
    ctx.globalAlpha = fading ? FADED_ALPHA : 1;
    ctx.stroke();
    // nodes: one path per colour, filled once (a few fills instead of thousands)
    const byColor = new Map<string, number[]>();
    let nodesDrawn = 0;
    for (let i = 0; i < ids.length; i++) {
      if (hidden[i] || !inView(i)) continue;
      let list = byColor.get(colors[i]);
      if (!list) byColor.set(colors[i], (list = []));
      list.push(i);
      nodesDrawn++;
    }
    // the commonest colour underneath: drawn last, it would cover the rest in a crowded view
    for (const [color, list] of [...byColor].sort((x, y) => y[1].length - x[1].length)) {
      ctx.beginPath();
      // below a pixel a node is a dot of one pixel: still there, as in a map
      for (const i of list) trace(i, Math.max(sizes[i] / 2, 0.75 / zoom), 2 / zoom);
      ctx.fillStyle = color;
      ctx.fill();
    }
    ctx.globalAlpha = 1;
    // the path and the selected node stand out (style.ts: amber for a path, dark for the selection)
    if (fading) {
      ctx.beginPath();
      const path = [...onPath];
      path.forEach((i, k) => (k ? ctx.lineTo(xs[i], ys[i]) : ctx.moveTo(xs[i], ys[i])));
      ctx.lineWidth = 4 / zoom;
      ctx.strokeStyle = '#f59e0b';
      ctx.stroke();
      ring(path, '#f59e0b');
    }
    const sel = deco.selected === null ? undefined : index.get(deco.selected);
    if (sel !== undefined) ring([sel], '#111827');
    drawNames(zoom);
    // the frame as a picture for the pan frames
    const s = still.getContext('2d')!;
    s.clearRect(0, 0, w, h);
    s.drawImage(canvas, 0, 0);
    drawn = { nodes: nodesDrawn, edges: edgesDrawn };
    painted(nodesDrawn, edgesDrawn);
  }

  function ring(list: number[], color: string) {
    const zoom = cy.zoom();
    ctx.beginPath();
    for (const i of list) {
      const r = Math.max(sizes[i] / 2, 3 / zoom) + 2 / zoom;
      ctx.moveTo(xs[i] + r, ys[i]);
      ctx.arc(xs[i], ys[i], r, 0, 2 * Math.PI);
    }
    ctx.lineWidth = 3 / zoom;
    ctx.strokeStyle = color;
    ctx.stroke();
  }

  function name(nodes: NodeSingular[]) {
    named = nodes.flatMap((n) => {
      const i = index.get(n.id());
      return i === undefined ? [] : [{ i, text: String(n.data('label') ?? '') }];
    });
    paint();
  }

  /** The label budget's names, LABEL_PX on screen, on a pale box as in style.ts. */
  function drawNames(zoom: number) {
    if (!named.length) return;
    const pan = cy.pan();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.font = `${LABEL_PX}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const { i, text } of named) {
      if (hidden[i]) continue;
      const x = xs[i] * zoom + pan.x;
      const y = ys[i] * zoom + pan.y + (sizes[i] / 2) * zoom + 3;
      const width = ctx.measureText(text).width;
      ctx.fillStyle = 'rgba(255,255,255,0.75)';
      ctx.fillRect(x - width / 2 - 1, y - 1, width + 2, LABEL_PX + 3);
      ctx.fillStyle = '#1f2328';
      ctx.fillText(text, x, y);
    }
  }

  function paint() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  function shift(by: Position) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(still, by.x, by.y);
    painted(drawn.nodes, drawn.edges);
  }

  function hit(x: number, y: number): string | null {
    const i = nearest({ xs, ys, sizes, hidden }, x, y, cy.zoom(), cy.pan());
    return i < 0 ? null : ids[i];
  }

  resize();
  return {
    canvas,
    show,
    move,
    sync,
    decorate,
    name,
    paint,
    shift,
    hit,
    resize,
    destroy() {
      cancelAnimationFrame(frame);
      canvas.remove();
    },
  };
}
