// What a big view's picture (picture.ts) draws from: the nodes and edges as typed arrays (places, sizes, ends
// by index) and the marks over them as flags, in one state object that the drawing (picture-draw.ts), the
// names (picture-labels.ts), the boxes (picture-boxes.ts), the hit grid (hit.ts) and the SVG
// (picture-svg.ts) read. Arrays rather than Cytoscape's elements: a frame of 20,000 elements walks them in
// tens of milliseconds, where Cytoscape's per-element style and bounding-box look-ups took seconds.

export interface PictureNode {
  id: string;
  x: number;
  y: number;
  color: string;
  shape: string;
  size: number;
}

export interface PictureEdge {
  id?: string;
  source: string;
  target: string;
}

/**
 * A hub's group node ("支撑 · 战略 89") or a "+N 更多" badge: drawn as a box with its text over the nodes.
 * Its place is Cytoscape's (explore.ts places groups, badge.ts badges), read when drawn: there are tens.
 */
export interface PictureBox {
  id: string;
  kind: 'group' | 'more';
  /** the hub it belongs to (the group's link starts there; a filtered hub hides it) */
  center: string;
  label: string;
  /** a group's key (its next page is asked by it) */
  key?: string;
  /** a group's facts point from the hub to it (its dashed link's arrow at the box) */
  out?: boolean;
}

export interface Decoration {
  filtered: Set<string>;
  /** the store's one selected element: a node or an edge */
  selected: string | null;
  path: string[];
}

/** A name to draw: the node's index and its text. */
export interface Named {
  i: number;
  text: string;
}

export interface PictureState {
  ids: string[];
  index: Map<string, number>;
  xs: Float64Array;
  ys: Float64Array;
  sizes: Float32Array;
  colors: string[];
  shapes: string[];
  edgeIds: string[];
  edgeIndex: Map<string, number>;
  /** the ends of edge k at 2k and 2k+1 (node indices, -1 for an end not in the view) */
  edgeEnds: Int32Array;
  boxes: PictureBox[];
  /** 1 for a node the filters hide */
  hidden: Uint8Array;
  /** Cytoscape's selection (box, shift-click, the store's one) and pinned nodes, by node index */
  selected: Uint8Array;
  pinned: Uint8Array;
  /** while a drag lasts: the nodes it moves */
  lifted: Uint8Array | null;
  deco: Decoration;
  /** the label budget's names (labels.ts) */
  named: Named[];
}

export function emptyState(): PictureState {
  return {
    ...arraysOf([], []),
    boxes: [],
    hidden: new Uint8Array(0),
    selected: new Uint8Array(0),
    pinned: new Uint8Array(0),
    lifted: null,
    deco: { filtered: new Set(), selected: null, path: [] },
    named: [],
  };
}

/** The view's nodes and edges as arrays; an edge whose end is not among the nodes gets -1 there. */
export function arraysOf(nodes: PictureNode[], edges: PictureEdge[]) {
  const ids = nodes.map((n) => n.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const edgeIds = edges.map((e, k) => e.id ?? `#${k}`);
  const edgeIndex = new Map<string, number>();
  edgeIds.forEach((id, k) => edgeIndex.set(id, k));
  const edgeEnds = new Int32Array(edges.length * 2);
  edges.forEach((e, k) => {
    edgeEnds[2 * k] = index.get(e.source) ?? -1;
    edgeEnds[2 * k + 1] = index.get(e.target) ?? -1;
  });
  // plain loops: TypedArray.from with a mapping function walks an iterator (8,000 nodes: 3–8 ms against ~1 in node here)
  const xs = new Float64Array(nodes.length);
  const ys = new Float64Array(nodes.length);
  const sizes = new Float32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) (xs[i] = nodes[i].x), (ys[i] = nodes[i].y), (sizes[i] = nodes[i].size);
  return {
    ids,
    index,
    xs,
    ys,
    sizes,
    colors: nodes.map((n) => n.color),
    shapes: nodes.map((n) => n.shape),
    edgeIds,
    edgeIndex,
    edgeEnds,
  };
}

/** Whether edge k is drawn: both ends in the view and shown. */
export function edgeShown(s: Pick<PictureState, 'edgeEnds' | 'hidden'>, k: number): boolean {
  const a = s.edgeEnds[2 * k];
  const b = s.edgeEnds[2 * k + 1];
  return a >= 0 && b >= 0 && !s.hidden[a] && !s.hidden[b];
}

/** The bounds of the nodes shown, in model units, grown by `padding`; `extra` boxes (groups, badges) count too. */
export function boundsOf(s: PictureState, padding: number, extra: Array<{ x1: number; y1: number; x2: number; y2: number }> = []) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < s.ids.length; i++) {
    if (s.hidden[i]) continue;
    const r = s.sizes[i] / 2;
    x1 = Math.min(x1, s.xs[i] - r);
    y1 = Math.min(y1, s.ys[i] - r);
    x2 = Math.max(x2, s.xs[i] + r);
    y2 = Math.max(y2, s.ys[i] + r);
  }
  for (const b of extra) (x1 = Math.min(x1, b.x1)), (y1 = Math.min(y1, b.y1)), (x2 = Math.max(x2, b.x2)), (y2 = Math.max(y2, b.y2));
  if (x1 > x2) return { x: 0, y: 0, w: 1, h: 1 };
  return { x: x1 - padding, y: y1 - padding, w: x2 - x1 + 2 * padding, h: y2 - y1 + 2 * padding };
}
