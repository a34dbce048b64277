// The SVG of a big view: vector elements from the picture's arrays, one per node and edge shown.
import { describe, expect, it } from 'vitest';
import { pictureSvg, shownCount, type PictureData } from './picture-svg.ts';

const data = (over: Partial<PictureData> = {}): PictureData => ({
  ids: ['a', 'b', 'c', 'd'],
  xs: [0, 100, 200, 300],
  ys: [0, 50, 0, 50],
  sizes: [30, 22, 40, 22],
  colors: ['#dc2626', '#16a34a', '#db2777', '#9333ea'],
  shapes: ['star', 'hexagon', 'round-tag', 'ellipse'],
  hidden: [0, 0, 0, 1],
  edgeIds: ['ab', 'bc', 'cd'],
  edgeEnds: [0, 1, 1, 2, 2, 3],
  bounds: { x: -39, y: -39, w: 378, h: 128 },
  names: [{ id: 'a', text: '战略<一>' }, { id: 'd', text: '隐藏' }],
  labelSize: 12,
  selected: ['b'],
  pinned: [],
  path: [],
  selectedEdge: 'bc',
  ...over,
});

const count = (svg: string, what: RegExp) => svg.match(what)?.length ?? 0;

describe('pictureSvg', () => {
  it('writes one element per node and edge shown, in their shapes, and leaves hidden ones (and their edges) out', () => {
    const svg = pictureSvg(data());
    expect(count(svg, /class="node"/g)).toBe(3);
    expect(count(svg, /class="edge"/g)).toBe(2);
    expect(svg).toContain('data-shape="star"');
    expect(svg).toContain('data-shape="hexagon"');
    expect(svg).toContain('data-shape="round-tag"');
    expect(svg).not.toContain('data-id="d"');
    expect(svg).not.toContain('<image');
    expect(shownCount(data())).toBe(5);
  });

  it('names the budget’s nodes (escaped), marks the selection and the selected edge', () => {
    const svg = pictureSvg(data());
    expect(svg).toContain('>战略&lt;一&gt;</text>');
    expect(svg).not.toContain('隐藏');
    expect(svg).toContain('class="selected-edge"');
    expect(svg).toContain('stroke="#111827"');
    expect(svg).toMatch(/viewBox="-39 -39 378 128"/);
  });

  it('a path fades the rest and draws its nodes again at full strength, with no second "node" element', () => {
    const svg = pictureSvg(data({ path: ['a', 'b', 'c'], selectedEdge: null }));
    expect(svg).toContain('<g class="edges" stroke="#c4ccd8" stroke-width="1" opacity="0.15">');
    expect(count(svg, /class="path-node"/g)).toBe(3);
    expect(count(svg, /class="node"/g)).toBe(3);
    expect(svg).toContain('<polyline class="path" points="0,0 100,50 200,0"');
  });
});
