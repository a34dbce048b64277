// Layouts off the main thread (every fcose run from WORKER_MIN_NODES, canvas.ts): headless Cytoscape +
// fcose in a Web Worker, answering with positions. The tab stays responsive while thousands of nodes settle.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutRequest {
  seq: number;
  /** w × h: the box to keep free, the node and (in views small enough to name every node) its label */
  nodes: Array<{ id: string; w: number; h: number; x?: number; y?: number }>;
  edges: Array<{ id: string; source: string; target: string }>;
  /** nodes that must not move (incremental expansion) */
  fixed: Array<{ nodeId: string; position: { x: number; y: number } }>;
  /** fcose's quality and iterations, the same as the main thread would use for this many nodes */
  quality: 'draft' | 'default';
  numIter: number;
}
export interface LayoutReply {
  seq: number;
  positions: Record<string, { x: number; y: number }>;
  ms: number;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const t = performance.now();
  const { seq, nodes, edges, fixed, quality, numIter } = e.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: n.x === undefined ? undefined : { x: n.x, y: n.y! } })),
      ...edges.map((ed) => ({ group: 'edges' as const, data: ed })),
    ],
  });
  cy.layout({
    name: 'fcose',
    animate: false,
    randomize: fixed.length === 0,
    quality,
    numIter,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    nodeSeparation: 90,
    fixedNodeConstraint: fixed.length ? fixed : undefined,
  } as cytoscape.LayoutOptions).run();
  const positions: LayoutReply['positions'] = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = n.position();
  });
  cy.destroy();
  (self as unknown as Worker).postMessage({ seq, positions, ms: performance.now() - t } satisfies LayoutReply);
};
