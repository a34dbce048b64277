// Where a found path is shown: the viewport that puts the path's entities in the part of the canvas the
// paths panel leaves free. The panel floats over the canvas's left side, and a path found there was
// highlighted under it. Pure functions (path-view.test.ts); rectangles in the canvas's own pixels.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The widest of the four strips of `canvas` beside `panel` (all of it without a panel over it). */
export function freeArea(canvas: Rect, panel: Rect | null): Rect {
  if (!panel) return canvas;
  const right = canvas.x + canvas.w;
  const bottom = canvas.y + canvas.h;
  const strips: Rect[] = [
    { x: canvas.x, y: canvas.y, w: panel.x - canvas.x, h: canvas.h },
    { x: panel.x + panel.w, y: canvas.y, w: right - (panel.x + panel.w), h: canvas.h },
    { x: canvas.x, y: canvas.y, w: canvas.w, h: panel.y - canvas.y },
    { x: canvas.x, y: panel.y + panel.h, w: canvas.w, h: bottom - (panel.y + panel.h) },
  ];
  return strips.reduce((a, b) => (Math.max(0, b.w) * Math.max(0, b.h) > Math.max(0, a.w) * Math.max(0, a.h) ? b : a));
}

/**
 * The viewport showing `points` (model coordinates) inside `area` with `margin` pixels around them, or
 * null when they are in it already at the current viewport (a view that shows the path does not jump).
 * The zoom never grows past the current one or `maxZoom`: a path of two neighbours is not blown up.
 */
export function pathViewport(points: Array<{ x: number; y: number }>, area: Rect, now: Viewport, margin = 40, maxZoom = 1.2): Viewport | null {
  if (!points.length || area.w <= 2 * margin || area.h <= 2 * margin) return null;
  const inside = points.every((p) => {
    const x = p.x * now.zoom + now.pan.x;
    const y = p.y * now.zoom + now.pan.y;
    return x >= area.x + margin && x <= area.x + area.w - margin && y >= area.y + margin && y <= area.y + area.h - margin;
  });
  if (inside) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = Math.min((area.w - 2 * margin) / Math.max(x2 - x1, 1), (area.h - 2 * margin) / Math.max(y2 - y1, 1));
  const zoom = Math.min(fit, Math.max(now.zoom, 0.05), maxZoom);
  return { zoom, pan: { x: area.x + area.w / 2 - ((x1 + x2) / 2) * zoom, y: area.y + area.h / 2 - ((y1 + y2) / 2) * zoom } };
}
