// Which names a view over LABEL_BUDGET_MIN_NODES draws: at most LABEL_BUDGET, the most-mentioned nodes
// in sight first, each only where its box on screen overlaps no name already placed (sigma.js's label
// grid, with the boxes checked in the neighbouring cells: wrapped CJK names spill over a cell). Zooming in
// spreads the nodes over more cells, so more names appear: labels that depend on the zoom without a
// threshold, and a readable view at any zoom. Labels are drawn at LABEL_PX on screen whatever the zoom.
import type { Core, NodeSingular } from 'cytoscape';

/** From this many nodes a view labels a chosen few; below it every node has its name. */
export const LABEL_BUDGET_MIN_NODES = 300;
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

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Nodes ordered by mentions, most first: computed once per change of the node set, not per frame. */
export function byMentions(cy: Core): NodeSingular[] {
  return (cy.nodes().not('.more').toArray() as NodeSingular[]).sort((a, b) => Number(b.data('mentions')) - Number(a.data('mentions')));
}

/**
 * Marks the chosen nodes `.labelled` (and unmarks the rest) and gives them the font size and wrap
 * width that read LABEL_PX on screen at the current zoom. Hidden (filtered) nodes are skipped.
 */
export function applyLabelBudget(cy: Core, ranked: NodeSingular[]) {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const w = cy.width();
  const h = cy.height();
  const cols = Math.ceil(w / CELL_W) + 2;
  const rows = Math.ceil(h / CELL_H) + 2;
  const placed: Box[][] = Array.from({ length: cols * rows }, () => []);
  const chosen = new Set<NodeSingular>();
  for (const n of ranked) {
    if (chosen.size >= LABEL_BUDGET) break;
    if (n.hasClass('filtered')) continue;
    const p = n.position();
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    if (x < 0 || y < 0 || x >= w || y >= h) continue;
    // the name's box under the node: width of its characters up to the wrap width, a line per wrap
    const chars = String(n.data('label') ?? '').length;
    const bw = Math.min(LABEL_SCREEN_WIDTH, chars * LABEL_PX) + 4;
    const top = y + (Number(n.data('size') ?? 24) / 2) * zoom + 2;
    const box = { x1: x - bw / 2, y1: top, x2: x + bw / 2, y2: top + Math.ceil((chars * LABEL_PX) / LABEL_SCREEN_WIDTH) * LINE_PX + 2 };
    const cx = Math.floor(x / CELL_W) + 1;
    const cy_ = Math.floor(y / CELL_H) + 1;
    let free = true;
    for (let i = cx - 1; i <= cx + 1 && free; i++)
      for (let j = cy_ - 1; j <= cy_ + 1 && free; j++)
        for (const o of placed[j * cols + i] ?? []) if (o.x1 < box.x2 && box.x1 < o.x2 && o.y1 < box.y2 && box.y1 < o.y2) free = false;
    if (!free) continue;
    placed[cy_ * cols + cx].push(box);
    chosen.add(n);
  }
  const fontSize = LABEL_PX / zoom;
  const wrap = LABEL_SCREEN_WIDTH / zoom;
  cy.batch(() => {
    cy.nodes('.labelled').forEach((n) => {
      if (!chosen.has(n)) n.removeClass('labelled');
    });
    for (const n of chosen) {
      if (n.data('lfs') !== fontSize) n.data({ lfs: fontSize, lw: wrap });
      if (!n.hasClass('labelled')) n.addClass('labelled');
    }
  });
}
