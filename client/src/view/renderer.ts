// The renderer's interface: what the rest of the client may ask of the canvas. The implementation
// (Cytoscape, canvas or WebGL) is view/canvas.ts; nothing outside view/ imports cytoscape.
import type { GraphEdge, GraphNode, LayoutName } from '../types.ts';

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
}

export interface CanvasHandlers {
  select(id: string | null, kind: 'node' | 'edge' | null): void;
  expand(id: string): void;
  more(id: string): void;
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
  /** for tests and the console: counts and the renderer in use */
  stats(): { nodes: number; edges: number; renderer: string };
}
