// Positions and viewport in a link, compact: the node positions in the order of the view's `n` list,
// rounded, with zoom and pan, as JSON compressed by lz-string into one URL-safe parameter (`cam`).
// Kept out of the undo history (moving the camera is not a step), so it has its own codec here.
import LZString from 'lz-string';
import type { Camera } from '../view/renderer.ts';

/** `cam` for a view whose nodes are `nodes`: [zoom, panX, panY, x0, y0, x1, y1 …], null pairs for nodes without a place. */
export function encodeCamera(c: Camera, nodes: string[]): string {
  const flat: Array<number | null> = [c.zoom, c.pan.x, c.pan.y];
  for (const id of nodes) {
    const p = c.positions[id];
    flat.push(p ? p.x : null, p ? p.y : null);
  }
  return LZString.compressToEncodedURIComponent(JSON.stringify(flat));
}

/** The camera a link carries, or null when it carries none or a damaged one (the view is laid out instead). */
export function decodeCamera(cam: string | null, nodes: string[]): Camera | null {
  if (!cam) return null;
  let flat: unknown;
  try {
    flat = JSON.parse(LZString.decompressFromEncodedURIComponent(cam) ?? '');
  } catch {
    return null;
  }
  if (!Array.isArray(flat) || flat.length < 3 || !flat.slice(0, 3).every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  const [zoom, x, y] = flat as number[];
  if (zoom <= 0) return null;
  const positions: Camera['positions'] = {};
  nodes.forEach((id, i) => {
    const px = flat[3 + 2 * i];
    const py = flat[4 + 2 * i];
    if (typeof px === 'number' && typeof py === 'number' && Number.isFinite(px) && Number.isFinite(py)) positions[id] = { x: px, y: py };
  });
  return { zoom, pan: { x, y }, positions };
}
