// The SVG of a big view (picture.ts), written from the picture's own arrays: each edge shown a <line> ending
// at its target's outline with an arrowhead (one <marker>), each node shown its type's shape (the unit polygons
// svg.ts shares with the canvas), the marks the picture draws (path, selected edge, pinned and selected rings),
// group boxes and "+N" badges with their text, and the names the PNG draws at export scale as <text>. Vector
// elements a person can open, search and restyle, not the screen embedded as a PNG; past SVG_MAX_ELEMENTS
// the export refuses (picture.ts says so in the interface language).
import { esc, num, polygonPath, shapePoints } from './svg.ts';
import { ARROW_LENGTH } from './picture-arrows.ts';
import { BOX_LOOK, type PlacedBox } from './picture-boxes.ts';
import { FONT } from './style.ts';

/** More elements than this make a file browsers open slowly (~5 MB): the PNG is the export for those. */
export const SVG_MAX_ELEMENTS = 60_000;

export interface PictureData {
  ids: string[];
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  sizes: ArrayLike<number>;
  colors: string[];
  shapes: string[];
  hidden: ArrayLike<number>;
  edgeIds: string[];
  edgeEnds: ArrayLike<number>;
  /** model units, the margin included */
  bounds: { x: number; y: number; w: number; h: number };
  names: Array<{ id: string; text: string }>;
  /** a name's height in model units (LABEL_PX on screen at the zoom of the export) */
  labelSize: number;
  selected: string[];
  pinned: string[];
  path: string[];
  selectedEdge: string | null;
  /** group boxes and badges where they stand (picture-boxes.ts) */
  boxes?: PlacedBox[];
}

/** How many elements the SVG would hold: the nodes and edges shown. */
export function shownCount(d: Pick<PictureData, 'hidden' | 'edgeEnds'>): number {
  let n = 0;
  for (let i = 0; i < d.hidden.length; i++) if (!d.hidden[i]) n++;
  for (let k = 0; k < d.edgeEnds.length; k += 2) {
    const a = d.edgeEnds[k];
    const b = d.edgeEnds[k + 1];
    if (a >= 0 && b >= 0 && !d.hidden[a] && !d.hidden[b]) n++;
  }
  return n;
}

/** A node's shape at radius `r` (its own by default); `paint` is its fill or stroke. */
function nodeElement(d: PictureData, i: number, cls = 'node', r = d.sizes[i] / 2, paint = `fill="${esc(d.colors[i])}"`): string {
  const x = d.xs[i];
  const y = d.ys[i];
  const shape = d.shapes[i];
  const attrs = `class="${cls}" data-id="${esc(d.ids[i])}" data-shape="${esc(shape)}" ${paint}`;
  if (shape === 'rectangle' || shape === 'round-rectangle' || shape === 'cut-rectangle' || shape === 'barrel') {
    const rx = shape === 'round-rectangle' ? ` rx="${num(r / 2)}"` : '';
    return `<rect ${attrs} x="${num(x - r)}" y="${num(y - r)}" width="${num(2 * r)}" height="${num(2 * r)}"${rx}/>`;
  }
  const points = shapePoints(shape);
  if (!points) return `<circle ${attrs} cx="${num(x)}" cy="${num(y)}" r="${num(r)}"/>`;
  return `<path ${attrs} d="${polygonPath(points, { x, y }, 2 * r, 2 * r, shape.startsWith('round-'))}"/>`;
}

export function pictureSvg(d: PictureData): string {
  const index = new Map(d.ids.map((id, i) => [id, i]));
  const fading = d.path.length > 1;
  const { x, y, w, h } = d.bounds;
  const lines: string[] = [];
  for (let k = 0; k < d.edgeIds.length; k++) {
    const a = d.edgeEnds[2 * k];
    const b = d.edgeEnds[2 * k + 1];
    if (a < 0 || b < 0 || d.hidden[a] || d.hidden[b]) continue;
    // the line stops at the target's outline, where the arrowhead's tip goes (the group's marker-end)
    const dx = d.xs[b] - d.xs[a];
    const dy = d.ys[b] - d.ys[a];
    const len = Math.hypot(dx, dy);
    const cut = len > d.sizes[b] / 2 + ARROW_LENGTH ? d.sizes[b] / 2 / len : 0;
    lines.push(`<line class="edge" data-id="${esc(d.edgeIds[k])}" x1="${num(d.xs[a])}" y1="${num(d.ys[a])}" x2="${num(d.xs[b] - dx * cut)}" y2="${num(d.ys[b] - dy * cut)}"/>`);
  }
  const nodes: string[] = [];
  for (let i = 0; i < d.ids.length; i++) if (!d.hidden[i]) nodes.push(nodeElement(d, i));
  const at = (id: string) => index.get(id);
  const shown = (ids: string[]) => ids.map(at).filter((i): i is number => i !== undefined && !d.hidden[i]);
  // the node's outline grown outward, 3 units wide, as picture.ts draws it
  const ring = (list: number[], color: string, gap: number) => list.map((i) => nodeElement(d, i, 'ring', d.sizes[i] / 2 + 3 * (0.5 + gap), `fill="none" stroke="${color}" stroke-width="3"`)).join('');
  const marks: string[] = [];
  if (fading) {
    const pts = shown(d.path).map((i) => `${num(d.xs[i])},${num(d.ys[i])}`);
    marks.push(`<polyline class="path" points="${pts.join(' ')}" fill="none" stroke="#f59e0b" stroke-width="4"/>`);
  }
  if (d.selectedEdge !== null) {
    const k = d.edgeIds.indexOf(d.selectedEdge);
    const a = d.edgeEnds[2 * k];
    const b = d.edgeEnds[2 * k + 1];
    if (k >= 0 && a >= 0 && b >= 0) marks.push(`<line class="selected-edge" x1="${num(d.xs[a])}" y1="${num(d.ys[a])}" x2="${num(d.xs[b])}" y2="${num(d.ys[b])}" stroke="#111827" stroke-width="3"/>`);
  }
  marks.push(ring(shown(d.pinned), '#0284c7', 0));
  if (fading) marks.push(ring(shown(d.path), '#f59e0b', 0));
  marks.push(ring(shown(d.selected), '#111827', 1));
  const size = d.labelSize;
  const names = d.names
    .map(({ id, text }) => ({ i: at(id), text }))
    .filter((n): n is { i: number; text: string } => n.i !== undefined && !d.hidden[n.i])
    .map(({ i, text }) => `<text x="${num(d.xs[i])}" y="${num(d.ys[i] + d.sizes[i] / 2 + 0.25 * size + size * 0.88)}">${esc(text)}</text>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(w)}" height="${Math.ceil(h)}" viewBox="${num(x)} ${num(y)} ${num(w)} ${num(h)}" font-family="${esc(FONT)}">`,
    // the arrowhead of picture-arrows.ts: ARROW_LENGTH long, 6 wide, in model units
    `<defs><marker id="arrow" viewBox="0 0 ${ARROW_LENGTH} 6" refX="${ARROW_LENGTH}" refY="3" markerWidth="${ARROW_LENGTH}" markerHeight="6" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L${ARROW_LENGTH},3L0,6z" fill="#c4ccd8"/></marker></defs>`,
    `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="#ffffff"/>`,
    `<g class="edges" stroke="#c4ccd8" stroke-width="1" marker-end="url(#arrow)"${fading ? ' opacity="0.15"' : ''}>${lines.join('')}</g>`,
    linksSvg(d),
    `<g class="nodes"${fading ? ' opacity="0.15"' : ''}>${nodes.join('')}</g>`,
    fading ? `<g class="path-nodes">${shown(d.path).map((i) => nodeElement(d, i, 'path-node')).join('')}</g>` : '',
    `<g class="marks">${marks.join('')}</g>`,
    `<g class="labels" font-size="${num(size)}" text-anchor="middle" fill="#1f2328" paint-order="stroke" stroke="#ffffff" stroke-width="${num(size / 4)}" stroke-opacity="0.75">${names.join('')}</g>`,
    // over the names, as picture-draw.ts draws them
    boxesSvg(d),
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The dashed links from each hub to its group boxes (under the nodes, as picture-draw.ts draws them). */
function linksSvg(d: PictureData): string {
  const links = (d.boxes ?? [])
    .filter((b) => b.kind === 'group' && b.hub >= 0 && !d.hidden[b.hub])
    .map((b) => `<line x1="${num(d.xs[b.hub])}" y1="${num(d.ys[b.hub])}" x2="${num(b.x)}" y2="${num(b.y)}"/>`);
  return links.length ? `<g class="group-links" stroke="#cbd5e1" stroke-width="1" stroke-dasharray="6 4">${links.join('')}</g>` : '';
}

/** Group boxes and "+N" badges with their text, as picture-boxes.ts draws them. */
function boxesSvg(d: PictureData): string {
  const boxes = d.boxes ?? [];
  if (!boxes.length) return '';
  const shapes = boxes.map((b) => {
    const look = BOX_LOOK[b.kind];
    const stroke = look.stroke ? ` stroke="${look.stroke}" stroke-width="1.5" stroke-dasharray="5 3"` : '';
    return (
      `<g class="${b.kind === 'group' ? 'group' : 'more'}" data-id="${esc(b.id)}">` +
      `<rect x="${num(b.x - b.w / 2)}" y="${num(b.y - b.h / 2)}" width="${num(b.w)}" height="${num(b.h)}" rx="${num(Math.min(8, b.h / 4))}" fill="${look.fill}"${stroke}/>` +
      `<text x="${num(b.x)}" y="${num(b.y)}" font-size="${look.font}"${look.weight ? ' font-weight="bold"' : ''} fill="${look.text}" text-anchor="middle" dominant-baseline="central">${esc(b.label)}</text></g>`
    );
  });
  return `<g class="boxes">${shapes.join('')}</g>`;
}
