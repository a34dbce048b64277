import { describe, expect, it } from 'vitest';
import { decodeCamera, encodeCamera } from './camera-url.ts';

describe('camera ⇄ URL', () => {
  const cam = { zoom: 1.25, pan: { x: -40, y: 310 }, positions: { a: { x: 10, y: -20 }, c: { x: 300, y: 5 } } };

  it('round-trips positions (in the order of the node list), zoom and pan', () => {
    expect(decodeCamera(encodeCamera(cam, ['a', 'b', 'c']), ['a', 'b', 'c'])).toEqual(cam);
  });

  it('is compact: 400 positioned nodes fit in about 2 KB', () => {
    const nodes = Array.from({ length: 400 }, (_, i) => `e-${i}`);
    const positions = Object.fromEntries(nodes.map((id, i) => [id, { x: (i * 37) % 1500, y: (i * 91) % 900 }]));
    expect(encodeCamera({ zoom: 0.8, pan: { x: 0, y: 0 }, positions }, nodes).length).toBeLessThan(2600);
  });

  it('answers null for a missing or damaged parameter, rather than a broken view', () => {
    expect(decodeCamera(null, ['a'])).toBeNull();
    expect(decodeCamera('not-lz', ['a'])).toBeNull();
    expect(decodeCamera(encodeCamera({ ...cam, zoom: 0 }, ['a']), ['a'])).toBeNull();
  });
});
