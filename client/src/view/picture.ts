// Big views drawn by hand: every node and edge from typed arrays onto one 2D canvas, a frame in tens of
// milliseconds at 20,000 elements. Cytoscape's canvas renderer spends seconds per element-heavy frame
// here (per-element style, bounding box and texture-cache look-ups: 3–15 s to a 20k view's first frame on
// this 2-core machine, a pan frame 0.6–2.5 s; bench/results/render.md), so big views keep a Cytoscape
// instance without a renderer (the graph, classes, selection, camera, layouts, `window.cy`) and this draws
// it. This file holds the picture's life: its canvases and state, what changes it (a view, places, marks,
// names, a drag), the frames it schedules, the pointer's overlay (the hovered node or edge with its name, the
// selection box) and the exports. What it draws from: picture-arrays.ts; how a frame is drawn (edges with
// arrowheads, nodes in their shapes, marks): picture-draw.ts; group boxes and "+N" badges: picture-boxes.ts;
// names: picture-labels.ts; what is under the pointer: hit.ts; the mouse: pan.ts; the SVG: picture-svg.ts.
// The camera is Cytoscape's (cy.zoom/pan); names are the label budget's `.labelled` nodes (labels.ts).
import type { Core, NodeSingular, Position } from 'cytoscape';
import { buildGrid, type Grid } from './hit.ts';
import { LABEL_PX } from './labels.ts';
import { arraysOf, boundsOf, emptyState, type Decoration, type Named, type PictureBox, type PictureEdge, type PictureNode } from './picture-arrays.ts';
import { boxAt, placeBoxes, type PlacedBox } from './picture-boxes.ts';
import { HOVER, line, liftedScene, PART_NODES, ring, scene, sceneParts, SELECTED } from './picture-draw.ts';
import { exportNames, nameTop, tag, textStyle } from './picture-labels.ts';
import { pictureSvg, shownCount, SVG_MAX_ELEMENTS } from './picture-svg.ts';
import { t } from '../i18n/index.ts';

export type { Decoration, PictureBox, PictureEdge, PictureNode };

/** What lies under a point of the picture. */
export type Hit = { kind: 'node' | 'edge'; id: string } | { kind: 'group' | 'more'; id: string; center: string; key: string } | null;

export interface Picture {
  readonly canvas: HTMLCanvasElement;
  /** replaces what is drawn (the view's nodes with their places, its edges, its group boxes and badges) */
  show(nodes: PictureNode[], edges: PictureEdge[], boxes?: PictureBox[]): void;
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
  /** the group box or badge under a screen point (container pixels), else the node, else the edge within EDGE_HIT_PX of it */
  hit(x: number, y: number): Hit;
  /** marks what is under the pointer (null: nothing, the pointer left) */
  hover(at: Hit): void;
  /** the selection box being drawn, in container pixels (null: none) */
  box(from: Position | null, to?: Position): void;
  /** ids of the nodes shown whose centre lies in a screen rectangle */
  nodesInBox(from: Position, to: Position): string[];
  /** the whole view at export scale (2, smaller past PNG_MAX_SIDE) on white, every name that fits there drawn */
  png(): Promise<Blob>;
  /** the whole view as SVG elements (picture-svg.ts) with the PNG's names; throws past SVG_MAX_ELEMENTS */
  svg(): string;
  /** the container changed size */
  resize(): void;
  destroy(): void;
}

/** How far from an edge, in screen pixels, the pointer still picks it (a 1 px line needs some slack). */
export const EDGE_HIT_PX = 5;
/** Nodes are hit 3 screen pixels beyond their box: at overview zoom a node is a pixel wide. */
const NODE_SLACK_PX = 3;
/**
 * The PNG is drawn at this scale, or smaller where its longer side would pass PNG_MAX_SIDE pixels: a 5,900-element
 * view at 8,192 × 5,512 px took 4.6 s and 10 MB at load ~13 (big-view e2e), a quarter of the pixels a quarter of that.
 */
export const PNG_SCALE = 2;
export const PNG_MAX_SIDE = 4096;
/** Margin around the exported view, in model units. */
const EXPORT_PADDING = 24;
/**
 * A frame's parts (picture-draw.ts's sceneParts) are drawn in one task until it has taken this long, then the rest
 * in the next tasks, while the screen keeps the last frame: a 20k view's frame took 110–470 ms in one task here
 * (mostly rasterising its 8,000 nodes), over the 200 ms no task may take (#14).
 */
const PART_MS = 30;

/** Scheduler.postTask where the browser has it (Chromium), else a timer. */
type WithScheduler = { scheduler?: { postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<void> } };

/**
 * A frame's next part in a task ahead of the work a big view queues meanwhile (slices.ts's timers: Cytoscape
 * taking the view's 20k elements in 50 ms tasks behind the first frame, which in plain timers took turns with
 * its parts and came 0.1–0.3 s later); a timer where there is no scheduler.
 */
function nextTask(task: () => void) {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (scheduler) void scheduler.postTask(task, { priority: 'user-blocking' });
  else setTimeout(task);
}

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
  let still = document.createElement('canvas');
  // the frame being drawn in parts; it becomes the still when complete
  let next = document.createElement('canvas');
  // one pixel copied from `next` after a part: the canvas rasterises what it recorded then, in that part's task
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.canvas.width = probe.canvas.height = 1;
  /** a frame is being drawn in parts (`job` names it: a part of an older one does nothing); `again`: something changed meanwhile */
  let job = 0;
  let drawing = false;
  let again = false;
  /** Drops a frame being drawn in parts (what it draws from was replaced). */
  const stopParts = () => {
    job++;
    drawing = again = false;
  };

  const s = emptyState();
  let frame = 0;
  let drawn = { nodes: 0, edges: 0 };
  let grid: Grid | null = null;
  /** the boxes as last drawn (hit tests read them: their places are Cytoscape's, read once per frame) */
  let placed: PlacedBox[] = [];
  let hovered: Hit = null;
  let boxed: { from: Position; to: Position } | null = null;
  let shifted = false;
  /** pan frames shown so far (a frame drawn in parts while the pan moved is kept as the still, not shown) */
  let shifts = 0;
  /** while a drag lasts: the edges that meet the nodes it moves */
  let liftedEdges = new Set<number>();

  function resize() {
    stopParts();
    canvas.width = overlay.width = still.width = next.width = container.clientWidth;
    canvas.height = overlay.height = still.height = next.height = container.clientHeight;
    paint();
  }

  function show(nodes: PictureNode[], edges: PictureEdge[], boxes: PictureBox[] = []) {
    // a frame in parts holds indices into the arrays replaced here
    stopParts();
    Object.assign(s, arraysOf(nodes, edges), { boxes, named: [], lifted: null });
    liftedEdges = new Set();
    hovered = null;
    grid = null;
    decorate(s.deco);
  }

  function move(positions: Record<string, Position>) {
    for (const [id, p] of Object.entries(positions)) {
      const i = s.index.get(id);
      if (i !== undefined) (s.xs[i] = p.x), (s.ys[i] = p.y);
    }
    grid = null;
    if (s.lifted) frame ||= requestAnimationFrame(drawLifted);
    else paint();
  }

  function lift(list: string[] | null) {
    cancelAnimationFrame(frame);
    frame = 0;
    stopParts();
    if (!list) {
      s.lifted = null;
      liftedEdges = new Set();
      return paint();
    }
    const lifted = (s.lifted = new Uint8Array(s.ids.length));
    for (const id of list) {
      const i = s.index.get(id);
      if (i !== undefined) lifted[i] = 1;
    }
    liftedEdges = new Set();
    const ends = s.edgeEnds;
    for (let k = 0; k < ends.length; k += 2) if ((ends[k] >= 0 && lifted[ends[k]]) || (ends[k + 1] >= 0 && lifted[ends[k + 1]])) liftedEdges.add(k / 2);
    // the still without them, now: each frame of the drag starts from it
    draw(Infinity);
  }

  /** A drag's frame: the still, and over it the lifted nodes with their edges and marks where they are now. */
  function drawLifted() {
    frame = 0;
    if (cy.destroyed() || !s.lifted) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(still, 0, 0);
    liftedScene(ctx, s, liftedEdges, cy.zoom(), cy.pan());
    painted(drawn.nodes, drawn.edges);
  }

  function sync() {
    cy.nodes().forEach((n) => {
      const i = s.index.get(n.id());
      if (i === undefined) return;
      const p = (n as NodeSingular).position();
      s.xs[i] = p.x;
      s.ys[i] = p.y;
    });
    grid = null;
    paint();
  }

  /** Cytoscape's selected and pinned nodes as flags (its classes and selection are the truth, canvas.ts sets them). */
  function readMarks() {
    s.selected = new Uint8Array(s.ids.length);
    s.pinned = new Uint8Array(s.ids.length);
    if (cy.destroyed()) return;
    cy.nodes(':selected').forEach((n) => {
      const i = s.index.get(n.id());
      if (i !== undefined) s.selected[i] = 1;
    });
    cy.nodes('.pinned').forEach((n) => {
      const i = s.index.get(n.id());
      if (i !== undefined) s.pinned[i] = 1;
    });
  }
  // a box or a shift-click changes the selection without the store: follow it, once per frame
  let marking = 0;
  const remark = () => void (marking ||= requestAnimationFrame(() => ((marking = 0), readMarks(), paint())));
  cy.on('select unselect', remark);

  function decorate(d: Decoration) {
    s.deco = d;
    s.hidden = Uint8Array.from(s.ids, (id) => (d.filtered.has(id) ? 1 : 0));
    readMarks();
    paint();
  }

  /**
   * Draws the frame into `next`, its parts (sceneParts) in this task until `budget` ms have passed and the rest in
   * the next tasks, then shows it and keeps it as the still. The screen keeps the last frame meanwhile; a paint
   * asked for meanwhile draws once this one is shown (cancelling it instead, a stream of changes would show none).
   */
  function draw(budget = PART_MS) {
    frame = 0;
    if (cy.destroyed()) return;
    const my = ++job;
    drawing = true;
    shifted = false;
    const seen = shifts;
    const w = canvas.width;
    const h = canvas.height;
    const boxes = placeBoxes(cy, s);
    const nctx = next.getContext('2d')!;
    nctx.setTransform(1, 0, 0, 1, 0, 0);
    nctx.clearRect(0, 0, w, h);
    const { parts, nodes, edges } = sceneParts(nctx, s, cy.zoom(), { ...cy.pan() }, w, h, s.named, boxes);
    // a small frame is drawn at once (its parts' hand-overs would cost more than they spread)
    const parted = budget !== Infinity && nodes + edges > PART_NODES;
    let k = 0;
    const run = () => {
      if (my !== job || cy.destroyed()) return;
      const start = performance.now();
      while (k < parts.length) {
        parts[k++]();
        if (!parted || k === parts.length) continue;
        // the part rasterised now (a canvas draws what it recorded when read), so the time below counts it
        probe.drawImage(next, 0, 0, 1, 1, 0, 0, 1, 1);
        if (performance.now() - start < budget) continue;
        return nextTask(run);
      }
      [still, next] = [next, still];
      drawing = false;
      placed = boxes;
      drawn = { nodes, edges };
      // a pan that moved meanwhile shows the still shifted (shift): it takes the new still at its next move
      if (shifts === seen) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, w, h);
        ctx.drawImage(still, 0, 0);
        drawOverlay();
        painted(nodes, edges);
      }
      if (again) {
        again = false;
        paint();
      }
    };
    run();
  }

  function name(nodes: NodeSingular[]) {
    s.named = nodes.flatMap((n) => {
      const i = s.index.get(n.id());
      return i === undefined ? [] : [{ i, text: String(n.data('label') ?? '') }];
    });
    paint();
  }

  /** The hovered node, edge (a grey ring or line, its name) or group box (a dark border), and the selection box, over the picture. */
  function drawOverlay() {
    octx.setTransform(1, 0, 0, 1, 0, 0);
    octx.clearRect(0, 0, overlay.width, overlay.height);
    if (shifted || cy.destroyed()) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    if (hovered?.kind === 'node' || hovered?.kind === 'edge') {
      octx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
      const el = cy.getElementById(hovered.id);
      const text = el.nonempty() ? String(el.data('label') ?? '') : '';
      if (hovered.kind === 'node') {
        const i = s.index.get(hovered.id);
        if (i !== undefined && !s.hidden[i]) {
          ring(octx, s, [i], HOVER, zoom, 0);
          // the name under the node, for a node the budget left unnamed
          if (text && !s.named.some((n) => n.i === i)) {
            textStyle(octx);
            tag(octx, text, s.xs[i] * zoom + pan.x, nameTop(s, i, zoom, pan.y) + 3, '#ffffff', HOVER);
          }
        }
      } else {
        const k = s.edgeIndex.get(hovered.id);
        if (k !== undefined) {
          line(octx, s, k, 3 / zoom, HOVER, zoom);
          // the relation's name at the middle of the line
          const a = s.edgeEnds[2 * k];
          const b = s.edgeEnds[2 * k + 1];
          if (text && a >= 0 && b >= 0) {
            textStyle(octx);
            tag(octx, text, ((s.xs[a] + s.xs[b]) / 2) * zoom + pan.x, ((s.ys[a] + s.ys[b]) / 2) * zoom + pan.y - LABEL_PX / 2, '#f7f7f5', HOVER);
          }
        }
      }
    }
    // a hovered group box: its border solid and dark, as explore.ts's node.group.hover
    const box = hovered?.kind === 'group' ? placed.find((b) => b.id === hovered!.id) : undefined;
    if (box) {
      octx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
      octx.beginPath();
      octx.roundRect(box.x - box.w / 2, box.y - box.h / 2, box.w, box.h, Math.min(8, box.h / 4));
      octx.lineWidth = 1.5;
      octx.strokeStyle = SELECTED;
      octx.stroke();
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
    if (drawing) return void (again = true);
    if (!frame) frame = requestAnimationFrame(() => draw());
  }

  function shift(by: Position) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(still, by.x, by.y);
    // the hover and the box belong to the old camera: gone until the full draw on release
    shifted = true;
    shifts++;
    drawOverlay();
    painted(drawn.nodes, drawn.edges);
  }

  const toModel = (x: number, y: number) => {
    const zoom = cy.zoom();
    const pan = cy.pan();
    return { x: (x - pan.x) / zoom, y: (y - pan.y) / zoom };
  };
  const gridNow = () => (grid ??= buildGrid(s));

  function hit(x: number, y: number): Hit {
    const zoom = cy.zoom();
    const p = toModel(x, y);
    // boxes lie over the nodes, as they are drawn
    const b = boxAt(placed, p.x, p.y, NODE_SLACK_PX / zoom);
    if (b) return { kind: b.kind, id: b.id, center: b.center, key: b.key ?? '' };
    const i = gridNow().nodeAt(p.x, p.y, NODE_SLACK_PX / zoom);
    if (i >= 0) return { kind: 'node', id: s.ids[i] };
    const k = gridNow().edgeAt(p.x, p.y, EDGE_HIT_PX / zoom);
    return k >= 0 ? { kind: 'edge', id: s.edgeIds[k] } : null;
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
      .map((i) => s.ids[i]);
  }

  /** The export's frame: the bounds of what is shown (boxes included), its scale, and the names that fit at that scale. */
  function exportFrame() {
    const boxes = placeBoxes(cy, s);
    const b = boundsOf(s, EXPORT_PADDING, boxes.map((o) => ({ x1: o.x - o.w / 2, y1: o.y - o.h / 2, x2: o.x + o.w / 2, y2: o.y + o.h / 2 })));
    const scale = Math.min(PNG_SCALE, PNG_MAX_SIDE / Math.max(b.w, b.h));
    // every node's name that fits at export scale, the most mentioned first (labels.ts ranks the screen's the same way)
    const els = s.ids.map((id) => cy.getElementById(id));
    const mentions = els.map((el) => (el.nonempty() ? Number(el.data('mentions') ?? 0) : 0));
    const ranked = s.ids.map((_, i) => i).sort((x, y) => mentions[y] - mentions[x]);
    const names = exportNames(s, ranked, (i) => (els[i].nonempty() ? String(els[i].data('label') ?? '') : ''), scale);
    return { bounds: b, scale, boxes, names };
  }

  function png(): Promise<Blob> {
    const { bounds: b, scale, boxes, names } = exportFrame();
    const out = document.createElement('canvas');
    out.width = Math.max(1, Math.round(b.w * scale));
    out.height = Math.max(1, Math.round(b.h * scale));
    const c = out.getContext('2d')!;
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, out.width, out.height);
    // every arrowhead the scale shows, however many: an export is drawn once
    scene(c, s, scale, { x: -b.x * scale, y: -b.y * scale }, out.width, out.height, names, boxes, Infinity);
    return new Promise((ok, fail) => out.toBlob((blob) => (blob ? ok(blob) : fail(new Error(`canvas: a PNG of ${out.width} × ${out.height} px could not be encoded`)))));
  }

  function svg(): string {
    const { bounds, scale, boxes, names } = exportFrame();
    const count = shownCount(s) + names.length + boxes.length;
    if (count > SVG_MAX_ELEMENTS) throw new Error(t('export.svgTooBig', { n: count, max: SVG_MAX_ELEMENTS }));
    const shown = (flags: Uint8Array) => s.ids.filter((_, i) => flags[i]);
    return pictureSvg({
      ...s,
      bounds,
      names: names.map((n) => ({ id: s.ids[n.i], text: n.text })),
      // the names as tall as in the PNG: LABEL_PX at the export's scale
      labelSize: LABEL_PX / scale,
      boxes,
      selected: shown(s.selected),
      pinned: shown(s.pinned),
      path: s.deco.path.filter((id) => s.index.has(id)),
      selectedEdge: s.deco.selected !== null && s.edgeIndex.has(s.deco.selected) ? s.deco.selected : null,
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
      stopParts();
      cancelAnimationFrame(marking);
      if (!cy.destroyed()) cy.removeListener('select unselect', remark);
      canvas.remove();
      overlay.remove();
    },
  };
}
