// The camera of links in the earlier text form (n=…&cam=…), which must keep opening as they were made.
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeCamera } from './camera-url.ts';

/** `cam` as the client wrote it before links were packed: [zoom, panX, panY, x0, y0, …] by the `n` order. */
const legacyCam = (flat: Array<number | null>) => LZString.compressToEncodedURIComponent(JSON.stringify(flat));

describe('camera of an earlier link', () => {
  it('reads positions in the order of the node list, zoom and pan; a node without a place gets none', () => {
    expect(decodeCamera(legacyCam([1.25, -40, 310, 10, -20, null, null, 300, 5]), ['a', 'b', 'c'])).toEqual({
      zoom: 1.25,
      pan: { x: -40, y: 310 },
      positions: { a: { x: 10, y: -20 }, c: { x: 300, y: 5 } },
    });
  });

  it('answers null for a missing or damaged parameter, rather than a broken view', () => {
    expect(decodeCamera(null, ['a'])).toBeNull();
    expect(decodeCamera('not-lz', ['a'])).toBeNull();
    expect(decodeCamera(legacyCam([0, 0, 0, 1, 1]), ['a'])).toBeNull();
  });
});
