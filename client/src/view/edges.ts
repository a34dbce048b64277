// Edges a person can read and hit: relation labels drawn at a readable size on screen (never under
// EDGE_LABEL_PX: hidden when the view is zoomed out too far for that, shown at that size on hover or
// selection), only where they have room (the edge long enough, clear of every node, name and other
// relation label: around a hub they piled up over each other and the hub's name), and a wide invisible
// hit area, so a 1.4 px line is picked from EDGE_HIT_PX away.
import type { Core, EdgeSingular, Position } from 'cytoscape';
import { lineWidth } from './labels.ts';

/** The smallest size of a relation label on screen, in CSS pixels. */
export const EDGE_LABEL_PX = 11.5;
/** Below this zoom the labels would have to grow past their model size: hidden then, except on hover. */
export const EDGE_LABEL_MIN_ZOOM = 0.6;
/** How far from an edge, in screen pixels, a click still picks it. */
export const EDGE_HIT_PX = 12;

/** The edge label's font size in model pixels for a zoom: EDGE_LABEL_PX on screen from EDGE_LABEL_MIN_ZOOM up to 1, growing with the zoom above. */
export const edgeLabelFont = (zoom: number) => EDGE_LABEL_PX / Math.min(1, Math.max(EDGE_LABEL_MIN_ZOOM, zoom));

const sqDistToSegment = (p: Position, a: Position, b: Position) => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len)) : 0;
  const x = a.x + t * dx - p.x;
  const y = a.y + t * dy - p.y;
  return x * x + y * y;
};

/** The edge's drawn curve as a polyline (model coordinates): quadratics through Cytoscape's control points, sampled. */
export function edgePolyline(e: EdgeSingular): Position[] {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const ctrl = (e.controlPoints() ?? []) as Position[];
  if (!ctrl.length) return [s, t];
  const out: Position[] = [s];
  let from = s;
  for (let i = 0; i < ctrl.length; i++) {
    const to = i === ctrl.length - 1 ? t : { x: (ctrl[i].x + ctrl[i + 1].x) / 2, y: (ctrl[i].y + ctrl[i + 1].y) / 2 };
    for (let k = 1; k <= 12; k++) {
      const u = k / 12;
      const v = 1 - u;
      out.push({ x: v * v * from.x + 2 * v * u * ctrl[i].x + u * u * to.x, y: v * v * from.y + 2 * v * u * ctrl[i].y + u * u * to.y });
    }
    from = to;
  }
  return out;
}

/** The visible edge nearest to a model position, if it is within EDGE_HIT_PX on screen. */
export function edgeNear(cy: Core, p: Position): EdgeSingular | null {
  const max = EDGE_HIT_PX / cy.zoom();
  let best: EdgeSingular | null = null;
  let bestSq = max * max;
  cy.edges(':visible').forEach((e) => {
    const bb = e.boundingBox({ includeLabels: false } as never);
    if (p.x < bb.x1 - max || p.x > bb.x2 + max || p.y < bb.y1 - max || p.y > bb.y2 + max) return;
    const pts = edgePolyline(e);
    for (let i = 0; i + 1 < pts.length; i++) {
      const d = sqDistToSegment(p, pts[i], pts[i + 1]);
      if (d <= bestSq) ((bestSq = d), (best = e));
    }
  });
  return best;
}

/**
 * Keeps relation labels readable as the view zooms: the stylesheet's edge font follows the zoom (after
 * the gesture, not on every frame), and a hovered or selected edge shows its label at EDGE_LABEL_PX
 * whatever the zoom.
 */
export function keepEdgesReadable(cy: Core, restyle: (zoom: number) => void): void {
  let applied = cy.zoom();
  let timer = 0;
  const emphasise = (e: EdgeSingular) => {
    if (e.hasClass('hover') || e.selected()) e.style({ 'font-size': EDGE_LABEL_PX / cy.zoom(), 'min-zoomed-font-size': 0 });
    else e.removeStyle('font-size min-zoomed-font-size');
  };
  cy.on('zoom', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const z = cy.zoom();
      if (edgeLabelFont(z) !== edgeLabelFont(applied)) restyle(z);
      applied = z;
      cy.edges('.hover, :selected').forEach(emphasise);
    }, 150);
  });
  cy.on('mouseover', 'edge', (ev) => emphasise(ev.target.addClass('hover')));
  cy.on('mouseout', 'edge', (ev) => emphasise(ev.target.removeClass('hover')));
  cy.on('select unselect', 'edge', (ev) => emphasise(ev.target));
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The edges whose relation name has room at the current zoom: drawn EDGE_LABEL_PX or more, on a line longer
 * than the name, its box (turned along the line) clear of every node and its name and of the names chosen
 * before it; longer edges first (their middle is furthest from the crowd at their ends).
 */
export function roomyEdges(cy: Core): Set<EdgeSingular> {
  const chosen = new Set<EdgeSingular>();
  const zoom = cy.zoom();
  const px = edgeLabelFont(zoom) * zoom;
  if (px < EDGE_LABEL_PX - 0.5) return chosen;
  const taken: Box[] = cy.nodes(':visible').map((n) => n.renderedBoundingBox({ includeLabels: true, includeOverlays: false } as never));
  const edges = (cy.edges(':visible').toArray() as EdgeSingular[])
    .filter((e) => !!e.data('label'))
    .map((e) => {
      const s = e.renderedSourceEndpoint();
      const t = e.renderedTargetEndpoint();
      return { e, s, t, length: Math.hypot(t.x - s.x, t.y - s.y) };
    })
    .sort((a, b) => b.length - a.length);
  for (const { e, s, t, length } of edges) {
    const w = lineWidth(String(e.data('label')), px) + 4;
    const h = px + 4;
    if (length < w + 8) continue;
    const m = e.renderedMidpoint();
    const a = Math.atan2(t.y - s.y, t.x - s.x);
    const hw = (Math.abs(w * Math.cos(a)) + Math.abs(h * Math.sin(a))) / 2;
    const hh = (Math.abs(w * Math.sin(a)) + Math.abs(h * Math.cos(a))) / 2;
    const box = { x1: m.x - hw, y1: m.y - hh, x2: m.x + hw, y2: m.y + hh };
    if (taken.some((o) => meets(o, box))) continue;
    taken.push(box);
    chosen.add(e);
  }
  return chosen;
}

/**
 * Names the edges with room (`.named`, style.ts) after each change of the view (zoom, places, elements,
 * names), while `active` (views with a label budget name no relation but the hovered, selected or path
 * ones). Returns the same for changes it does not hear of (a filter shows or hides nodes).
 */
export function nameRoomyEdges(cy: Core, active: () => boolean): () => void {
  let timer = 0;
  const run = () => {
    if (cy.destroyed()) return;
    const chosen = active() ? roomyEdges(cy) : new Set<EdgeSingular>();
    cy.batch(() => {
      cy.edges('.named').forEach((e) => void (chosen.has(e) || e.removeClass('named')));
      for (const e of chosen) e.addClass('named');
    });
  };
  const later = () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 150);
  };
  cy.on('zoom position add remove data', later);
  return later;
}
