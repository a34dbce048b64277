// A big view's group boxes ("支撑 · 战略 89", a hub's neighbours not drawn yet) and "+N 更多" badges, drawn by
// the picture (picture.ts) as the small views' stylesheet draws `.group` and `.more` nodes (explore.ts,
// style.ts): a pale round box with a dashed border and its text, linked to its hub by a dashed line with an
// arrow the way the facts point; a dark round badge with white bold text. Their places are Cytoscape's
// (explore.ts places groups, badge.ts badges), read when drawn: a view holds tens of them, not thousands.
// Sizes come from the text (estimated, as badge.ts places them), in model units, so they scale with the zoom.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { PictureBox, PictureState } from './picture-arrays.ts';
import { addArrow, arrowsShow, boxInset } from './picture-arrows.ts';

/** The looks of explore.ts's `node.group` and style.ts's `node.more`, in model units. */
export const BOX_LOOK = {
  group: { font: 12, weight: '', height: 24, padding: 6, fill: '#f8fafc', stroke: '#64748b', text: '#0f172a' },
  more: { font: 10, weight: 'bold ', height: 18, padding: 5, fill: '#111827', stroke: '', text: '#ffffff' },
} as const;
const LINK = '#cbd5e1';
/** Text under this many screen pixels is not drawn (unreadable); the box still is. */
const TEXT_MIN_PX = 3;

const HAN = /\p{Script=Han}/gu;

/** A text's width at `font` px: a Han character an em, anything else ~0.6 em (the CJK font's Latin glyphs). */
export function textWidth(text: string, font: number): number {
  const han = text.match(HAN)?.length ?? 0;
  return (han + (text.length - han) * 0.6) * font;
}

/** A box's full size (text, padding) in model units, as Cytoscape sizes `width: label` with its padding. */
export function boxSize(kind: PictureBox['kind'], label: string): { w: number; h: number } {
  const look = BOX_LOOK[kind];
  return { w: textWidth(label, look.font) + 2 * look.padding, h: look.height + 2 * look.padding };
}

/**
 * A node's box as it is drawn, in model units: what placing (explore.ts), decluttering (declutter.ts) and badges
 * (badge.ts) keep apart. A small view's is Cytoscape's, its name included. A big view's instance has no style
 * (picture.ts draws it): Cytoscape's boxes there are 3 px squares at the origin, so the box is the picture's: a
 * node's size, a badge's or group's from its text; names, drawn at a fixed screen size there, have no box in
 * model units. `includeNodes: false` gives the name alone (a flat line under a big view's node).
 */
export function drawnBox(n: NodeSingular, opts: { includeNodes?: boolean } = {}): { x1: number; y1: number; x2: number; y2: number } {
  if ((n.cy() as Core & { styleEnabled(): boolean }).styleEnabled()) return n.boundingBox({ includeLabels: true, includeOverlays: false, ...opts } as never);
  const p = n.position();
  const kind = n.hasClass('more') ? 'more' : n.hasClass('group') ? 'group' : null;
  const size = Number(n.data('size') ?? 24);
  const { w, h } = kind ? boxSize(kind, String(n.data('label') ?? '')) : { w: size, h: size };
  if (opts.includeNodes === false) return { x1: p.x, y1: p.y + h / 2, x2: p.x, y2: p.y + h / 2 };
  return { x1: p.x - w / 2, y1: p.y - h / 2, x2: p.x + w / 2, y2: p.y + h / 2 };
}

/**
 * The boxes among the canvas's extra elements (canvas.ts: badges from the model's `more`, explore.ts's group
 * nodes and their links): each group's direction read off its link (an arrow from the hub: its facts point out).
 */
export function boxesOf(elements: ElementDefinition[]): PictureBox[] {
  // a link pointing at one of the group nodes listed here (not explore.ts's id prefix: explore.ts imports this file, through declutter.ts)
  const groups = new Set(elements.filter((e) => e.group === 'nodes' && String(e.classes ?? '').split(' ').includes('group')).map((e) => String(e.data.id)));
  const out = new Set<string>();
  for (const e of elements) if (e.group === 'edges' && groups.has(String(e.data.target))) out.add(String(e.data.target));
  return elements
    .filter((e) => e.group === 'nodes')
    .map((e) => {
      const id = e.data.id!;
      const group = String(e.classes ?? '').split(' ').includes('group');
      return { id, kind: group ? 'group' : 'more', center: String(e.data.center), label: String(e.data.label ?? ''), key: group ? String(e.data.key) : undefined, out: out.has(id) };
    });
}

/** A box where it stands now, with its hub's index (-1: not in the view). */
export interface PlacedBox extends PictureBox {
  x: number;
  y: number;
  w: number;
  h: number;
  hub: number;
}

/** The boxes shown (their hub not filtered), at their places in Cytoscape. */
export function placeBoxes(cy: Core, s: PictureState): PlacedBox[] {
  if (!s.boxes.length || cy.destroyed()) return [];
  const out: PlacedBox[] = [];
  for (const b of s.boxes) {
    if (s.deco.filtered.has(b.center)) continue;
    const el = cy.getElementById(b.id);
    if (el.empty()) continue;
    const p = (el as NodeSingular).position();
    out.push({ ...b, ...p, ...boxSize(b.kind, b.label), hub: s.index.get(b.center) ?? -1 });
  }
  // badges over group boxes, as their z-index puts them in small views
  return out.sort((a, b) => Number(a.kind === 'more') - Number(b.kind === 'more'));
}

/** The dashed links from each hub to its groups, with their arrowheads (the facts' direction). */
export function drawBoxLinks(c: CanvasRenderingContext2D, s: PictureState, placed: PlacedBox[], zoom: number) {
  const links = placed.filter((b) => b.kind === 'group' && b.hub >= 0 && !s.hidden[b.hub]);
  if (!links.length) return;
  const heads = new Path2D();
  const arrows = arrowsShow(zoom);
  c.beginPath();
  for (const b of links) {
    const hx = s.xs[b.hub];
    const hy = s.ys[b.hub];
    c.moveTo(hx, hy);
    c.lineTo(b.x, b.y);
    if (!arrows) continue;
    if (b.out) addArrow(heads, hx, hy, b.x, b.y, boxInset(hx, hy, b.x, b.y, b.w / 2, b.h / 2));
    else addArrow(heads, b.x, b.y, hx, hy, s.sizes[b.hub] / 2);
  }
  c.setLineDash([6 / zoom, 4 / zoom]);
  c.lineWidth = 1 / zoom;
  c.strokeStyle = LINK;
  c.stroke();
  c.setLineDash([]);
  c.fillStyle = LINK;
  c.fill(heads);
}

/** The boxes and their text, over the nodes. */
export function drawBoxes(c: CanvasRenderingContext2D, placed: PlacedBox[], zoom: number, font: string) {
  for (const b of placed) {
    const look = BOX_LOOK[b.kind];
    c.beginPath();
    c.roundRect(b.x - b.w / 2, b.y - b.h / 2, b.w, b.h, Math.min(8, b.h / 4));
    c.fillStyle = look.fill;
    c.fill();
    if (look.stroke) {
      c.setLineDash([5, 3]);
      c.lineWidth = 1.5;
      c.strokeStyle = look.stroke;
      c.stroke();
      c.setLineDash([]);
    }
    if (look.font * zoom < TEXT_MIN_PX) continue;
    c.font = `${look.weight}${look.font}px ${font}`;
    c.textAlign = 'center';
    c.textBaseline = 'middle';
    c.fillStyle = look.text;
    c.fillText(b.label, b.x, b.y, b.w - look.padding);
  }
}

/** The topmost box holding a model point (boxes lie over the nodes), grown by `slack`. */
export function boxAt(placed: PlacedBox[], x: number, y: number, slack: number): PlacedBox | null {
  for (let k = placed.length - 1; k >= 0; k--) {
    const b = placed[k];
    if (Math.abs(x - b.x) <= b.w / 2 + slack && Math.abs(y - b.y) <= b.h / 2 + slack) return b;
  }
  return null;
}
