// The camera of links in the earlier text form (`n=…&cam=…`): the node positions in the order of the
// `n` list, rounded, with zoom and pan, as JSON compressed by lz-string. Links are packed now (packed.ts,
// `v=`); this reads the ones made before, so a shared link keeps opening where it was.
import LZString from 'lz-string';
import type { Camera } from '../view/renderer.ts';

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
