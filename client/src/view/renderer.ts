// The renderer's interface: what the rest of the client may ask of the canvas. The implementation
// (Cytoscape, canvas or WebGL) is view/canvas.ts; nothing outside view/ imports cytoscape.
import type { GraphEdge, GraphNode, GroupView, LayoutName } from '../types.ts';

export interface CanvasModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** centre id → count of neighbours not loaded */
  more: Record<string, number>;
  /** ids hidden by the filters (type, relationship, time, article) */
  filtered: Set<string>;
  label: (n: GraphNode) => string;
  selected: string | null;
  path: string[];
  /** centre id → its groups of neighbours not drawn yet (drawn as group nodes linked to the centre) */
  groups: Record<string, GroupView[]>;
  /** nodes the layouts leave where they are */
  pinned: string[];
}

/** What a right-click (or long press) landed on. */
export type MenuTarget =
  | { kind: 'node'; id: string }
  | { kind: 'group'; center: string; key: string }
  | { kind: 'canvas' };

/** Node positions (model coordinates, rounded) and the viewport: what a link needs to restore a view exactly. */
export interface Camera {
  positions: Record<string, { x: number; y: number }>;
  zoom: number;
  pan: { x: number; y: number };
}

export interface CanvasHandlers {
  select(id: string | null, kind: 'node' | 'edge' | null): void;
  expand(id: string): void;
  more(id: string): void;
  /** a group node was clicked: its next page */
  group(center: string, key: string): void;
  /** right-click: `at` in page pixels */
  menu(target: MenuTarget, at: { x: number; y: number }): void;
  /** the user moved the camera or dragged nodes (the URL follows) */
  moved(): void;
  /** the set of selected elements changed (box or shift selection included) */
  selectionChanged?(): void;
}

export interface Canvas {
  readonly renderer: 'canvas' | 'webgl';
  /** Brings the canvas to the model; `moved` nodes (new ones) are laid out around the fixed rest. */
  render(model: CanvasModel, moved: string[], layout: LayoutName): void;
  runLayout(name: LayoutName): void;
  focus(id: string): void;
  fit(): void;
  /** the container changed size (console opened or closed) */
  resize(): void;
  selection(): { nodes: string[]; edges: string[] };
  visible(): { nodes: string[]; edges: string[] };
  png(): Promise<Blob>;
  svg(): string;
  /** adds these nodes to the selection (select neighbours) */
  selectMany(ids: string[]): void;
  /** ids of the nodes linked to `id` on the canvas */
  neighbours(id: string): string[];
  /** positions and viewport now; `restore` puts them back (a reload, undo/redo, a scene) */
  camera(): Camera;
  restore(camera: Partial<Camera>): void;
  /** for tests and the console: counts and the renderer in use */
  stats(): { nodes: number; edges: number; renderer: string };
}
