// A big change applied in slices: every item arrives, no frame can be drawn between the slices (Cytoscape
// skips frames while a batch is open), and stopping it leaves the instance drawable.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { inSlices } from './slices.ts';

/** Cytoscape's own flag (its types leave it out): a batch is open, so no frame is drawn. */
const batching = (cy: cytoscape.Core) => (cy as cytoscape.Core & { batching(): boolean }).batching();
const nodes = (n: number) => Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: 'n' + i } }));

describe('inSlices', () => {
  it('adds every element over several tasks, holding the drawing between them, then calls done once', async () => {
    const cy = cytoscape({ headless: true });
    // what another task sees while the slices arrive: some nodes in, and a batch open
    const between: Array<{ nodes: number; batching: boolean }> = [];
    const probe = setInterval(() => between.push({ nodes: cy.nodes().length, batching: batching(cy) }), 1);
    let calls = 0;
    await new Promise<void>((resolve) => {
      inSlices(
        cy,
        nodes(300),
        (slice) => {
          calls++;
          // a slice as slow as a 20k view's on a loaded machine: one per task
          const t = Date.now();
          while (Date.now() - t < 60);
          return cy.add(slice);
        },
        resolve,
      );
      // nothing happens in the caller's task
      expect(cy.nodes().length).toBe(0);
    });
    clearInterval(probe);
    expect(cy.nodes().length).toBe(300);
    // slices of 50 (SLICE), each as slow as SLICE_MS: one per task
    expect(calls).toBe(6);
    const partway = between.filter((b) => b.nodes > 0 && b.nodes < 300);
    expect(partway.length).toBeGreaterThan(0);
    expect(partway.every((b) => b.batching)).toBe(true);
    // and no batch is left open
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });

  it('stops when asked, and the drawing resumes', async () => {
    const cy = cytoscape({ headless: true });
    let done = false;
    const stop = inSlices(cy, nodes(100_000), (slice) => cy.add(slice), () => (done = true));
    await new Promise((r) => setTimeout(r, 120));
    stop();
    const added = cy.nodes().length;
    await new Promise((r) => setTimeout(r, 120));
    expect(done).toBe(false);
    expect(cy.nodes().length).toBe(added);
    expect(added).toBeLessThan(100_000);
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });
});
