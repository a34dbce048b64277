// Which names a view over NAME_BUDGET_MIN_NODES draws: at most LABEL_BUDGET, the most-mentioned nodes
// in sight first, each only where its box on screen overlaps no name already placed (sigma.js's label
// grid; a box is filed in, and checked against, every cell it covers: wrapped CJK names spill over a cell). Zooming in
// spreads the nodes over more cells, so more names appear: labels that depend on the zoom without a
// threshold, and a readable view at any zoom. Labels are drawn at LABEL_PX on screen whatever the zoom.
import type { Core, NodeSingular } from 'cytoscape';

/**
 * From this many nodes a view names a chosen few; below it every node has its name. A hub paged to
 * ~100 nodes fits at zoom ~0.5, where every name at its model size was 6 px and they crowded the hub.
 */
export const NAME_BUDGET_MIN_NODES = 50;
/** From this many nodes a view also takes the lean look (style.ts): no border, no arrow or relation at rest. */
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
const HAN = /\p{Script=Han}/gu;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Nodes ordered by mentions, most first: computed once per change of the node set, not per frame. */
export function byMentions(cy: Core): NodeSingular[] {
  return (cy.nodes().not('.more').not('.group').toArray() as NodeSingular[]).sort((a, b) => Number(b.data('mentions')) - Number(a.data('mentions')));
}

/**
 * Marks the chosen nodes `.labelled` (and unmarks the rest) and gives them the font size and wrap
 * width that read LABEL_PX on screen at the current zoom. Hidden (filtered) nodes are skipped. Below
 * LABEL_BUDGET_MIN_NODES a name also stays off the other nodes and the group boxes ("支撑 · 战略 77"):
 * those views are few enough to check every node, and a name over a node hides which one it names.
 */
export function applyLabelBudget(cy: Core, ranked: NodeSingular[]) {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const w = cy.width();
  const h = cy.height();
  const cols = Math.ceil(w / CELL_W) + 2;
  const rows = Math.ceil(h / CELL_H) + 2;
  const placed: Box[][] = Array.from({ length: cols * rows }, () => []);
  /** The grid cells a box on screen covers (a margin of one cell around the screen takes what spills over). */
  const cells = (b: Box) => {
    const out: number[] = [];
    const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor(x / CELL_W) + 1));
    const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor(y / CELL_H) + 1));
    for (let i = col(b.x1); i <= col(b.x2); i++) for (let j = row(b.y1); j <= row(b.y2); j++) out.push(j * cols + i);
    return out;
  };
  const chosen = new Set<NodeSingular>();
  // the nodes' own boxes (group boxes with their text), in every cell they cover; a name may touch only its own node
  const owner = new Map<Box, NodeSingular>();
  if (ranked.length < LABEL_BUDGET_MIN_NODES)
    cy.nodes(':visible').forEach((n) => {
      const b = n.renderedBoundingBox({ includeLabels: n.hasClass('group'), includeOverlays: false } as never);
      if (b.x2 < 0 || b.y2 < 0 || b.x1 >= w || b.y1 >= h) return;
      const box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      owner.set(box, n);
      for (const c of cells(box)) placed[c].push(box);
    });
  for (const n of ranked) {
    if (chosen.size >= LABEL_BUDGET) break;
    if (n.hasClass('filtered')) continue;
    const p = n.position();
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    if (x < 0 || y < 0 || x >= w || y >= h) continue;
    // the name's box under the node: width of its characters up to the wrap width, a line per wrap
    // a Han character is LABEL_PX wide, a Latin letter (English, pinyin) a little over half that
    const label = String(n.data('label') ?? '');
    const han = label.match(HAN)?.length ?? 0;
    const chars = han + (label.length - han) * 0.6;
    const bw = Math.min(LABEL_SCREEN_WIDTH, chars * LABEL_PX) + 4;
    // a line holds a character less than the wrap width would (wrapping breaks before the one that touches it)
    // Latin names break between words only: a ragged wrap takes a line more
    const lines = Math.ceil((chars * LABEL_PX) / (LABEL_SCREEN_WIDTH - LABEL_PX)) + (han < label.length && chars * LABEL_PX > LABEL_SCREEN_WIDTH ? 1 : 0);
    const top = y + (Number(n.data('size') ?? 24) / 2 + 4) * zoom;
    // 2 px more all round: the estimate is of the glyphs, Cytoscape's box adds its margin and the label's background
    // from the node's top: Cytoscape measures a node with its name as one box, the corners beside the node included
    const box = { x1: x - bw / 2 - 2, y1: y - (Number(n.data('size') ?? 24) / 2) * zoom, x2: x + bw / 2 + 2, y2: top + lines * LINE_PX + 4 };
    const under = cells(box);
    if (under.some((c) => placed[c].some((o) => owner.get(o) !== n && o.x1 < box.x2 && box.x1 < o.x2 && o.y1 < box.y2 && box.y1 < o.y2))) continue;
    for (const c of under) placed[c].push(box);
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
