// The canvas's exploring parts, beside the rendering in canvas.ts: a hub's group nodes ("支撑 · 战略 89")
// and their links, pinned nodes, the right-click menu's targets, selecting neighbours, and the camera
// (positions + viewport) a link or an undo restores without laying anything out again.
import type cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import { relName, TYPE_STYLES } from '../theme.ts';
import { groupKey, type GroupView } from '../types.ts';
import { labelBoxes, type LabelBox } from './declutter.ts';
import { drawnBox } from './picture-boxes.ts';
import type { Camera, CanvasHandlers, CanvasModel } from './renderer.ts';

export const GROUP = 'group:';
const LINK = 'grouplink:';

/** The canvas id of a hub's group node. */
export const groupNodeId = (center: string, key: string) => `${GROUP}${center}|${key}`;

/** "支撑 · 战略 89": the relation, the neighbours' type, how many are not drawn yet. */
export function groupLabel(g: GroupView): string {
  const rel = relName(g.type);
  const type = TYPE_STYLES[g.label]?.name ?? g.label;
  return g.direction === 'out' ? `${rel} · ${type} ${g.left}` : `${type} ${g.left} · ${rel}`;
}

/** Group nodes and the dashed links from their hub, pointing the way the facts point. */
export function groupElements(model: Pick<CanvasModel, 'groups'>): ElementDefinition[] {
  return Object.entries(model.groups).flatMap(([center, groups]) =>
    groups.flatMap((g): ElementDefinition[] => {
      const key = groupKey(g);
      const id = groupNodeId(center, key);
      return [
        // back where it was when the canvas knows the spot (undo/redo, a link, a scene): placing would move it
        { group: 'nodes', position: recall(id), data: { id, center, key, label: groupLabel(g), left: g.left }, classes: 'group', selectable: false },
        { group: 'edges', data: { id: `${LINK}${center}|${key}`, source: g.direction === 'out' ? center : id, target: g.direction === 'out' ? id : center }, classes: 'group-link', selectable: false },
      ];
    }),
  );
}

/** Styles of the exploring parts, laid over the renderer's stylesheet. */
export const EXPLORE_STYLES: StylesheetJson = [
  {
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      'background-color': '#f8fafc',
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': '#64748b',
      width: 'data(bw)',
      height: 24,
      padding: '6px',
      label: 'data(label)',
      color: '#0f172a',
      'font-size': 12,
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 0,
      'text-background-opacity': 0,
      'min-zoomed-font-size': 0,
      'text-wrap': 'none',
    },
  },
  { selector: 'node.group.hover', style: { 'border-color': '#111827', 'border-style': 'solid' } },
  { selector: 'edge.group-link', style: { 'line-style': 'dashed', 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', width: 1, label: '' } },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#0284c7', 'border-style': 'double' } },
];

/** Whether an element belongs to the entities (not a badge, a group node or a group link). */
export const isEntity = (e: { hasClass(c: string): boolean }) => !e.hasClass('more') && !e.hasClass('group') && !e.hasClass('group-link');

/** Right-click on a node, a group or the background opens the menu; the browser's own menu stays shut. */
export function attachMenu(cy: Core, container: HTMLElement, on: CanvasHandlers): void {
  cy.on('cxttap', (e) => {
    const ev = e.originalEvent as MouseEvent | undefined;
    const box = container.getBoundingClientRect();
    const at = ev ? { x: ev.clientX, y: ev.clientY } : { x: box.left + e.renderedPosition.x, y: box.top + e.renderedPosition.y };
    const t = e.target;
    if (t === cy) return on.menu({ kind: 'canvas' }, at);
    if (!t.isNode()) return;
    if (t.hasClass('group')) return on.menu({ kind: 'group', center: String(t.data('center')), key: String(t.data('key')) }, at);
    if (!t.hasClass('more')) on.menu({ kind: 'node', id: t.id() }, at);
  });
  container.addEventListener('contextmenu', (e) => e.preventDefault());
  // dragging a node or moving the camera changes what a link restores
  let timer = 0;
  const moved = () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => on.moved(), 250);
  };
  cy.on('dragfree', 'node', moved);
  cy.on('viewport', moved);
}

/** Pinned nodes get their class; layouts read it (canvas.ts keeps them fixed). */
export function markPinned(cy: Core, pinned: string[]): void {
  const set = new Set(pinned);
  cy.batch(() => {
    cy.nodes('.pinned').filter((n) => !set.has(n.id())).removeClass('pinned');
    for (const id of set) cy.getElementById(id).addClass('pinned');
  });
}

const round = (v: number) => Math.round(v);

/** Entities and group boxes (a "+N" badge follows its node: badge.ts places it from what is drawn). */
export function cameraOf(cy: Core): Camera {
  const positions: Camera['positions'] = {};
  cy.nodes().forEach((n) => {
    if (n.hasClass('more')) return;
    const p = n.position();
    positions[n.id()] = { x: round(p.x), y: round(p.y) };
  });
  const pan = cy.pan();
  // zoom to 1/10,000: 1/1,000 moved a node 2,000 model pixels from the origin by a screen pixel
  return { positions, zoom: +cy.zoom().toFixed(4), pan: { x: round(pan.x), y: round(pan.y) } };
}

export function restoreCamera(cy: Core, c: Partial<Camera>): void {
  remember(c.positions ?? {});
  cy.batch(() => {
    for (const [id, p] of Object.entries(c.positions ?? {})) {
      const n = cy.getElementById(id);
      if (n.nonempty()) (n as NodeSingular).position(p);
    }
  });
  if (c.zoom !== undefined && c.pan) {
    // a fit the drawing just started (group nodes placed out of view animate one) must not end elsewhere
    cy.stop(true, false);
    cy.viewport({ zoom: c.zoom, pan: c.pan });
  }
}

/**
 * Where focusing a node looks: centred on it, close up (zoom 1.1 at least) — but a hub drawn with groups
 * wholly, its group boxes included (they ring its new nodes): zoomed in on it they lay off screen.
 */
export function focusViewport(cy: Core, n: NodeSingular): { zoom: number; pan: Position } {
  const p = n.position();
  const groups = cy.nodes('.group').filter((g) => g.data('center') === n.id());
  let zoom = Math.max(cy.zoom(), 1.1);
  if (groups.nonempty()) {
    // as drawn: a big view's Cytoscape boxes are meaningless (picture-boxes.ts drawnBox)
    const boxes = groups.union(n).map((m) => drawnBox(m as NodeSingular));
    const bb = { x1: Math.min(...boxes.map((b) => b.x1)), y1: Math.min(...boxes.map((b) => b.y1)), x2: Math.max(...boxes.map((b) => b.x2)), y2: Math.max(...boxes.map((b) => b.y2)) };
    const halfW = Math.max(p.x - bb.x1, bb.x2 - p.x) + 20;
    const halfH = Math.max(p.y - bb.y1, bb.y2 - p.y) + 20;
    zoom = Math.max(cy.minZoom(), Math.min(1.1, cy.width() / (2 * halfW), cy.height() / (2 * halfH)));
  }
  return { zoom, pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom } };
}

/** The neighbours of a node among the entities drawn (not its group nodes). */
export const neighboursOf = (cy: Core, id: string): string[] =>
  cy
    .getElementById(id)
    .neighborhood('node')
    .filter((n) => isEntity(n))
    .map((n) => n.id());

/** Adds nodes to the selection (Cytoscape's own, so the export's "selection" sees them). */
export function selectMany(cy: Core, ids: string[]): void {
  cy.batch(() => {
    for (const id of ids) cy.getElementById(id).select();
  });
}

// ---- placing new nodes --------------------------------------------------------------------------------
type Position = { x: number; y: number };

/** Where every node was last seen: undo/redo and a restored link put nodes back there, never re-laid out. */
const memory = new Map<string, Position>();

/** Remembers positions as nodes and group boxes leave the canvas (undo, hide, collapse), so they come back to the same spot. */
export function rememberPositions(cy: Core): void {
  cy.on('remove', 'node', (e) => {
    const n = e.target as NodeSingular;
    if (!n.hasClass('more')) memory.set(n.id(), { ...n.position() });
  });
}

export function remember(positions: Record<string, Position>): void {
  for (const [id, p] of Object.entries(positions)) memory.set(id, p);
}

/** Free space kept around a placed node, in model pixels. */
const PAD = 6;
const meets = (a: LabelBox, b: LabelBox) =>
  a.x - a.l < b.x + b.r + PAD && b.x - b.l < a.x + a.r + PAD && a.y - a.t < b.y + b.b + PAD && b.y - b.t < a.y + a.b + PAD;

/** Cell size of the grid the obstacles are kept in, in model pixels (a node with its name is ~30-130 wide). */
const CELL = 128;

/**
 * The boxes placing must keep clear of, filed by grid cell: a big view holds thousands, and a slot tried
 * against each of them cost 0.3 s for a hub's groups among 2,200 nodes here (a long task); against the few
 * in its cells it costs a few ms.
 */
function obstacles(boxes: LabelBox[]) {
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox, f: (key: string) => boolean | void) => {
    for (let i = Math.floor((b.x - b.l - PAD) / CELL); i <= Math.floor((b.x + b.r + PAD) / CELL); i++)
      for (let j = Math.floor((b.y - b.t - PAD) / CELL); j <= Math.floor((b.y + b.b + PAD) / CELL); j++) if (f(`${i},${j}`)) return;
  };
  const add = (b: LabelBox) => cells(b, (k) => void (grid.get(k) ?? grid.set(k, []).get(k)!).push(b));
  boxes.forEach(add);
  return {
    all: boxes,
    add: (b: LabelBox) => (boxes.push(b), add(b)),
    taken: (b: LabelBox) => {
      let hit = false;
      cells(b, (k) => (hit = grid.get(k)?.some((o) => meets(o, b)) ?? false));
      return hit;
    },
  };
}

/**
 * Places new nodes and group nodes without a layout: back where they were if the canvas remembers them,
 * otherwise on rings around the node they hang on (the expanded hub, a path's neighbour), in the first
 * slots clear of every node, group box and badge (each measured as drawn, picture-boxes.ts drawnBox: in a
 * small view with its name, a wrapped CJK name three lines tall; in a big view the picture's box), fanning out on the side away from the rest of the graph. A
 * remembered spot taken since goes to the nearest free one. Nothing already drawn moves.
 * Returns false when there is nothing placed to hang them on (a whole new view: the layout's job).
 */
export function placeNew(cy: Core, ids: string[]): boolean {
  const pending = new Set(ids.filter((id) => cy.getElementById(id).nonempty()));
  const fresh = () => [...pending].map((id) => cy.getElementById(id) as unknown as NodeSingular);
  const remembered = fresh().filter((n) => memory.has(n.id()));
  const placedBefore = cy.nodes().filter((n) => !pending.has(n.id()) && !n.hasClass('more'));
  if (placedBefore.empty() && remembered.length < pending.size) return false;
  // the obstacles: everything drawn (badges too: a "+N" must not cover a name); filtered nodes are not drawn
  const placed = obstacles(labelBoxes(cy.nodes().filter((n) => !pending.has(n.id()) && !n.hasClass('filtered'))).map((b) => ({ ...b, fixed: true })));
  const boxes = placed.all;
  const extent = new Map(labelBoxes(cy.nodes().filter((n) => pending.has(n.id()))).map((b) => [b.id, b]));
  cy.batch(() => {
    // back where it was; a spot taken since (a hidden node's, by a later expansion) gives the nearest free one
    for (const n of remembered) place(n, slotNear(memory.get(n.id())!, 0, n.id(), 0));
    const entities = boxes.filter((b) => !b.id.startsWith(GROUP) && !b.id.startsWith('more:'));
    const centroid = entities.length ? { x: entities.reduce((s, b) => s + b.x, 0) / entities.length, y: entities.reduce((s, b) => s + b.y, 0) / entities.length } : { x: 0, y: 0 };
    // hang each node on a placed neighbour; a chain (a path's middle) is placed link by link
    let guard = pending.size + 1;
    while (pending.size && guard-- > 0) {
      const byAnchor = new Map<string, NodeSingular[]>();
      for (const n of fresh()) {
        const near = n.neighborhood('node').filter((m) => !pending.has(m.id()) && !m.hasClass('more')) as cytoscape.NodeCollection;
        const anchor = near.nonempty() ? (near.max((m) => (m as NodeSingular).degree(false)).ele as NodeSingular) : undefined;
        if (anchor) (byAnchor.get(anchor.id()) ?? byAnchor.set(anchor.id(), []).get(anchor.id())!).push(n);
      }
      if (!byAnchor.size) {
        // nothing links them to the canvas: beside it, on the right
        const right = Math.max(...boxes.map((b) => b.x + b.r), 0) + 120;
        for (const [i, n] of fresh().entries()) place(n, slotNear({ x: right + (i % 5) * 110, y: centroid.y + Math.floor(i / 5) * 70 }, 0, n.id(), 0));
        break;
      }
      for (const [anchorId, nodes] of byAnchor) {
        const a = (cy.getElementById(anchorId) as unknown as NodeSingular).position();
        // fan out away from the rest of the graph
        const away = Math.atan2(a.y - centroid.y, a.x - centroid.x) || 0;
        // the entities first (nearest the hub), its group boxes on the rings beyond them
        nodes.sort((x, y) => Number(x.hasClass('group')) - Number(y.hasClass('group')));
        for (const n of nodes) place(n, slotNear(a, away, n.id()));
      }
    }
    function place(n: NodeSingular, p: Position) {
      n.position(p);
      placed.add({ ...(extent.get(n.id()) ?? { id: n.id(), l: 12, r: 12, t: 12, b: 12 }), x: p.x, y: p.y, fixed: true });
      pending.delete(n.id());
    }
    /** The first free slot on rings around `a` from radius `from` (0: `a` itself first). */
    function slotNear(a: Position, away: number, id: string, from = 110): Position {
      const size = extent.get(id) ?? { l: 12, r: 12, t: 12, b: 12 };
      if (from === 0 && !placed.taken({ id, ...size, ...a, fixed: false })) return a;
      for (let r = from || 40; r < 5000; r += from ? 70 : 40) {
        const slots = Math.max(8, Math.floor((2 * Math.PI * r) / 70));
        for (let k = 0; k < slots; k++) {
          // 0, +1, -1, +2, -2 … slots from the direction away from the graph
          const step = k % 2 ? (k + 1) / 2 : -k / 2;
          const t = away + (step * 2 * Math.PI) / slots;
          const p = { x: a.x + r * Math.cos(t), y: a.y + r * Math.sin(t) };
          if (!placed.taken({ id, ...size, ...p, fixed: false })) return p;
        }
      }
      return { x: a.x + 5000, y: a.y };
    }
  });
  return true;
}

/** Where the canvas last saw a node (undefined if never, or never removed): new elements start there. */
export const recall = (id: string): Position | undefined => memory.get(id);

/**
 * 层级 (dagre) ranks a hub's children in one row: 300 of them make a line the fit shows at zoom 0.3
 * with no names. Ranks wider than the widest rank's block (shaped like the canvas) wrap onto several
 * rows (in their order), the ranks below move down to make room, and the view fits the result.
 */
export function wrapRanks(cy: Core, nodes: cytoscape.NodeCollection, padding = 40): void {
  const ranks = new Map<number, NodeSingular[]>();
  nodes.forEach((node) => {
    const y = Math.round(node.position().y);
    (ranks.get(y) ?? ranks.set(y, []).get(y)!).push(node);
  });
  const ROW = 64;
  const allXs = nodes.map((node) => node.position().x);
  const cx = (Math.min(...allXs) + Math.max(...allXs)) / 2;
  const oldWidth = Math.max(1, Math.max(...allXs) - Math.min(...allXs));
  // nodes per row: the one whose result the canvas fits at the largest zoom (rows 120 apart, ROW tall).
  // A fixed ~1.6·√n made the start view 1,300 units wide, fitted at zoom 0.53 where 12 px names are unreadable.
  const ys = [...ranks.keys()];
  const span = Math.max(...ys) - Math.min(...ys) + ROW;
  const sizes = [...ranks.values()].map((r) => r.length);
  const fitZoom = (p: number) =>
    Math.min((cy.width() - 2 * padding) / Math.min(oldWidth + 120, p * 120 + 60), (cy.height() - 2 * padding) / (span + sizes.reduce((h, k) => h + (Math.ceil(k / p) - 1) * ROW, 0)));
  const widest = Math.max(...sizes);
  let perRow = widest;
  for (let p = widest - 1; p >= 4; p--) if (fitZoom(p) > fitZoom(perRow) + 0.01) perRow = p;
  const newWidth = Math.min(oldWidth, perRow * 120);
  // the narrow ranks come closer too (they were spread out under the wide one), keeping 70 apart
  const squeeze = (x: number) => cx + ((x - cx) * newWidth) / oldWidth;
  let shift = 0;
  cy.batch(() => {
    for (const y of [...ranks.keys()].sort((a, b) => a - b)) {
      const row = ranks.get(y)!.sort((a, b) => a.position().x - b.position().x);
      if (row.length <= perRow) {
        let last = -Infinity;
        for (const node of row) {
          const x = Math.max(squeeze(node.position().x), last + 70);
          node.position({ x, y: y + shift });
          last = x;
        }
        continue;
      }
      const gap = Math.max(70, Math.min(120, newWidth / perRow));
      const lines = Math.ceil(row.length / perRow);
      row.forEach((node, i) => {
        const line = Math.floor(i / perRow);
        const inLine = Math.min(perRow, row.length - line * perRow);
        const col = i - line * perRow;
        // every other line shifted by half a gap: names of neighbouring lines do not stack
        node.position({ x: cx + (col - (inLine - 1) / 2) * gap + (line % 2 ? gap / 2 : 0), y: y + shift + line * ROW });
      });
      shift += (lines - 1) * ROW;
    }
  });
  cy.fit(nodes, padding);
}
