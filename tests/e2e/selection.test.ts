// End to end: a multi-selection. A shift-drag box and shift-clicks select entities; a summary shows how
// many of each type, the facts among them by relation type and the articles they come from; the
// selection exports (JSON: exactly those entities and the facts among them), pins, expands and hides.
// Real app, shared seeded Neo4j (read-only), headless Chromium; screenshots go to tests/screenshots/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStartView, poll, SHOTS, type Explorer } from '../support/explorer.ts';

let explorer: Explorer;
let page: Page;

const selected = () => page.evaluate(() => (window as any).__kg.canvas.selection().nodes as string[]);
const state = () => page.evaluate(() => (window as any).__kg.store.state as { nodes: string[]; edges: string[]; pinned: string[] });
/** The facts on the canvas with both ends among `ids`. */
const factsAmong = (ids: string[]) =>
  page.evaluate((ids) => {
    const kg = (window as any).__kg;
    const set = new Set(ids);
    return (kg.store.state.edges as string[]).filter((e) => {
      const d = kg.store.edgeData.get(e);
      return set.has(d.source) && set.has(d.target);
    });
  }, ids);

beforeAll(async () => {
  explorer = await openStartView(2500);
  page = explorer.page;
}, 300_000);

afterAll(() => explorer?.close());

describe('a multi-selection', () => {
  it('a shift-drag box selects entities and the summary counts them by type, facts among them by relation, and their articles', async () => {
    await page.locator('#fit').click();
    await page.waitForTimeout(800);
    const box = (await page.locator('#cy').boundingBox())!;
    // the middle of the canvas, where the most-mentioned entities and their links sit
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 8 });
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.8, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await poll(async () => (await selected()).length).toBeGreaterThan(3);
    const ids = await selected();
    await poll(() => page.locator('#selection').isVisible()).toBe(true);
    await expect(page.locator('#selection .selection-title').textContent()).resolves.toBe(`已选 ${ids.length} 个实体`);
    const byType = await page.locator('#selection .selection-types li b').allTextContents();
    expect(byType.reduce((s, n) => s + Number(n), 0)).toBe(ids.length);
    const facts = await factsAmong(ids);
    expect(facts.length).toBeGreaterThan(0);
    const byRel = await page.locator('#selection .selection-facts li b').allTextContents();
    expect(byRel.reduce((s, n) => s + Number(n), 0)).toBe(facts.length);
    expect(await page.locator('#selection .selection-articles li').count()).toBeGreaterThan(0);
    // the details panel's "pick an entity" does not stand under the summary of the picked ones
    expect(await page.locator('#details .empty-state').isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}selection-summary.png` });
  });

  it('shift-click adds one more entity to the selection', async () => {
    const before = await selected();
    const other = await page.evaluate((sel) => {
      const cy = (window as any).cy;
      const n = cy.nodes().filter((n: any) => !sel.includes(n.id()) && !n.hasClass('more') && !n.hasClass('group') && n.visible())[0];
      const box = cy.container().getBoundingClientRect();
      const p = n.renderedPosition();
      return { id: n.id() as string, x: box.left + p.x, y: box.top + p.y };
    }, before);
    await page.keyboard.down('Shift');
    await page.mouse.click(other.x, other.y);
    await page.keyboard.up('Shift');
    await poll(async () => (await selected()).sort()).toEqual([...before, other.id].sort());
    await poll(() => page.locator('#selection .selection-title').textContent()).toBe(`已选 ${before.length + 1} 个实体`);
  });

  it('exports the selection as JSON: those entities and the facts among them', async () => {
    const ids = await selected();
    const facts = await factsAmong(ids);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#selection [data-format="json"]').click()]);
    const doc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(doc.nodes.map((n: any) => n.id).sort()).toEqual([...ids].sort());
    expect(doc.edges.map((e: any) => e.id).sort()).toEqual([...facts].sort());
  });

  it('pins them, expands them, and hides them', async () => {
    const ids = await selected();
    await page.locator('#selection [data-action="pin"]').click();
    await poll(async () => (await state()).pinned.sort()).toEqual([...ids].sort());
    // the summary stays up over the same entities, now offering to unpin
    await poll(() => page.locator('#selection [data-action="pin"]').textContent()).toBe('取消固定');
    const before = (await state()).nodes.length;
    await page.locator('#selection [data-action="expand"]').click();
    await expect.poll(async () => (await state()).nodes.length, { timeout: 30_000 }).toBeGreaterThan(before);
    // the expansions run one after another: wait until the canvas stops growing
    let last = -1;
    for (let stable = 0; stable < 3; ) {
      await page.waitForTimeout(1000);
      const n = (await state()).nodes.length;
      stable = n === last ? stable + 1 : 0;
      last = n;
    }
    // the selection outlives the changes
    expect((await selected()).sort()).toEqual([...ids].sort());
    await poll(() => page.locator('#selection').isVisible()).toBe(true);
    await page.locator('#selection [data-action="hide"]').click();
    await poll(async () => (await state()).nodes.filter((id) => ids.includes(id))).toEqual([]);
    await poll(() => page.locator('#selection').isVisible()).toBe(false);
  });
});
