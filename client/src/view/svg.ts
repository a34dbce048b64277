// The SVG export, written from what Cytoscape has laid out and styled: each visible node as its shape
// (the renderer's own unit polygons, so stars, triangles, pentagons, vees and tags come out as on the
// canvas), each visible edge as its curve with its arrowhead, every label that the view shows as <text>
// with the CJK font, lines wrapped as the canvas wrapped them. cytoscape-svg replays canvas calls into
// SVG and lost shapes and labels on the way ("Attempted to apply path command to node text").
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

/** Margin around the drawing, in model pixels. */
const PADDING = 24;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const num = (n: number) => (Math.round(n * 100) / 100).toString();

interface Point {
  x: number;
  y: number;
}

/** What the renderer keeps per element and per shape; not in the typings. */
interface Internals {
  nodeShapes?: Record<string, { points?: number[] }>;
}
type Scratch = { rscratch?: { labelWrapCachedLines?: string[]; edgeType?: string; allpts?: number[] } };
const scratch = (ele: NodeSingular | EdgeSingular) => ((ele as unknown as { _private: Scratch })._private.rscratch ?? {});

let measurer: CanvasRenderingContext2D | null = null;
function textWidth(text: string, font: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 10;
  measurer.font = font;
  return measurer.measureText(text).width;
}

/** The label's lines as the canvas drew them; wrapped here the same way when the canvas has not drawn it. */
function labelLines(ele: NodeSingular | EdgeSingular, text: string, font: string): string[] {
  const cached = scratch(ele).labelWrapCachedLines;
  if (cached?.length && cached.join('').replace(/\s/g, '') === text.replace(/\s/g, '')) return cached;
  if (ele.style('text-wrap') !== 'wrap') return [text];
  const max = ele.numericStyle('text-max-width');
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const piece of breakable(para)) {
      if (line.trim() && textWidth(line + piece.trimEnd(), font) > max) (lines.push(line.trimEnd()), (line = piece.trimStart()));
      else line += piece;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * The pieces a line may break between, as the canvas breaks them (style.ts: 'text-overflow-wrap' anywhere, whitespace for node.latin): any
 * character of a name with Chinese in it, whole words (each with its trailing space) otherwise, so
 * "Energy Internet" and "néng yuán hù lián" never break inside a word or syllable; a word wider than
 * the line keeps a line of its own.
 */
export const breakable = (para: string): string[] => (/\p{Script=Han}/u.test(para) ? [...para] : para.split(/(?<=\s)/));

/** A polygon's outline; `round` cuts each corner with a quadratic curve, as Cytoscape's round-* shapes do. */
export function polygonPath(points: number[], c: Point, w: number, h: number, round: boolean): string {
  const pts: Point[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) pts.push({ x: c.x + (w / 2) * points[i], y: c.y + (h / 2) * points[i + 1] });
  if (!round) return `M${pts.map((p) => `${num(p.x)},${num(p.y)}`).join('L')}Z`;
  const r = Math.min(w, h) / 8;
  const n = pts.length;
  let d = '';
  for (let i = 0; i < n; i++) {
    const [prev, p, next] = [pts[(i + n - 1) % n], pts[i], pts[(i + 1) % n]];
    const toward = (q: Point) => {
      const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const k = Math.min(r, len / 2) / len;
      return { x: p.x + (q.x - p.x) * k, y: p.y + (q.y - p.y) * k };
    };
    const a = toward(prev);
    const b = toward(next);
    d += `${i ? 'L' : 'M'}${num(a.x)},${num(a.y)}Q${num(p.x)},${num(p.y)} ${num(b.x)},${num(b.y)}`;
  }
  return d + 'Z';
}

const pointsByShape = new Map<string, number[] | null>();
/**
 * A shape's outline as unit polygon points (x, y pairs in [-1, 1], y down; null for an ellipse or a box), as
 * Cytoscape draws it: the big views' picture (picture.ts) and its SVG (picture-svg.ts) draw the same shapes.
 */
export function shapePoints(shape: string): number[] | null {
  if (!pointsByShape.has(shape)) pointsByShape.set(shape, fallbackPoints(shape));
  return pointsByShape.get(shape)!;
}

/** Points of the shapes in use, for a renderer that does not expose its own (unit square, y down). */
function fallbackPoints(shape: string): number[] | null {
  const ngon = (n: number, rot = 0) => Array.from({ length: n }, (_, i) => [Math.cos(rot - Math.PI / 2 + (2 * Math.PI * i) / n), Math.sin(rot - Math.PI / 2 + (2 * Math.PI * i) / n)]).flat();
  switch (shape.replace(/^round-/, '')) {
    case 'triangle':
      return ngon(3);
    case 'diamond':
      return [0, -1, 1, 0, 0, 1, -1, 0];
    case 'pentagon':
      return ngon(5);
    case 'hexagon':
      return ngon(6);
    case 'octagon':
      return ngon(8);
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 ? 0.382 : 1;
        const a = -Math.PI / 2 + (Math.PI * i) / 5;
        return [r * Math.cos(a), r * Math.sin(a)];
      }).flat();
    case 'vee':
      return [-1, -1, 0, -0.333, 1, -1, 0, 1];
    case 'tag':
      return [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1];
    default:
      return null;
  }
}

function nodeShape(cy: Core, n: NodeSingular): string {
  const shape = String(n.style('shape'));
  const c = n.position();
  const w = n.width();
  const h = n.height();
  const border = n.numericStyle('border-width');
  const paint = [
    `fill="${esc(n.style('background-color'))}"`,
    `fill-opacity="${num(n.numericStyle('background-opacity'))}"`,
    border > 0 ? `stroke="${esc(n.style('border-color'))}" stroke-width="${num(border)}"` : 'stroke="none"',
    n.style('border-style') === 'dashed' ? 'stroke-dasharray="4 3"' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const attrs = `data-shape="${esc(shape)}" ${paint}`;
  if (shape === 'ellipse') return `<ellipse ${attrs} cx="${num(c.x)}" cy="${num(c.y)}" rx="${num(w / 2)}" ry="${num(h / 2)}"/>`;
  if (shape === 'rectangle' || shape === 'round-rectangle' || shape === 'roundrectangle') {
    const r = shape === 'rectangle' ? 0 : Math.min(w, h) / 4;
    return `<rect ${attrs} x="${num(c.x - w / 2)}" y="${num(c.y - h / 2)}" width="${num(w)}" height="${num(h)}" rx="${num(r)}"/>`;
  }
  const own = (cy as unknown as { renderer(): Internals }).renderer().nodeShapes?.[shape]?.points;
  const points = own ?? fallbackPoints(shape);
  if (!points) return `<ellipse ${attrs} cx="${num(c.x)}" cy="${num(c.y)}" rx="${num(w / 2)}" ry="${num(h / 2)}"/>`;
  return `<path ${attrs} stroke-linejoin="round" d="${polygonPath(points, c, w, h, shape.startsWith('round-'))}"/>`;
}

const fontOf = (ele: NodeSingular | EdgeSingular) => `${ele.style('font-weight')} ${ele.numericStyle('font-size')}px ${ele.style('font-family')}`;

/** A label as <text>, one <tspan> a line, on a rounded background box like the canvas's. */
function label(ele: NodeSingular | EdgeSingular, text: string, at: Point, valign: 'top' | 'center', rotate = 0): string {
  const size = ele.numericStyle('font-size');
  const font = fontOf(ele);
  const lines = labelLines(ele, text, font);
  const lineHeight = size * (Number(ele.style('line-height')) || 1);
  const height = lines.length * lineHeight;
  const top = valign === 'top' ? at.y : at.y - height / 2;
  const width = Math.max(...lines.map((l) => textWidth(l, font)));
  const pad = 1;
  const bgOpacity = ele.numericStyle('text-background-opacity');
  const bg =
    bgOpacity > 0
      ? `<rect x="${num(at.x - width / 2 - pad)}" y="${num(top - pad)}" width="${num(width + 2 * pad)}" height="${num(height + 2 * pad)}" rx="2" fill="${esc(ele.style('text-background-color'))}" fill-opacity="${num(bgOpacity)}"/>`
      : '';
  const tspans = lines.map((l, i) => `<tspan x="${num(at.x)}" y="${num(top + i * lineHeight + size * 0.88)}">${esc(l)}</tspan>`).join('');
  const transform = rotate ? ` transform="rotate(${num(rotate)} ${num(at.x)} ${num(at.y)})"` : '';
  return `<g class="label"${transform}>${bg}<text text-anchor="middle" font-size="${num(size)}" font-weight="${esc(ele.style('font-weight'))}" fill="${esc(ele.style('color'))}">${tspans}</text></g>`;
}

/** The edge's curve through Cytoscape's points: a line, one quadratic, or quadratics through midpoints. */
function edgeGeometry(e: EdgeSingular): { d: string; end: Point; before: Point } {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const ctrl = (e.controlPoints() ?? []) as Point[];
  if (!ctrl.length) return { d: `M${num(s.x)},${num(s.y)}L${num(t.x)},${num(t.y)}`, end: t, before: s };
  let d = `M${num(s.x)},${num(s.y)}`;
  for (let i = 0; i < ctrl.length; i++) {
    const to = i === ctrl.length - 1 ? t : { x: (ctrl[i].x + ctrl[i + 1].x) / 2, y: (ctrl[i].y + ctrl[i + 1].y) / 2 };
    d += `Q${num(ctrl[i].x)},${num(ctrl[i].y)} ${num(to.x)},${num(to.y)}`;
  }
  return { d, end: t, before: ctrl[ctrl.length - 1] };
}

function edge(e: EdgeSingular): string {
  const { d, end, before } = edgeGeometry(e);
  const width = e.numericStyle('width');
  const color = e.style('line-color');
  const dashed = e.style('line-style') === 'dashed' ? ' stroke-dasharray="6 3"' : '';
  let out = `<path d="${d}" fill="none" stroke="${esc(color)}" stroke-width="${num(width)}"${dashed}/>`;
  if (e.style('target-arrow-shape') !== 'none') {
    // Cytoscape's triangle: 0.3 of the arrow size long and wide, the size from the edge's width and arrow-scale
    const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * e.numericStyle('arrow-scale') * 0.3;
    const a = Math.atan2(end.y - before.y, end.x - before.x);
    const back = { x: end.x - size * Math.cos(a), y: end.y - size * Math.sin(a) };
    const side = { x: (-Math.sin(a) * size) / 2, y: (Math.cos(a) * size) / 2 };
    out += `<path d="M${num(end.x)},${num(end.y)}L${num(back.x + side.x)},${num(back.y + side.y)}L${num(back.x - side.x)},${num(back.y - side.y)}Z" fill="${esc(e.style('target-arrow-color'))}"/>`;
  }
  const text = String(e.style('label') ?? '');
  if (text) {
    const mid = e.midpoint();
    const s = e.sourceEndpoint();
    let angle = (Math.atan2(end.y - s.y, end.x - s.x) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    out += label(e, text, mid, 'center', e.style('text-rotation') === 'autorotate' ? angle : 0);
  }
  const opacity = e.numericStyle('opacity');
  return `<g class="edge" data-id="${esc(e.id())}"${opacity < 1 ? ` opacity="${num(opacity)}"` : ''}>${out}</g>`;
}

function node(cy: Core, n: NodeSingular): string {
  let out = nodeShape(cy, n);
  const text = String(n.style('label') ?? '');
  if (text) {
    const c = n.position();
    const valign = n.style('text-valign');
    const marginY = n.numericStyle('text-margin-y');
    if (valign === 'center') out += label(n, text, { x: c.x, y: c.y + marginY }, 'center');
    else out += label(n, text, { x: c.x, y: c.y + n.height() / 2 + n.numericStyle('border-width') / 2 + marginY }, 'top');
  }
  const opacity = n.numericStyle('opacity');
  return `<g class="node" data-id="${esc(n.id())}"${opacity < 1 ? ` opacity="${num(opacity)}"` : ''}>${out}</g>`;
}

/** The whole visible graph as a standalone SVG document (model coordinates, white background). */
export function toSvg(cy: Core): string {
  const eles = cy.elements(':visible');
  const bb = eles.boundingBox({ includeLabels: true, includeOverlays: false } as never);
  const x = Math.floor(bb.x1 - PADDING);
  const y = Math.floor(bb.y1 - PADDING);
  const w = Math.ceil(bb.w + 2 * PADDING);
  const h = Math.ceil(bb.h + 2 * PADDING);
  const family = cy.nodes().nonempty() ? cy.nodes().first().style('font-family') : 'sans-serif';
  // edges under nodes, each group in the canvas's z-order
  const byZ = (a: { zIndex: number }, b: { zIndex: number }) => a.zIndex - b.zIndex;
  const edges = eles
    .edges()
    .map((e) => ({ e, zIndex: e.numericStyle('z-index') }))
    .sort(byZ)
    .map(({ e }) => edge(e));
  const nodes = eles
    .nodes()
    .map((n) => ({ n, zIndex: n.numericStyle('z-index') }))
    .sort(byZ)
    .map(({ n }) => node(cy, n));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${x} ${y} ${w} ${h}" font-family="${esc(family)}">`,
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff"/>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
