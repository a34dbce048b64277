// Big views pan as a picture: a drag on the background moves the drawn canvas with a CSS transform (the
// compositor's work, every frame) and hands the whole move to Cytoscape once, on release. Cytoscape's own
// pan redraws the view each frame; at 20k elements one such frame took 0.1–2.6 s here, and its
// snapshot-while-panning (textureOnViewport) costs one full redraw at the start of the drag. Node drags,
// box selection (a modifier key) and wheel zoom stay Cytoscape's.
import type { Core, NodeSingular } from 'cytoscape';

/** Whether a screen point (container pixels) lies on a node: the drag is then Cytoscape's (a node drag). */
function onNode(cy: Core, x: number, y: number): boolean {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const mx = (x - pan.x) / zoom;
  const my = (y - pan.y) / zoom;
  // a few pixels of slack: a grab at a node's edge is meant for the node
  const slack = 4 / zoom;
  let hit = false;
  cy.nodes(':visible').forEach((n) => {
    const p = (n as NodeSingular).position();
    const r = (n as NodeSingular).width() / 2 + slack;
    if (Math.abs(p.x - mx) <= r && Math.abs(p.y - my) <= r) hit = true;
    return !hit;
  });
  return hit;
}

/**
 * While `active()` holds, a plain left drag on the background of `container` pans the picture; returns
 * a function that detaches the listeners.
 */
export function panAsPicture(cy: Core, container: HTMLElement, active: () => boolean): () => void {
  // the element that holds Cytoscape's canvases
  const layer = () => container.querySelector('canvas')?.parentElement ?? null;
  let from: { x: number; y: number } | null = null;
  let by = { x: 0, y: 0 };
  const down = (e: MouseEvent) => {
    if (!active() || e.button !== 0 || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return;
    const box = container.getBoundingClientRect();
    if (onNode(cy, e.clientX - box.left, e.clientY - box.top)) return;
    // Cytoscape never sees this gesture
    e.stopPropagation();
    e.preventDefault();
    from = { x: e.clientX, y: e.clientY };
    by = { x: 0, y: 0 };
    window.addEventListener('mousemove', move, true);
    window.addEventListener('mouseup', up, true);
  };
  const move = (e: MouseEvent) => {
    if (!from) return;
    e.stopPropagation();
    by = { x: e.clientX - from.x, y: e.clientY - from.y };
    const el = layer();
    if (el) el.style.transform = `translate(${by.x}px, ${by.y}px)`;
  };
  const up = (e: MouseEvent) => {
    if (!from) return;
    e.stopPropagation();
    window.removeEventListener('mousemove', move, true);
    window.removeEventListener('mouseup', up, true);
    from = null;
    const el = layer();
    if (!el || !(by.x || by.y)) return;
    // the transform goes in the task that draws the panned view, so no frame shows the move twice or not at all
    cy.one('render', () => (el.style.transform = ''));
    cy.panBy(by);
  };
  container.addEventListener('mousedown', down, true);
  return () => container.removeEventListener('mousedown', down, true);
}
