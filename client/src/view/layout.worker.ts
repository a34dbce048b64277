// Big-view layouts off the main thread: headless Cytoscape + fcose in a Web Worker, answering with
// positions. The tab stays responsive while thousands of nodes settle.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutRequest {
  seq: number;
  nodes: Array<{ id: string; size: number; x?: number; y?: number }>;
  edges: Array<{ id: string; source: string; target: string }>;
  /** nodes that must not move (incremental expansion) */
  fixed: Array<{ nodeId: string; position: { x: number; y: number } }>;
  numIter: number;
}
export interface LayoutReply {
  seq: number;
  positions: Record<string, { x: number; y: number }>;
  ms: number;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const t = performance.now();
  const { seq, nodes, edges, fixed, numIter } = e.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: n.x === undefined ? undefined : { x: n.x, y: n.y! } })),
      ...edges.map((ed) => ({ group: 'edges' as const, data: ed })),
    ],
  });
  cy.layout({
    name: 'fcose',
    animate: false,
    randomize: fixed.length === 0,
    quality: nodes.length > 3000 ? 'draft' : 'default',
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
