// End to end: a whole new view of more than PREVIEW_MIN elements on Cytoscape's canvas (the overview on an
// emptied canvas: ~400 entities, ~500 facts) is first drawn by a preview (picture.ts) while Cytoscape takes
// the elements in slices and the layout worker runs; then Cytoscape draws it once, the preview goes, and the
// view is Cytoscape's as before (shapes by type, names of the label budget, clicks). Real app, shared seeded
// Neo4j (read-only), headless Chromium; screenshots go to tests/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStartView, poll, SHOTS, type Explorer } from '../support/explorer.ts';

let explorer: Explorer;
let page: Page;
const errors: string[] = [];

/** Canvases in #cy that are not Cytoscape's (its own sit in a div of their own): the preview's. */
const previewCanvases = () => page.evaluate(() => [...document.querySelectorAll('#cy > canvas')].length);

beforeAll(async () => {
  explorer = await openStartView(1000);
  page = explorer.page;
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(() => explorer?.close());

describe('a new view over PREVIEW_MIN elements', () => {
  it('shows a preview at once, then Cytoscape draws the laid-out view and the preview goes', async () => {
    await page.evaluate(() => (window as any).__kg.actions.clear());
    await poll(() => page.evaluate(() => (window as any).cy.nodes().length)).toBe(0);
    void page.evaluate(() => (window as any).__kg.actions.overview());
    // the preview stands while the elements arrive and the layout runs ('laying-out')
    await page.waitForFunction(() => document.querySelectorAll('#cy > canvas').length > 0, null, { timeout: 30_000, polling: 10 });
    const early = await page.evaluate(() => ({
      store: (window as any).__kg.store.state.nodes.length as number,
      layingOut: document.querySelector('#cy')!.classList.contains('laying-out'),
    }));
    expect(early.store).toBeGreaterThan(300);
    expect(early.layingOut).toBe(true);
    await page.screenshot({ path: `${SHOTS}preview-first-frame.png` });

    await page.waitForFunction(() => !document.querySelector('#cy')!.classList.contains('laying-out'), null, { timeout: 60_000 });
    await poll(previewCanvases).toBe(0);
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => {
      const cy = (window as any).cy;
      const star = cy.nodes('.t-Strategy').first();
      return {
        store: (window as any).__kg.store.state.nodes.length as number,
        nodes: cy.nodes().filter((n: any) => !n.hasClass('more') && !n.hasClass('group')).length as number,
        renderer: (window as any).__kg.canvas.stats().renderer as string,
        shape: star.nonempty() ? (star.style('shape') as string) : 'star',
        labelled: cy.nodes('.labelled').length as number,
        layers: [...document.querySelectorAll('#cy > div')].map((d) => (d as HTMLElement).style.opacity),
      };
    });
    expect(after.renderer).toBe('canvas');
    expect(after.nodes).toBe(after.store);
    expect(after.shape).toBe('star');
    expect(after.labelled).toBeGreaterThan(20);
    // Cytoscape's layer shows again
    expect(after.layers.every((o) => o === '')).toBe(true);
    await page.screenshot({ path: `${SHOTS}preview-settled.png` });

    // a click on a node selects it (Cytoscape's hit test, as on any small view)
    const spot = await page.evaluate(() => {
      const cy = (window as any).cy;
      const n = cy.nodes('.labelled').first();
      const box = document.querySelector('#cy')!.getBoundingClientRect();
      const p = n.renderedPosition();
      return { id: n.id() as string, x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(spot.x, spot.y);
    await poll(() => page.evaluate(() => (window as any).__kg.store.state.selected)).toBe(spot.id);
    expect(errors).toEqual([]);
  });
});
