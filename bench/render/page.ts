// The render benchmark's page: one run of one renderer on one synthetic graph, timed inside the page
// (performance.now, the renderers' own "frame drawn" events) and driven from bench/render.bench.ts.
// "ours" is the client's own canvas (client/src/view/canvas.ts + style.ts + the layout worker) called
// exactly as the explorer calls it when a view replaces the canvas; the peer is vis-network 10 with its
// defaults (what neovis.js uses), once with preset positions and physics off, once with its own layout.
import type { NodeSingular } from 'cytoscape';
import type { CanvasHandlers, CanvasModel } from '../../client/src/view/renderer.ts';
import type { CanvasNode } from '../../model/index.ts';
import { benchGraph } from './graph.ts';

export type Lib = 'ours' | 'vis-preset' | 'vis-own';

export interface StartResult {
  /** the first frame with every node drawn (edges may follow), ms from the hand-over of the data; null = not within the cap */
  firstFrame: number | null;
  /** the first frame with every node and edge drawn */
  allDrawn: number | null;
  /** ours: Cytoscape holds every element (window.cy's API complete; a big view is drawn before, picture.ts) */
  complete: number | null;
  /** positions final (our worker answered and that frame was drawn; vis: "stabilized"); null = not within the cap */
  layoutDone: number | null;
  renderer: string;
  /** performance.now() at the hand-over: long tasks count from here (the graph's generation before it is the bench's own) */
  t0: number;
  /** vis-network's own layout: stabilisation iterations done (of 1,000) when its first frame came or the cap ran out */
  iterations?: number;
}

interface Bench {
  start(lib: Lib, elements: number, layoutCapMs: number): Promise<StartResult>;
  /** a point on the background (no node within 24 px) from which the gesture can pan 300 × 150 px */
  emptySpot(): { x: number; y: number } | null;
  /** frames drawn so far, and the view's pan in screen pixels */
  frames(): number;
  /** performance.now() of the last frame drawn */
  lastFrameAt(): number;
  pan(): { x: number; y: number };
}

const container = document.getElementById('cy')!;
let draws = 0;
let lastDraw = 0;
let panOf: () => { x: number; y: number } = () => ({ x: 0, y: 0 });
let isEmpty: (x: number, y: number) => boolean = () => false;

const nextEvent = (subscribe: (done: () => void) => void, capMs = Infinity) =>
  new Promise<boolean>((resolve) => {
    subscribe(() => resolve(true));
    if (Number.isFinite(capMs)) setTimeout(() => resolve(false), capMs);
  });

async function startOurs(elements: number, capMs: number): Promise<StartResult> {
  const { createCanvas } = await import('../../client/src/view/canvas.ts');
  const g = benchGraph(elements);
  // nobody clicks during a run: every handler the canvas may call is a no-op
  const noop = () => {};
  const canvas = createCanvas(container, new Proxy({}, { get: () => noop }) as CanvasHandlers);
  await new Promise((r) => setTimeout(r, 100));
  const t0 = performance.now();
  let firstFrame = 0;
  let allDrawn = 0;
  let complete = 0;
  let onFrame: (() => void) | null = null;
  let hooked: unknown = null;
  // the canvas may build a new Cytoscape instance (big views) or add edges a frame later: watch whichever is current
  const hook = () => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    if (cy === hooked) return;
    hooked = cy;
    // Cytoscape's own frames say nothing; a big view's picture (client/src/view/picture.ts) says what it drew
    cy.on('render', (_e: unknown, drawn?: { nodes: number; edges: number }) => {
      draws++;
      lastDraw = performance.now();
      const now = performance.now() - t0;
      const nodes = drawn ? drawn.nodes : cy.nodes().length;
      const edges = drawn ? drawn.edges : cy.edges().length;
      if (!firstFrame && nodes >= g.nodes.length) firstFrame = now;
      if (!allDrawn && edges === g.edges.length && nodes >= g.nodes.length) allDrawn = now;
      if (!complete && cy.edges().length === g.edges.length && cy.nodes().length >= g.nodes.length) complete = now;
      onFrame?.();
    });
  };
  hook();
  canvas.render(
    // the view the explorer hands over when a search result or an overview replaces the canvas
    { nodes: g.nodes, edges: g.edges, more: {}, filtered: new Set(), label: (n: CanvasNode) => n.name, selected: null, path: [], groups: {}, pinned: [] } as CanvasModel,
    g.nodes.map((n) => n.id),
    'fcose',
  );
  hook();
  const cy = () => (window as unknown as { cy: import('cytoscape').Core }).cy;
  while (!allDrawn || !complete) await nextEvent((done) => (onFrame = done));
  // the worker path marks the container while fcose runs; a main-thread layout was done before the first frame
  let layoutDone: number | null = allDrawn;
  if (container.classList.contains('laying-out')) {
    const laidOut = await nextEvent((done) => {
      const check = () => (container.classList.contains('laying-out') ? setTimeout(check, 10) : done());
      check();
    }, capMs);
    // the frame that shows the final positions
    if (laidOut) await nextEvent((done) => (onFrame = done), 2000);
    layoutDone = laidOut ? performance.now() - t0 : null;
  }
  onFrame = null;
  panOf = () => ({ ...cy().pan() });
  isEmpty = (x, y) => {
    const z = cy().zoom();
    const pan = cy().pan();
    const mx = (x - pan.x) / z;
    const my = (y - pan.y) / z;
    const r = 24 / z;
    return cy()
      .nodes()
      .every((n) => {
        const p = (n as NodeSingular).position();
        const half = Number(n.data('size') ?? 24) / 2 + r;
        return Math.abs(p.x - mx) > half || Math.abs(p.y - my) > half;
      });
  };
  return { firstFrame, allDrawn, complete, layoutDone, renderer: canvas.stats().renderer, t0 };
}

async function startVis(elements: number, preset: boolean, capMs: number): Promise<StartResult> {
  const { Network } = await import('vis-network/standalone');
  const { styleOf } = await import('../../client/src/theme.ts');
  const g = benchGraph(elements);
  await new Promise((r) => setTimeout(r, 100));
  const t0 = performance.now();
  // the same look as far as vis-network has it: colour by type, size by mentions, names as labels
  const nodes = g.nodes.map((n) => ({
    id: n.id,
    label: n.name,
    color: styleOf(n.labels).color,
    shape: 'dot',
    size: Math.min(32, 11 + 2.5 * Math.sqrt(n.mention_count ?? 0)),
    ...(preset ? g.positions[n.id] : {}),
  }));
  const edges = g.edges.map((e) => ({ id: e.id, from: e.source, to: e.target, arrows: 'to' }));
  // own layout: vis-network's defaults, except that it reports progress every 5 iterations instead of 50
  // (the same 1,000 iterations; smaller batches let the cap interrupt a 20k run within seconds, not minutes)
  const network = new Network(container, { nodes, edges }, preset ? { physics: false } : { physics: { stabilization: { updateInterval: 5 } } });
  let firstFrame = 0;
  let onFrame: (() => void) | null = null;
  network.on('afterDrawing', () => {
    draws++;
    lastDraw = performance.now();
    if (!firstFrame) firstFrame = performance.now() - t0;
    onFrame?.();
  });
  let stabilized = false;
  let iterations = 0;
  network.on('stabilized', () => (stabilized = true));
  network.on('stabilizationProgress', (p: { iterations: number }) => (iterations = p.iterations));
  network.on('stabilizationIterationsDone', () => (iterations = 1000));
  // vis-network draws nothing until its hidden stabilisation ends (minutes for thousands of nodes here): capped
  const drawn = firstFrame > 0 || (await nextEvent((done) => (onFrame = done), capMs));
  onFrame = null;
  if (!drawn) {
    network.destroy();
    return { firstFrame: null, allDrawn: null, complete: null, layoutDone: null, renderer: 'canvas', iterations, t0 };
  }
  let layoutDone: number | null = firstFrame;
  if (!preset) {
    const done = stabilized || (await nextEvent((d) => network.once('stabilized', d), capMs));
    layoutDone = done ? performance.now() - t0 : null;
    // the gesture measures drawing, not a simulation that keeps redrawing on its own
    network.stopSimulation();
    await new Promise((r) => setTimeout(r, 200));
  }
  panOf = () => {
    const s = network.getScale();
    const v = network.getViewPosition();
    return { x: -v.x * s, y: -v.y * s };
  };
  isEmpty = (x, y) => {
    for (const [dx, dy] of [[0, 0], [24, 0], [-24, 0], [0, 24], [0, -24]]) if (network.getNodeAt({ x: x + dx, y: y + dy }) !== undefined) return false;
    return true;
  };
  return { firstFrame, allDrawn: firstFrame, complete: firstFrame, layoutDone, renderer: 'canvas', t0, ...(preset ? {} : { iterations }) };
}

const bench: Bench = {
  start: (lib, elements, capMs) => (lib === 'ours' ? startOurs(elements, capMs) : startVis(elements, lib === 'vis-preset', capMs)),
  emptySpot() {
    const w = container.clientWidth;
    const h = container.clientHeight;
    const spots: Array<{ x: number; y: number }> = [];
    for (let y = 100; y <= h - 250; y += 20) for (let x = 100; x <= w - 400; x += 20) spots.push({ x, y });
    // nearest to the middle first: the gesture pans the part of the graph people look at
    spots.sort((a, b) => Math.hypot(a.x - w / 2 + 150, a.y - h / 2 + 75) - Math.hypot(b.x - w / 2 + 150, b.y - h / 2 + 75));
    return spots.find((s) => isEmpty(s.x, s.y)) ?? null;
  },
  frames: () => draws,
  lastFrameAt: () => lastDraw,
  pan: () => panOf(),
};
(window as unknown as { bench: Bench }).bench = bench;
