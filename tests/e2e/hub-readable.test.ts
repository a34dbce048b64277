// End to end: 市中区 expanded and two of its groups paged (~100-140 entities, fitted at zoom ~0.6) stays
// readable: the names drawn are LABEL_PX on screen, most-mentioned first, and none lies on another name,
// another node or a group box; relation names wait for a hover (which shows the relation and its arrow).
// Real app, shared seeded Neo4j (read-only), headless Chromium; screenshots in tests/screenshots/hub-readable-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStartView, poll, SHOTS, type Explorer } from '../support/explorer.ts';

let explorer: Explorer;
let page: Page;
let hub: string;
const errors: string[] = [];

const kg = <T>(fn: string, ...args: unknown[]) => page.evaluate(([f, a]) => new Function('kg', 'args', `return (${f})(kg, ...args)`)((window as any).__kg, a), [fn, args] as const) as Promise<T>;

/** The names drawn (entities with a label at a readable size), and every name that meets another name or a node. */
const readability = () =>
  page.evaluate(() => {
    const cy = (window as any).cy;
    const shown = cy.nodes(':visible').not('.more');
    const named = shown.filter((n: any) => !n.hasClass('group') && n.style('label') !== '' && parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size')));
    const meet = (a: any, b: any) => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;
    const names = named.map((n: any) => {
      const bb = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      return { id: n.id(), label: String(n.data('label')), px: parseFloat(n.style('font-size')) * cy.zoom(), box: { x1: bb.x1, x2: bb.x2, y1: body.y2, y2: bb.y2 } };
    });
    const bodies = shown.map((n: any) => ({ id: n.id(), label: String(n.data('label')), box: n.renderedBoundingBox({ includeLabels: n.hasClass('group'), includeOverlays: false }) }));
    const clashes: string[] = [];
    for (const [i, a] of names.entries()) {
      for (const b of names.slice(i + 1)) if (meet(a.box, b.box)) clashes.push(`${a.label} × ${b.label}`);
      for (const b of bodies) if (b.id !== a.id && meet(a.box, b.box)) clashes.push(`${a.label} on ${b.label}`);
    }
    const edgeNames = cy.edges(':visible').filter((e: any) => e.style('label') !== '' && parseFloat(e.style('font-size')) * cy.zoom() >= parseFloat(e.style('min-zoomed-font-size'))).length;
    return { entities: shown.filter((n: any) => !n.hasClass('group')).length, zoom: cy.zoom() as number, named: names.length, minPx: Math.min(...names.map((n: any) => n.px)), clashes, edgeNames };
  });

beforeAll(async () => {
  explorer = await openStartView(1500);
  page = explorer.page;
  page.on('pageerror', (e) => errors.push(e.message));
  hub = await page.evaluate(() => [...(window as any).__kg.store.nodeData.values()].find((n: any) => n.name === '市中区').id as string);
}, 180_000);

afterAll(() => explorer?.close());

describe('a hub paged to over a hundred nodes', () => {
  it('names the most-mentioned nodes at a readable size, none on another name or node, relations on hover', async () => {
    await kg('(kg, id) => kg.actions.focusEntity(id, true)', hub);
    await poll(() => page.evaluate(() => (window as any).cy.nodes('.group').length)).toBeGreaterThan(3);
    const groups = await page.evaluate((h) => (window as any).__kg.store.state.groups[h] as Array<{ type: string; direction: string; label: string; left: number }>, hub);
    for (const g of [...groups].sort((a, b) => b.left - a.left).slice(0, 2))
      for (let page_ = 0; page_ < 2; page_++) await kg('(kg, c, key) => kg.actions.expandGroup(c, key, false, async () => true)', hub, `${g.type}.${g.direction}.${g.label}`);
    await poll(() => page.evaluate(() => (window as any).cy.nodes().not('.group').not('.more').length)).toBeGreaterThan(100);
    await page.waitForTimeout(2500); // placing, the fit and the label budget after it
    const seen = await readability();
    await page.screenshot({ path: `${SHOTS}hub-readable-paged.png` });
    expect(seen.clashes).toEqual([]);
    expect(seen.named).toBeGreaterThan(30);
    expect(seen.minPx).toBeGreaterThanOrEqual(11.5);
    // the most-mentioned node in sight is named: the hub
    expect(await page.evaluate((h) => (window as any).cy.getElementById(h).hasClass('labelled'), hub)).toBe(true);
    if (seen.zoom < 1) expect(seen.edgeNames).toBe(0);
    // the legend says where the relation names went
    await expect.poll(() => page.locator('#legend .legend-hint').textContent()).toContain('悬停或选中');
    // a hovered edge shows its relation and its direction
    const at = await page.evaluate((h) => {
      const cy = (window as any).cy;
      const e = cy.getElementById(h).connectedEdges(':visible').not('.group-link')[0];
      const m = e.renderedMidpoint();
      const r = cy.container().getBoundingClientRect();
      return { x: r.left + m.x, y: r.top + m.y, id: e.id() as string };
    }, hub);
    await page.mouse.move(at.x, at.y);
    await poll(() => page.evaluate((id) => (window as any).cy.getElementById(id).hasClass('hover'), at.id)).toBe(true);
    const edge = await page.evaluate((id) => {
      const e = (window as any).cy.getElementById(id);
      return { label: e.style('label') as string, arrow: e.style('target-arrow-shape') as string };
    }, at.id);
    expect(edge.label).not.toBe('');
    expect(edge.arrow).toBe('triangle');
    await page.screenshot({ path: `${SHOTS}hub-readable-hover.png` });
  }, 180_000);

  it('keeps English names clear of each other and of the nodes', async () => {
    await page.mouse.move(5, 5);
    await page.locator('#lang button[data-lang="en"]').click();
    await page.waitForTimeout(1500);
    const seen = await readability();
    await page.screenshot({ path: `${SHOTS}hub-readable-en.png` });
    expect(seen.clashes).toEqual([]);
    // English names are two to four lines: fewer fit between the rings of a paged hub than Chinese ones
    expect(seen.named).toBeGreaterThan(4);
  }, 60_000);

  it('threw nothing', () => expect(errors).toEqual([]));
});
