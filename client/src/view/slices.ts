// Big changes to the canvas (a 20k view arriving, the layout worker's positions for 8,000 nodes) spread
// over short tasks and drawn once. Cytoscape skips its frames while a batch is open, so a batch held
// between the tasks keeps it from redrawing the growing view after each slice (a full redraw of a 20k
// view takes seconds on a loaded 2-core machine); each slice's styles, edge geometry and bounding boxes
// are computed in its own task, so the one frame at the end only draws.
import type { CollectionReturnValue, Core } from 'cytoscape';

/** A task stops taking slices after this long: the tab answers input between tasks. */
export const SLICE_MS = 50;
/**
 * Items per slice: one slice of 400 nodes took 350 ms at load 21 here (their styles); 100 edges at a hub took
 * 300 ms at load 25 (Cytoscape looks for parallel edges among the hub's); 50 stay near SLICE_MS.
 */
const SLICE = 50;

/** Cytoscape's renderer, for the one internal call that computes what its next frame would (styles, edge points). */
type WithRenderer = Core & { renderer(): { flushRenderedStyleQueue?(): void } | null; headless(): boolean };

/**
 * Computes now, in this task, the styles and geometry Cytoscape's next frame would (its renderer's pending
 * style queue: labels' wrapped text, edge points), so the frame itself only draws. Not in Cytoscape's
 * typings; nothing where the instance has no renderer (big views, picture.ts).
 */
export function flushStyles(cy: Core): void {
  (cy as WithRenderer).renderer()?.flushRenderedStyleQueue?.();
}

/**
 * Applies `items` slice by slice (`apply` returns the elements it added or moved) from the next task on,
 * each task for at most SLICE_MS, with drawing held until the last; then `done`, in a task of its own. Returns a function that stops it (the
 * drawing resumes). Stops by itself when the instance is destroyed.
 */
export function inSlices<T>(cy: Core, items: T[], apply: (slice: T[]) => CollectionReturnValue, done: () => void): () => void {
  let at = 0;
  let held = false;
  let timer = 0;
  const release = () => {
    if (held && !cy.destroyed()) cy.endBatch();
    held = false;
  };
  const step = () => {
    release();
    if (cy.destroyed()) return;
    const start = performance.now();
    while (at < items.length && performance.now() - start < SLICE_MS) {
      const touched = apply(items.slice(at, (at += SLICE)));
      // an instance without a renderer (big views, picture.ts) draws nothing: nothing to compute ahead
      if ((cy as WithRenderer).headless()) continue;
      // styles and edge geometry now, in this task, rather than all of them in the next frame's
      flushStyles(cy);
      // and each element's bounding box (cached until it moves), which the frame reads for every element
      touched.forEach((e) => void e.boundingBox());
    }
    // drawing held until the next task: the next slice's, or what follows the last one, in a task of its own
    // too (decorating, asking for a layout, names: as long again as a slice here); a frame between them drew a
    // 1k view under its preview (~110 ms) before the preview's own hold
    cy.startBatch();
    held = true;
    timer = setTimeout(at < items.length ? step : () => (release(), done())) as unknown as number;
  };
  // in a task of its own: the caller's task (building the elements, the view's set-up) is long enough
  timer = setTimeout(step) as unknown as number;
  return () => {
    clearTimeout(timer);
    release();
  };
}
