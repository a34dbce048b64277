// Which names a view over LABEL_BUDGET_MIN_NODES draws: at most LABEL_BUDGET, the most-mentioned nodes
// in sight first, each only where its box on screen overlaps no name already placed (sigma.js's label
// grid, with the boxes checked in the neighbouring cells: wrapped CJK names spill over a cell). Zooming in
// spreads the nodes over more cells, so more names appear: labels that depend on the zoom without a
// threshold, and a readable view at any zoom. Labels are drawn at LABEL_PX on screen whatever the zoom.
// Views under MEASURED_MAX_NODES (a hub paged to ~140) also keep names off other nodes and group boxes,
// and check the names chosen against the boxes Cytoscape measures for them, dropping any that still meet.
import type { Core, NodeSingular } from 'cytoscape';

/**
 * From this many nodes a view labels a chosen few (and takes the lean look, style.ts); below it every node
 * has its name. A hub paged to ~140 nodes fits at zoom ~0.5, where every name at its model size was 6 px
 * and the names crowded the hub; 80 is where the issue wants a hub's view to stop until asked for more.
 */
export const LABEL_BUDGET_MIN_NODES = 80;
/** Below this many nodes the budget's names are also kept off nodes and checked against Cytoscape's measure. */
export const MEASURED_MAX_NODES = 300;
/** At most this many names at once: text is the costly part of a frame, and more is not readable. */
export const LABEL_BUDGET = 250;
/** The size of a label on screen in CSS pixels, and of the grid cell that holds one. */
export const LABEL_PX = 12;
/** Wrapped names stay this wide on screen (LABEL_MAX_WIDTH of the full stylesheet). */
const LABEL_SCREEN_WIDTH = 84;
const LINE_PX = 15;
/** Grid cells as big as the largest label box, so a box can only meet boxes of its own and the eight cells around it. */
const CELL_W = LABEL_SCREEN_WIDTH + 4;
const CELL_H = 3 * LINE_PX;
const HAN = /\p{Script=Han}/gu;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Entities ordered by mentions, most first (group boxes and badges carry their own text): once per change of the node set, not per frame. */
export function byMentions(cy: Core): NodeSingular[] {
  return (cy.nodes().not('.more').not('.group').toArray() as NodeSingular[]).sort((a, b) => Number(b.data('mentions')) - Number(a.data('mentions')));
}

/** The nodes to name now (the budget's choice, most mentioned first), and what the marking's check needs. */
export function chooseLabels(cy: Core, ranked: NodeSingular[]) {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const w = cy.width();
  const h = cy.height();
  const cols = Math.ceil(w / CELL_W) + 2;
  const rows = Math.ceil(h / CELL_H) + 2;
  const placed: Box[][] = Array.from({ length: cols * rows }, () => []);
  const chosen = new Set<NodeSingular>();
  const measured = ranked.length < MEASURED_MAX_NODES;
  // the nodes' own boxes (group boxes and badges with their text): a name may not cover another node
  const bodies = new Map<NodeSingular, Box>();
  if (measured)
    cy.nodes().forEach((n) => {
      if (n.hasClass('filtered')) return;
      const b = n.renderedBoundingBox({ includeLabels: !isEntity(n), includeOverlays: false } as never);
      if (b.x2 < 0 || b.y2 < 0 || b.x1 >= w || b.y1 >= h) return;
      bodies.set(n, b);
    });
  const onBody = (n: NodeSingular, box: Box) => [...bodies].some(([m, o]) => m !== n && meets(o, box));
  for (const n of ranked) {
    if (chosen.size >= LABEL_BUDGET) break;
    if (n.hasClass('filtered')) continue;
    const p = n.position();
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    if (x < 0 || y < 0 || x >= w || y >= h) continue;
    // the name's box under the node: width of its characters up to the wrap width, a line per wrap
    // a Han character is LABEL_PX wide, a Latin letter (English, pinyin) a little over half that, and
    // Latin names break between words only: a ragged wrap takes a line more
    const label = String(n.data('label') ?? '');
    const han = label.match(HAN)?.length ?? 0;
    const chars = han + (label.length - han) * 0.6;
    const bw = Math.min(LABEL_SCREEN_WIDTH, chars * LABEL_PX) + 4;
    const lines = Math.ceil((chars * LABEL_PX) / LABEL_SCREEN_WIDTH) + (han < label.length && chars * LABEL_PX > LABEL_SCREEN_WIDTH ? 1 : 0);
    const top = y + (Number(n.data('size') ?? 24) / 2) * zoom + 2;
    const box = { x1: x - bw / 2, y1: top, x2: x + bw / 2, y2: top + lines * LINE_PX + 2 };
    const cx = Math.floor(x / CELL_W) + 1;
    const cy_ = Math.floor(y / CELL_H) + 1;
    let free = true;
    for (let i = cx - 1; i <= cx + 1 && free; i++)
      for (let j = cy_ - 1; j <= cy_ + 1 && free; j++)
        for (const o of placed[j * cols + i] ?? []) if (meets(o, box)) free = false;
    // the most-mentioned name in sight is always drawn (a hub is named)
    if (!free || (chosen.size && measured && onBody(n, box))) continue;
    placed[cy_ * cols + cx].push(box);
    chosen.add(n);
  }
  return { chosen, measured, onBody };
}

/** Names these nodes (`.labelled`) at the size that reads LABEL_PX on screen at the current zoom; unmarks none. */
export function markLabelled(cy: Core, nodes: Iterable<NodeSingular>) {
  const fontSize = LABEL_PX / cy.zoom();
  const wrap = LABEL_SCREEN_WIDTH / cy.zoom();
  for (const n of nodes) {
    if (n.data('lfs') !== fontSize) n.data({ lfs: fontSize, lw: wrap });
    if (!n.hasClass('labelled')) n.addClass('labelled');
  }
}

/**
 * Marks the chosen nodes `.labelled` (and unmarks the rest) and gives them the font size and wrap
 * width that read LABEL_PX on screen at the current zoom. Hidden (filtered) nodes are skipped.
 */
export function applyLabelBudget(cy: Core, ranked: NodeSingular[]) {
  const { chosen, measured, onBody } = chooseLabels(cy, ranked);
  cy.batch(() => {
    cy.nodes('.labelled').forEach((n) => {
      if (!chosen.has(n)) n.removeClass('labelled');
    });
    markLabelled(cy, chosen);
  });
  if (!measured) return;
  // the estimate above is of the glyphs; Cytoscape wraps and pads them its own way: measure the names now
  // drawn and drop, least mentioned first, any that meets a name kept or another node
  const kept: Box[] = [];
  const dropped: NodeSingular[] = [];
  for (const n of chosen) {
    const box = n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false } as never);
    if (kept.length && (kept.some((o) => meets(o, box)) || onBody(n, box))) dropped.push(n);
    else kept.push(box);
  }
  if (dropped.length) cy.batch(() => dropped.forEach((n) => void n.removeClass('labelled')));
}

const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const isEntity = (n: NodeSingular) => !n.hasClass('more') && !n.hasClass('group');
