// Which names a view over LABEL_BUDGET_MIN_NODES draws: at most LABEL_BUDGET, the most-mentioned nodes
// in sight first, each only where its box on screen meets no name already placed (sigma.js's label grid:
// every box is kept in each grid cell it covers, so a tall English name meets the name below it), and in
// views under MEASURED_MAX_NODES (a hub paged to ~140) no other node either. The boxes are the ones
// Cytoscape draws: each name measured in the names' font and wrapped as Cytoscape wraps it, once per name
// (names are LABEL_PX on screen at any zoom). Zooming in spreads the nodes over more cells, so more names
// appear: labels that depend on the zoom without a threshold, and a readable view at any zoom.
import type { Core, NodeSingular } from 'cytoscape';
import { FONT, NAME_MARGIN_Y, NAME_PADDING } from './style.ts';

/**
 * From this many nodes a view labels a chosen few (and takes the lean look, style.ts); below it every node
 * has its name. A hub paged to ~140 nodes fits at zoom ~0.5, where every name at its model size was 6 px
 * and the names crowded the hub; 80 is where the issue wants a hub's view to stop until asked for more.
 */
export const LABEL_BUDGET_MIN_NODES = 80;
/**
 * Below this many nodes names are also kept off other nodes. From it on (the overview: ~400 nodes ~20 px apart
 * at its fitted zoom 0.32) almost no spot under a node is free of others: kept off them, 8 names in Chinese and
 * 5 in English there, against 68 and 40 let over unnamed nodes, which are drawn under the names (style.ts).
 */
export const MEASURED_MAX_NODES = 300;
/** At most this many names at once: text is the costly part of a frame, and more is not readable. */
export const LABEL_BUDGET = 250;
/** The size of a label on screen in CSS pixels (a line of a name is this tall: Cytoscape's line-height 1). */
export const LABEL_PX = 12;
/**
 * The budget's names wrap at this width on screen: seven CJK characters a line and half a character to spare.
 * At LABEL_MAX_WIDTH, exactly seven (84 px), Cytoscape's rounding in model px put six or seven on a line as
 * the zoom went (20k synthetic names: 32,905 lines at zoom 0.5 and 0.6, 38,437 at 0.55), so every CJK name
 * of seven or more had to be measured again at each zoom (~1 s for 20k names here).
 */
export const NAME_WRAP_PX = 7 * LABEL_PX + LABEL_PX / 2;
/**
 * Names are wrapped once at LABEL_PX, while Cytoscape measures them at their model size (LABEL_PX / zoom): the
 * widths differ by up to 0.8 px on screen (this graph's names, zoom 0.13–3.7, Chromium here). A name whose
 * line breaks all lie further than this (and the zoom, Cytoscape's rounding up in model px) from the wrap
 * width breaks alike at any zoom; the others are wrapped again at the zoom, as Cytoscape does.
 */
const SCALE_SLACK_PX = 1;
/** Cytoscape widens a label's box by a margin of error on each side (model px), besides its padding. */
const BOX_ERROR = 2;
/** Grid cells about one name wide and three lines high. */
const CELL_W = NAME_WRAP_PX + 4;
const CELL_H = 3 * LABEL_PX;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
/** A box in the grid: a name placed, or a node's body (`owner`: a name may lie on its own node). */
type Placed = Box & { owner?: NodeSingular };

/** A name as drawn LABEL_PX high: its widest line and its number of lines. */
export interface NameSize {
  width: number;
  lines: number;
}

/**
 * Cytoscape's wrap (text-wrap: wrap, in its renderer's getLabelText): a name breaks at white space, and with
 * `anywhere` (CJK: text-overflow-wrap anywhere) between any two characters; a line takes the next word while
 * the line with it measures at most `maxWidth`. Lines keep their trailing space, as Cytoscape's do (they count
 * in the box's width). `width` measures as Cytoscape does: in whole pixels, rounded up.
 */
export function wrapName(label: string, anywhere: boolean, width: (text: string) => number, maxWidth: number): string[] {
  const out: string[] = [];
  for (const whole of label.split('\n')) {
    const fits = width(whole) <= maxWidth;
    // Cytoscape splits into UTF-16 units, not code points: the same here, so its breaks are ours
    const line = anywhere ? whole.split('').join('\u200b') : whole;
    if (fits) {
      out.push(line);
      continue;
    }
    let sub = '';
    let from = 0;
    for (const m of line.matchAll(/[\s\u200b]+|$/g)) {
      const word = line.substring(from, m.index);
      from = m.index + m[0].length;
      if (width(sub ? sub + word + m[0] : word) <= maxWidth) sub += word + m[0];
      else {
        if (sub) out.push(sub);
        sub = word + m[0];
      }
    }
    if (!/^[\s\u200b]+$/.test(sub)) out.push(sub);
  }
  return out;
}

/** A canvas that measures text in the names' font at a size, as Cytoscape's measuring canvas does. */
let pen: CanvasRenderingContext2D | null = null;
let penPx = 0;
function measure(text: string, px: number) {
  pen ??= document.createElement('canvas').getContext('2d')!;
  // the font string Cytoscape sets: style, weight, size, family
  if (px !== penPx) pen.font = `normal normal ${px}px ${FONT}`;
  penPx = px;
  return pen.measureText(text).width;
}

/**
 * A one-line text's width in the names' font: a group box or a "+N" badge is as wide as its text (style.ts,
 * data `bw`; Cytoscape's own `width: label` is deprecated and warned about in the console).
 */
export function lineWidth(text: string, px: number, weight: 'normal' | 'bold' = 'normal'): number {
  pen ??= document.createElement('canvas').getContext('2d')!;
  pen.font = `normal ${weight} ${px}px ${FONT}`;
  penPx = 0; // measure() sets its own font next time
  return Math.ceil(pen.measureText(text).width);
}

/** Widths of single characters per size (a name is measured at LABEL_PX and at the zoom's size). */
const glyphs = new Map<number, Map<string, number>>();
const NO_LATIN = /^[^\u0000-\u024f]*$/;

/**
 * A text's width in the names' font. A name without Latin letters or digits is the sum of its characters'
 * widths, each measured once: CJK glyphs do not kern, and a run of full-width punctuation (、《) that the
 * font squeezes only makes the drawn name narrower, so the sum is never short. measureText over every
 * wrap candidate of a 20k view's names was ~130 ms of its first second (bench/results/render.md, 21:06).
 */
function textWidth(text: string, px: number) {
  if (!NO_LATIN.test(text)) return measure(text, px);
  let w = 0;
  for (const ch of text) w += glyph(ch, px);
  return w;
}

/** One character's width at a size, measured once. */
function glyph(ch: string, px: number) {
  let sized = glyphs.get(px);
  if (!sized) {
    if (glyphs.size > 8) glyphs.clear(); // zooming leaves sizes behind
    glyphs.set(px, (sized = new Map()));
  }
  let g = sized.get(ch);
  if (g === undefined) sized.set(ch, (g = measure(ch, px)));
  return g;
}

/** A name wrapped anywhere whose every line textWidth sums per character: no Latin, no white space, no surrogate pair. */
const SUMMED = /^[^\u0000-\u024f\s\ud800-\udfff]*$/;
const ZWSP = '\u200b';

/**
 * wrapName's lines, as widths, for a name of `w` characters' widths wrapped anywhere, with `z` the width of the
 * zero-width break wrapName puts between them: each candidate line is the line so far plus one character, added
 * in the order textWidth adds them, so the breaks and widths are wrapName's over textWidth without measuring
 * every candidate anew (a 14-character name: 14 sums instead of 14 strings of up to 27 characters; wrapName over
 * textWidth was ~50–90 ms of a 20k view's label pass, bench --trace). `width` rounds a sum as the caller's
 * measure does (and sees each measure, as wrapName's caller does); returns the lines' sums, unrounded.
 */
export function wrapSums(w: number[], z: number, width: (sum: number) => number, maxWidth: number): number[] {
  let whole = 0;
  for (const x of w) whole += x;
  if (width(whole) <= maxWidth) {
    // the one line holds the breaks too
    let line = 0;
    for (let i = 0; i < w.length; i++) {
      if (i) line += z;
      line += w[i];
    }
    return [line];
  }
  const out: number[] = [];
  let sub = 0;
  for (let i = 0; i < w.length; i++) {
    // after the last character the break is the end of the text
    const sep = i < w.length - 1 ? z : 0;
    const candidate = i ? sub + w[i] + sep : w[i];
    if (width(candidate) <= maxWidth) sub = i ? candidate : w[i] + sep;
    else {
      if (i) out.push(sub);
      sub = w[i] + sep;
    }
  }
  if (w.length) out.push(sub);
  return out;
}

/** Names wrapped at LABEL_PX, once each, with how near a break came to the wrap width; and names wrapped at a zoom. */
const atLabelPx = new Map<string, NameSize & { near: number }>();
const atZoom = new Map<string, { zoom: number; size: NameSize }>();

/** A name's size on screen at `zoom`, as Cytoscape draws it (its width a bound to ~1 px: see SCALE_SLACK_PX). */
export function nameSize(label: string, anywhere: boolean, zoom: number): NameSize {
  const key = `${anywhere ? 'a' : 'w'}${label}`;
  let once = atLabelPx.get(key);
  if (!once) {
    let near = Infinity;
    const seen = (w: number) => {
      near = Math.min(near, Math.abs(w - NAME_WRAP_PX));
      return w;
    };
    const width = (t: string) => seen(textWidth(t, LABEL_PX));
    if (anywhere && SUMMED.test(label)) {
      const sums = wrapSums([...label].map((ch) => glyph(ch, LABEL_PX)), glyph(ZWSP, LABEL_PX), seen, NAME_WRAP_PX);
      once = { width: Math.max(...sums), lines: sums.length, near };
    } else {
      const lines = wrapName(label, anywhere, width, NAME_WRAP_PX);
      once = { width: Math.max(...lines.map((t) => textWidth(t, LABEL_PX))), lines: lines.length, near };
    }
    atLabelPx.set(key, once);
  }
  if (once.near > SCALE_SLACK_PX + zoom) return { width: once.width + SCALE_SLACK_PX + zoom, lines: once.lines };
  const known = atZoom.get(key);
  if (known?.zoom === zoom) return known.size;
  const px = LABEL_PX / zoom;
  const width = (t: string) => Math.ceil(textWidth(t, px));
  let size: NameSize;
  if (anywhere && SUMMED.test(label)) {
    const sums = wrapSums([...label].map((ch) => glyph(ch, px)), glyph(ZWSP, px), Math.ceil, NAME_WRAP_PX / zoom);
    size = { width: Math.max(...sums.map(Math.ceil)) * zoom, lines: sums.length };
  } else {
    const lines = wrapName(label, anywhere, width, NAME_WRAP_PX / zoom);
    size = { width: Math.max(...lines.map(width)) * zoom, lines: lines.length };
  }
  atZoom.set(key, { zoom, size });
  return size;
}

/**
 * The box Cytoscape gives a node's name on screen (renderedBoundingBox with labels, without the node): under
 * the node by NAME_MARGIN_Y, each line LABEL_PX, widened by the padding and margin of error in model px.
 */
export function nameBox(x: number, bottom: number, size: NameSize, zoom: number): Box {
  const pad = (NAME_PADDING + BOX_ERROR) * zoom;
  const half = size.width / 2 + pad;
  const top = bottom + NAME_MARGIN_Y * zoom - pad;
  return { x1: x - half, y1: top, x2: x + half, y2: bottom + NAME_MARGIN_Y * zoom + size.lines * LABEL_PX + pad };
}

/** Entities ordered by mentions, most first (group boxes and badges carry their own text): once per change of the node set, not per frame. */
export function byMentions(cy: Core): NodeSingular[] {
  // a filter, not `.not(selector)`: two `.not` over a 20k view's nodes were 110–160 ms of one task (bench --trace)
  const mentions = new Map<NodeSingular, number>();
  const out: NodeSingular[] = [];
  cy.nodes().forEach((n) => {
    if (!isEntity(n)) return;
    mentions.set(n, Number(n.data('mentions')));
    out.push(n);
  });
  return out.sort((a, b) => mentions.get(b)! - mentions.get(a)!);
}

/** The nodes to name now: the budget's choice, most mentioned first. */
export function chooseLabels(cy: Core, ranked: NodeSingular[]) {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const w = cy.width();
  const h = cy.height();
  const cols = Math.ceil(w / CELL_W) + 2;
  const rows = Math.ceil(h / CELL_H) + 2;
  const grid: Placed[][] = Array.from({ length: cols * rows }, () => []);
  // the cells a box covers (a box past the screen's edge is kept in the edge's cells: it meets only there)
  const cellsOf = (box: Box) => {
    const out: Placed[][] = [];
    const i1 = Math.max(0, Math.floor(box.x1 / CELL_W) + 1);
    const i2 = Math.min(cols - 1, Math.floor(box.x2 / CELL_W) + 1);
    const j1 = Math.max(0, Math.floor(box.y1 / CELL_H) + 1);
    const j2 = Math.min(rows - 1, Math.floor(box.y2 / CELL_H) + 1);
    for (let j = j1; j <= j2; j++) for (let i = i1; i <= i2; i++) out.push(grid[j * cols + i]);
    return out;
  };
  /** Whether a box meets nothing placed but what `mayMeet` lets it. */
  const clear = (box: Box, mayMeet: (o: Placed) => boolean) => cellsOf(box).every((cell) => cell.every((o) => mayMeet(o) || !meets(o, box)));
  const onScreen = (b: Box) => b.x2 > 0 && b.y2 > 0 && b.x1 < w && b.y1 < h;
  // every node's body in sight (group boxes and badges with their text): a name may not cover another node
  const measured = ranked.length < MEASURED_MAX_NODES;
  if (measured)
    cy.nodes().forEach((n) => {
      if (n.hasClass('filtered')) return;
      const body: Placed = { ...(isEntity(n) ? bodyBox(n, zoom, pan) : n.renderedBoundingBox({ includeLabels: true, includeOverlays: false } as never)), owner: n };
      if (onScreen(body)) for (const cell of cellsOf(body)) cell.push(body);
    });
  const chosen = new Set<NodeSingular>();
  // the selected first (a box selection or "select neighbours" names what was picked), then by mentions: a
  // selected node is named only where its name has room, as any other (named regardless, 50 picked nodes
  // piled their names at the view's size, 5 px on screen)
  const inSight = (n: NodeSingular) => {
    const p = n.position();
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    return !n.hasClass('filtered') && x >= 0 && y >= 0 && x < w && y < h;
  };
  // the most-mentioned in sight goes before the selected: it is the one named whatever lies under it (a selected
  // node taking its turn left a hub unnamed under a crowd)
  const top = ranked.find(inSight);
  const picked = ranked.filter((n) => n.selected() && n !== top);
  const order = top ? [top, ...picked, ...ranked.filter((n) => n !== top && !n.selected())] : ranked;
  for (const n of order) {
    if (chosen.size >= LABEL_BUDGET) break;
    if (!inSight(n)) continue;
    const p = n.position();
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    const bottom = y + (n.height() / 2) * zoom;
    const body: Placed = { ...bodyBox(n, zoom, pan), owner: n };
    // the most-mentioned name in sight is always drawn (a hub is named), whatever lies under it; the others
    // meet no name, no node (under MEASURED_MAX_NODES) or named node, and their node lies under no name: named
    // nodes are drawn in one layer, where a later one would cover an earlier one's name. A crowded spot is
    // told before the name is measured (most of a dense view's nodes): any name's box holds a line of no width.
    const first = n === top;
    if (!first && (!clear(body, (o) => !!o.owner) || !clear(nameBox(x, bottom, { width: 0, lines: 1 }, zoom), (o) => o.owner === n))) continue;
    const box = nameBox(x, bottom, nameSize(String(n.data('label') ?? ''), !n.hasClass('latin'), zoom), zoom);
    if (!first && !clear(box, (o) => o.owner === n)) continue;
    for (const cell of cellsOf(box)) cell.push(box);
    if (!measured) for (const cell of cellsOf(body)) cell.push(body);
    chosen.add(n);
  }
  return { chosen };
}

/** The nodes marked `.labelled` per instance: unmarking them needs no selector over every node (20k: 10–25 ms here). */
const marked = new WeakMap<Core, Set<NodeSingular>>();

/** Names these nodes (`.labelled`) at the size that reads LABEL_PX on screen at the current zoom; unmarks none. */
export function markLabelled(cy: Core, nodes: Iterable<NodeSingular>) {
  const fontSize = LABEL_PX / cy.zoom();
  const wrap = NAME_WRAP_PX / cy.zoom();
  let mine = marked.get(cy);
  if (!mine) marked.set(cy, (mine = new Set()));
  for (const n of nodes) {
    if (n.data('lfs') !== fontSize) n.data({ lfs: fontSize, lw: wrap });
    if (!n.hasClass('labelled')) n.addClass('labelled');
    mine.add(n);
  }
}

/**
 * Marks the chosen nodes `.labelled` (and unmarks the rest) and gives them the font size and wrap
 * width that read LABEL_PX on screen at the current zoom. Hidden (filtered) nodes are skipped. Returns the chosen.
 */
export function applyLabelBudget(cy: Core, ranked: NodeSingular[]): Set<NodeSingular> {
  const { chosen } = chooseLabels(cy, ranked);
  cy.batch(() => {
    const mine = marked.get(cy);
    for (const n of mine ?? []) {
      if (chosen.has(n)) continue;
      n.removeClass('labelled');
      mine!.delete(n);
    }
    markLabelled(cy, chosen);
  });
  return chosen;
}

/** An entity's body on screen, from its position and size (what its rendered bounding box holds, without a look-up of its bounds). */
function bodyBox(n: NodeSingular, zoom: number, pan: { x: number; y: number }): Box {
  const p = n.position();
  const x = p.x * zoom + pan.x;
  const y = p.y * zoom + pan.y;
  const rx = (n.outerWidth() / 2) * zoom;
  const ry = (n.outerHeight() / 2) * zoom;
  return { x1: x - rx, y1: y - ry, x2: x + rx, y2: y + ry };
}

const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const isEntity = (n: NodeSingular) => !n.hasClass('more') && !n.hasClass('group');
