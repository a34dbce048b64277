// Placing new elements without a layout (explore.ts placeNew) in a big view: Cytoscape there has no style
// (picture.ts draws), so its boxes say nothing; group boxes are placed by the boxes the picture draws.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { placeNew } from './explore.ts';
import { drawnBox } from './picture-boxes.ts';

type Box = { x1: number; y1: number; x2: number; y2: number };
const meet = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A style-less instance (as canvas.ts builds a big view's) with a hub amid 200 neighbours and 12 unplaced group nodes. */
function bigViewHub() {
  let seed = 11;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const nodes = Array.from({ length: 200 }, (_, i) => {
    const [r, t] = [60 + 340 * Math.sqrt(rand()), 2 * Math.PI * rand()];
    return { group: 'nodes' as const, data: { id: `n${i}`, label: `邻居${i}`, size: 20 + 20 * rand() }, position: { x: r * Math.cos(t), y: r * Math.sin(t) } };
  });
  const edges = nodes.map((n) => ({ group: 'edges' as const, data: { id: `e${n.data.id}`, source: 'hub', target: n.data.id } }));
  const groups = Array.from({ length: 12 }, (_, i) => ({ group: 'nodes' as const, data: { id: `group:hub|k${i}`, center: 'hub', label: `支撑 · 战略 ${10 + i * 7}` }, classes: 'group' }));
  const links = groups.map((g) => ({ group: 'edges' as const, data: { id: `grouplink:${g.data.id}`, source: 'hub', target: g.data.id }, classes: 'group-link' }));
  const cy = cytoscape({ headless: true, styleEnabled: false, elements: [{ group: 'nodes', data: { id: 'hub', label: '市中区', size: 64 }, position: { x: 0, y: 0 } }, ...nodes, ...edges] } as cytoscape.CytoscapeOptions);
  cy.add([...groups, ...links]);
  return { cy, groupIds: groups.map((g) => g.data.id) };
}

describe('placeNew in a big view (no style)', () => {
  it("places a hub's group boxes around it clear of each other and of every node drawn", () => {
    const { cy, groupIds } = bigViewHub();
    expect(placeNew(cy, groupIds)).toBe(true);
    const groups = groupIds.map((id) => drawnBox(cy.getElementById(id) as cytoscape.NodeSingular));
    const entities = cy.nodes().not('.group').map((n) => drawnBox(n as cytoscape.NodeSingular));
    // the picture's box, from the text: wider than tall, not Cytoscape's 3 px square
    for (const g of groups) expect(g.x2 - g.x1).toBeGreaterThan(100);
    for (const [i, a] of groups.entries()) for (const b of groups.slice(i + 1)) expect(meet(a, b)).toBe(false);
    for (const g of groups) for (const e of entities) expect(meet(g, e)).toBe(false);
    // around their hub, not thrown far off
    for (const id of groupIds) expect(Math.hypot(cy.getElementById(id).position().x, cy.getElementById(id).position().y)).toBeLessThan(900);
  });
});
