// Names in a big view's picture (picture.ts): the label budget's names (labels.ts) on screen, each LABEL_PX
// tall on a pale box under its node as style.ts draws them, and the names of an export: the picture of the
// whole view at export scale names every node whose name fits there without meeting another (the most
// mentioned first), not only the few the budget chose for the screen's viewport; the PNG and the SVG carry
// the same names (picture.ts chooses them once per export).
import { LABEL_PX } from './labels.ts';
import type { Named, PictureState } from './picture-arrays.ts';
import { textWidth } from './picture-boxes.ts';
import { FONT } from './style.ts';
/** A name's box: LABEL_PX of text and this much pale margin under and around it (tag below). */
const TAG_PAD = 3;
/** Side of the export's name grid in output pixels: a name is checked only against the names in the cells it covers. */
const CELL = 64;

/** Text in screen pixels: the identity transform, LABEL_PX, centred, hanging from its top. */
export function textStyle(c: CanvasRenderingContext2D) {
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.font = `${LABEL_PX}px ${FONT}`;
  c.textAlign = 'center';
  c.textBaseline = 'top';
}

/** A name LABEL_PX tall on a pale box (style.ts), its top centre at a screen point; `edge`: outlined, over other names. */
export function tag(c: CanvasRenderingContext2D, text: string, x: number, y: number, box = 'rgba(255,255,255,0.75)', edge = '') {
  const width = c.measureText(text).width;
  c.fillStyle = box;
  c.fillRect(x - width / 2 - 1, y - 1, width + 2, LABEL_PX + TAG_PAD);
  if (edge) {
    c.lineWidth = 1;
    c.strokeStyle = edge;
    c.strokeRect(Math.round(x - width / 2 - 2) + 0.5, Math.round(y - 2) + 0.5, Math.round(width + 3), LABEL_PX + 4);
  }
  c.fillStyle = '#1f2328';
  c.fillText(text, x, y);
}

/** The top of a node's name on screen: under the node, 3 px clear of it. */
export const nameTop = (s: PictureState, i: number, zoom: number, panY: number) => s.ys[i] * zoom + panY + (s.sizes[i] / 2) * zoom + 3;

/** The names given, LABEL_PX on screen under their nodes; hidden and dragged nodes' names are left out. */
export function drawNames(c: CanvasRenderingContext2D, s: PictureState, names: Named[], zoom: number, pan: { x: number; y: number }) {
  if (!names.length) return;
  textStyle(c);
  for (const { i, text } of names) {
    if (s.hidden[i] || s.lifted?.[i]) continue;
    tag(c, text, s.xs[i] * zoom + pan.x, nameTop(s, i, zoom, pan.y));
  }
}

/**
 * The names an export of the whole view draws at `scale` output pixels per model unit: every node shown, most
 * mentioned first (`ranked`: node indices in that order), whose name's box (LABEL_PX tall, its text's estimated
 * width) meets no name already kept. Pure: a grid of CELL-pixel cells holds each kept box in every cell it covers.
 */
export function exportNames(s: { xs: ArrayLike<number>; ys: ArrayLike<number>; sizes: ArrayLike<number>; hidden: ArrayLike<number> }, ranked: number[], text: (i: number) => string, scale: number): Named[] {
  const cells = new Map<number, Array<[number, number, number, number]>>();
  const key = (cx: number, cy: number) => cx * 1_000_003 + cy;
  const out: Named[] = [];
  for (const i of ranked) {
    if (s.hidden[i]) continue;
    const t = text(i);
    if (!t) continue;
    const w = textWidth(t, LABEL_PX) + 2;
    const x = s.xs[i] * scale;
    const top = (s.ys[i] + s.sizes[i] / 2) * scale + 3 - 1;
    const box: [number, number, number, number] = [x - w / 2, top, x + w / 2, top + LABEL_PX + TAG_PAD];
    const c1 = Math.floor(box[0] / CELL);
    const c2 = Math.floor(box[2] / CELL);
    const r1 = Math.floor(box[1] / CELL);
    const r2 = Math.floor(box[3] / CELL);
    let free = true;
    for (let cx = c1; cx <= c2 && free; cx++)
      for (let cy = r1; cy <= r2 && free; cy++)
        for (const o of cells.get(key(cx, cy)) ?? []) if (o[0] < box[2] && box[0] < o[2] && o[1] < box[3] && box[1] < o[3]) (free = false);
    if (!free) continue;
    for (let cx = c1; cx <= c2; cx++)
      for (let cy = r1; cy <= r2; cy++) {
        const list = cells.get(key(cx, cy));
        if (list) list.push(box);
        else cells.set(key(cx, cy), [box]);
      }
    out.push({ i, text: t });
  }
  return out;
}
