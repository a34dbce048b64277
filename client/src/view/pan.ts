// The mouse on a big view's picture (picture.ts): a drag pans (each frame a blit of the last picture, one
// full draw on release), the wheel zooms about the pointer, a click selects the node under it (twice:
// expands it), a right-click opens the menu. Cytoscape has no renderer in these views, so it sees no mouse.
import type { Core } from 'cytoscape';
import type { Picture } from './picture.ts';
import type { CanvasHandlers } from './renderer.ts';

/** Movement under this many pixels between press and release is a click, not a pan. */
const CLICK_SLACK = 4;
/** Two clicks on one node within this many ms expand it (as in the Cytoscape views, canvas.ts). */
const DOUBLE_MS = 350;
/** Zoom factor per wheel pixel: about Cytoscape's default wheel speed. */
const WHEEL_RATE = 0.002;

/** Attaches the gestures to the picture's canvas; returns a function that detaches them. */
export function attachGestures(cy: Core, picture: Picture, on: CanvasHandlers): () => void {
  const el = picture.canvas;
  let from: { x: number; y: number } | null = null;
  let by = { x: 0, y: 0 };
  let frame = 0;
  let lastTap = { id: '', at: 0 };
  const local = (e: MouseEvent) => {
    const box = el.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const down = (e: MouseEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    from = { x: e.clientX, y: e.clientY };
    by = { x: 0, y: 0 };
    window.addEventListener('mousemove', move, true);
    window.addEventListener('mouseup', up, true);
  };
  const move = (e: MouseEvent) => {
    if (!from) return;
    by = { x: e.clientX - from.x, y: e.clientY - from.y };
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      if (from) picture.shift(by);
    });
  };
  const up = (e: MouseEvent) => {
    if (!from) return;
    window.removeEventListener('mousemove', move, true);
    window.removeEventListener('mouseup', up, true);
    from = null;
    cancelAnimationFrame(frame);
    frame = 0;
    if (Math.hypot(by.x, by.y) >= CLICK_SLACK) return void cy.panBy(by); // 'viewport': the full draw
    tap(local(e));
  };
  const tap = (at: { x: number; y: number }) => {
    const id = picture.hit(at.x, at.y);
    if (!id) return on.select(null, null);
    const now = performance.now();
    if (lastTap.id === id && now - lastTap.at < DOUBLE_MS) {
      lastTap = { id: '', at: 0 };
      return on.expand(id);
    }
    lastTap = { id, at: now };
    on.select(id, 'node');
  };
  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * Math.exp(-e.deltaY * WHEEL_RATE)));
    cy.zoom({ level, renderedPosition: local(e) });
  };
  const menu = (e: MouseEvent) => {
    e.preventDefault();
    const at = local(e);
    const id = picture.hit(at.x, at.y);
    on.menu(id ? { kind: 'node', id } : { kind: 'canvas' }, { x: e.clientX, y: e.clientY });
  };
  el.addEventListener('mousedown', down);
  el.addEventListener('wheel', wheel, { passive: false });
  el.addEventListener('contextmenu', menu);
  return () => {
    el.removeEventListener('mousedown', down);
    el.removeEventListener('wheel', wheel);
    el.removeEventListener('contextmenu', menu);
    window.removeEventListener('mousemove', move, true);
    window.removeEventListener('mouseup', up, true);
  };
}
