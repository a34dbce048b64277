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
    expect(svg).toContain('<g class="edges" stroke="#c4ccd8" stroke-width="1" marker-end="url(#arrow)" opacity="0.15">');
    expect(count(svg, /class="path-node"/g)).toBe(3);
    expect(count(svg, /class="node"/g)).toBe(3);
    expect(svg).toContain('<polyline class="path" points="0,0 100,50 200,0"');
  });

  it('ends each edge at its target\'s outline with the arrowhead marker, so the direction reads in the file', () => {
    const svg = pictureSvg(data());
    expect(svg).toContain('<marker id="arrow"');
    // a (0,0) → b (100,50), b's radius 11: the line stops 11 units before b's centre
    const m = svg.match(/<line class="edge" data-id="ab" x1="0" y1="0" x2="([\d.]+)" y2="([\d.]+)"/)!;
    expect(Math.hypot(100 - Number(m[1]), 50 - Number(m[2]))).toBeCloseTo(11, 1);
  });

  it('draws group boxes with their text and dashed link from the hub, and "+N" badges', () => {
    const boxes = [
      { id: 'group:a|x', kind: 'group' as const, center: 'a', label: '支撑 · 战略 89', key: 'x', out: true, x: 0, y: 120, w: 120, h: 36, hub: 0 },
      { id: 'more:b', kind: 'more' as const, center: 'b', label: '+7 更多', x: 130, y: 30, w: 50, h: 28, hub: 1 },
    ];
    const svg = pictureSvg(data({ boxes }));
    expect(svg).toContain('>支撑 · 战略 89</text>');
    expect(svg).toContain('>+7 更多</text>');
    expect(count(svg, /<g class="group"/g)).toBe(1);
    expect(count(svg, /<g class="more"/g)).toBe(1);
    expect(svg).toMatch(/<g class="group-links"[^>]*><line x1="0" y1="0" x2="0" y2="120"\/>/);
  });
});
