// The mouse on a big view's picture (picture.ts), doing what Cytoscape's mouse does in small views: a drag on
// the background pans (each frame a blit of the last picture, one full draw on release), a drag on a node
// moves it, with the rest of the selection if it is selected (its place goes to Cytoscape on release, with the 'dragfree' a small view emits: the link,
// undo/redo and scenes keep it), shift+drag draws a selection box (the nodes in it join Cytoscape's
// selection, which the selection summary follows), the wheel zooms about the pointer. A click selects
// the node or edge under it (twice on a node: expands it; with shift or ctrl: adds the node to the
// selection; on a "+N" badge or a group box: its neighbours or its next page), a right-click opens the menu
// (a group's own on a group box), hovering marks what a click would pick. Cytoscape has no
// renderer in these views, so it sees no mouse.
import type { Core, NodeSingular } from 'cytoscape';
import type { Picture } from './picture.ts';
import type { CanvasHandlers } from './renderer.ts';

/** Movement under this many pixels between press and release is a click, not a pan or a drag. */
const CLICK_SLACK = 4;
/** Two clicks on one node within this many ms expand it (as in the Cytoscape views, canvas.ts). */
const DOUBLE_MS = 350;
/** Zoom factor per wheel pixel: about Cytoscape's default wheel speed. */
const WHEEL_RATE = 0.002;

type Gesture =
  | { kind: 'pan'; from: Point; by: Point }
  | { kind: 'node'; id: string; from: Point; at: Point; moved: boolean; starts: Map<string, Point> }
  | { kind: 'box'; from: Point; to: Point; additive: boolean };
type Point = { x: number; y: number };

/** Attaches the gestures to the picture's canvas; returns a function that detaches them. */
export function attachGestures(cy: Core, picture: Picture, on: CanvasHandlers): () => void {
  const el = picture.canvas;
  let gesture: Gesture | null = null;
  let frame = 0;
  let hoverFrame = 0;
  let lastTap = { id: '', at: 0 };
  const local = (e: MouseEvent): Point => {
    const box = el.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const cursor = (c: string) => void (el.style.cursor = c);

  const down = (e: MouseEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    const at = local(e);
    cancelAnimationFrame(hoverFrame);
    hoverFrame = 0;
    picture.hover(null);
    if (e.shiftKey) gesture = { kind: 'box', from: at, to: at, additive: true };
    else {
      const under = picture.hit(at.x, at.y);
      if (under?.kind === 'node') {
        // a selected node takes the rest of the selection along, as in small views
        const n = cy.getElementById(under.id);
        const moving = n.selected() ? cy.nodes(':selected') : n;
        const starts = new Map<string, Point>(moving.map((m) => [m.id(), { ...(m as NodeSingular).position() }]));
        gesture = { kind: 'node', id: under.id, from: at, at, moved: false, starts };
      } else gesture = { kind: 'pan', from: { x: e.clientX, y: e.clientY }, by: { x: 0, y: 0 } };
    }
    window.addEventListener('mousemove', move, true);
    window.addEventListener('mouseup', up, true);
  };

  const move = (e: MouseEvent) => {
    const g = gesture;
    if (!g) return;
    if (g.kind === 'pan') g.by = { x: e.clientX - g.from.x, y: e.clientY - g.from.y };
    else if (g.kind === 'box') g.to = local(e);
    else {
      g.at = local(e);
      if (!g.moved && Math.hypot(g.at.x - g.from.x, g.at.y - g.from.y) < CLICK_SLACK) return;
      g.moved = true;
      cursor('grabbing');
      picture.lift([...g.starts.keys()]);
    }
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      if (gesture !== g) return;
      if (g.kind === 'pan') picture.shift(g.by);
      else if (g.kind === 'box') picture.box(g.from, g.to);
      else picture.move(placed(g));
    });
  };

  const up = (e: MouseEvent) => {
    const g = gesture;
    if (!g) return;
    window.removeEventListener('mousemove', move, true);
    window.removeEventListener('mouseup', up, true);
    gesture = null;
    cancelAnimationFrame(frame);
    frame = 0;
    cursor('');
    if (g.kind === 'pan') {
      if (Math.hypot(g.by.x, g.by.y) >= CLICK_SLACK) return void cy.panBy(g.by); // 'viewport': the full draw
      return tap(local(e), e);
    }
    if (g.kind === 'box') {
      picture.box(null);
      const to = local(e);
      if (Math.hypot(to.x - g.from.x, to.y - g.from.y) < CLICK_SLACK) return tap(to, e);
      const ids = new Set(picture.nodesInBox(g.from, to));
      // Cytoscape's own selection, as its box does in small views (canvas.selection() and the summary read it)
      cy.batch(() => cy.nodes().forEach((n) => void (ids.has(n.id()) && n.select())));
      return;
    }
    if (!g.moved) return tap(g.from, e);
    g.at = local(e);
    const places = placed(g);
    picture.move(places);
    picture.lift(null);
    // the places are Cytoscape's (the link, undo/redo and scenes read them there); 'dragfree' as after a drag in a small view
    cy.batch(() => {
      for (const [id, p] of Object.entries(places)) (cy.getElementById(id) as NodeSingular).position(p);
    });
    cy.getElementById(g.id).emit('dragfree');
  };

  /** Where a drag has taken its nodes: their places at the press, moved by the pointer's way in model units. */
  const placed = (g: Extract<Gesture, { kind: 'node' }>) => {
    const zoom = cy.zoom();
    const dx = (g.at.x - g.from.x) / zoom;
    const dy = (g.at.y - g.from.y) / zoom;
    const out: Record<string, Point> = {};
    for (const [id, p] of g.starts) out[id] = { x: p.x + dx, y: p.y + dy };
    return out;
  };

  const tap = (at: Point, e: MouseEvent) => {
    const under = picture.hit(at.x, at.y);
    if (!under) return on.select(null, null);
    if (under.kind === 'edge') return on.select(under.id, 'edge');
    // a "+N" badge brings its hub's neighbours, a group box its next page, as in small views (canvas.ts)
    if (under.kind === 'more') return on.more(under.center);
    if (under.kind === 'group') return on.group(under.center, under.key);
    const id = under.id;
    // shift/ctrl-click adds the node to the selection (or takes it out), as Cytoscape's own does in small views
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      const n = cy.getElementById(id);
      return void (n.selected() ? n.unselect() : n.select());
    }
    const now = performance.now();
    if (lastTap.id === id && now - lastTap.at < DOUBLE_MS) {
      lastTap = { id: '', at: 0 };
      return on.expand(id);
    }
    lastTap = { id, at: now };
    on.select(id, 'node');
  };

  // hover: what a click would pick, once per frame, never during a gesture
  let pointer: Point | null = null;
  const hover = (e: MouseEvent) => {
    if (gesture) return;
    pointer = local(e);
    hoverFrame ||= requestAnimationFrame(() => {
      hoverFrame = 0;
      if (gesture || !pointer) return;
      const under = picture.hit(pointer.x, pointer.y);
      picture.hover(under);
      cursor(under ? 'pointer' : '');
    });
  };
  const leave = () => {
    pointer = null;
    if (!gesture) (picture.hover(null), cursor(''));
  };

  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * Math.exp(-e.deltaY * WHEEL_RATE)));
    cy.zoom({ level, renderedPosition: local(e) });
  };
  const menu = (e: MouseEvent) => {
    e.preventDefault();
    const at = local(e);
    const under = picture.hit(at.x, at.y);
    const target = under?.kind === 'node' ? { kind: 'node' as const, id: under.id } : under?.kind === 'group' ? { kind: 'group' as const, center: under.center, key: under.key } : { kind: 'canvas' as const };
    on.menu(target, { x: e.clientX, y: e.clientY });
  };
  el.addEventListener('mousedown', down);
  el.addEventListener('mousemove', hover);
  el.addEventListener('mouseleave', leave);
  el.addEventListener('wheel', wheel, { passive: false });
  el.addEventListener('contextmenu', menu);
  return () => {
    cancelAnimationFrame(frame);
    cancelAnimationFrame(hoverFrame);
    el.removeEventListener('mousedown', down);
    el.removeEventListener('mousemove', hover);
    el.removeEventListener('mouseleave', leave);
    el.removeEventListener('wheel', wheel);
    el.removeEventListener('contextmenu', menu);
    window.removeEventListener('mousemove', move, true);
    window.removeEventListener('mouseup', up, true);
  };
}
