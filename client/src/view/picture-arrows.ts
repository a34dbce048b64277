// Arrowheads of a big view's edges (picture.ts): a small triangle at the target end, as the small views'
// stylesheet draws one ('target-arrow-shape': triangle, style.ts), so a fact's direction reads in big views
// too. Added to one path from the edges' pass and filled once; skipped when the zoom makes them smaller than
// ARROW_MIN_PX, or when more than ARROW_MAX_EDGES edges are in view (a fitted 20k view: thousands of specks
// in a hairball tell no direction, and would cost the frame as much again as its edges).

/** Length and half width of an arrowhead in model units (Cytoscape's triangle at arrow-scale 0.8 is ~7 × 7). */
export const ARROW_LENGTH = 7;
const ARROW_HALF = 3;
/** Below this many screen pixels an arrowhead is not told from the line: none is drawn. */
export const ARROW_MIN_PX = 4;
/** More edges in view than this: no arrowheads on screen (an export draws them all: it is drawn once). */
export const ARROW_MAX_EDGES = 4000;

export const arrowsShow = (zoom: number, edgesInView = 0, cap = ARROW_MAX_EDGES) => ARROW_LENGTH * zoom >= ARROW_MIN_PX && edgesInView <= cap;

/** Something with moveTo/lineTo/closePath: a canvas context or a Path2D. */
type PathSink = Pick<CanvasPath, 'moveTo' | 'lineTo' | 'closePath'>;

/**
 * Adds to `p` the arrowhead of the segment from (ax, ay) to (bx, by), its tip `inset` model units before the
 * target's centre (the target's radius: the tip touches its outline). Nothing when the ends are too close
 * for the head to sit between them. Returns whether it added one.
 */
export function addArrow(p: PathSink, ax: number, ay: number, bx: number, by: number, inset: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (len <= inset + ARROW_LENGTH) return false;
  const ux = dx / len;
  const uy = dy / len;
  const tx = bx - ux * inset;
  const ty = by - uy * inset;
  const baseX = tx - ux * ARROW_LENGTH;
  const baseY = ty - uy * ARROW_LENGTH;
  p.moveTo(tx, ty);
  p.lineTo(baseX - uy * ARROW_HALF, baseY + ux * ARROW_HALF);
  p.lineTo(baseX + uy * ARROW_HALF, baseY - ux * ARROW_HALF);
  p.closePath();
  return true;
}

/** How far from its centre a ray from (ax, ay) leaves a box of half size hw × hh centred at (bx, by). */
export function boxInset(ax: number, ay: number, bx: number, by: number, hw: number, hh: number): number {
  const dx = Math.abs(bx - ax);
  const dy = Math.abs(by - ay);
  const len = Math.hypot(dx, dy);
  if (!len) return 0;
  // the ray meets the nearer of the box's vertical and horizontal sides
  const t = Math.min(dx ? hw / dx : Infinity, dy ? hh / dy : Infinity);
  return t * len;
}
