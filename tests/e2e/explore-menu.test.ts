// End to end: the canvas's right-click menu on a hub (expand by relation group, by direction, select
// neighbours, pin) and views that stay put (undo/redo and a reload move nothing). Real app, shared
// seeded Neo4j (read-only), headless Chromium; screenshots go to tests/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, poll, SHOTS, type Explorer } from '../support/explorer.ts';

let explorer: Explorer;
let page: Page;
let hub: string;

const state = () => page.evaluate(() => (window as any).__kg.store.state as { nodes: string[]; pinned: string[]; groups: Record<string, unknown[]> });
const shot = (name: string) => page.screenshot({ path: `${SHOTS}${name}.png` });
const positions = () =>
  page.evaluate(() => Object.fromEntries((window as any).cy.nodes().filter((n: any) => !n.hasClass('group') && !n.hasClass('more')).map((n: any) => [n.id(), { ...n.position() }])) as Record<string, { x: number; y: number }>);
const maxMove = (a: Record<string, { x: number; y: number }>, b: Record<string, { x: number; y: number }>) =>
  Math.max(0, ...Object.keys(a).filter((id) => b[id]).map((id) => Math.hypot(a[id].x - b[id].x, a[id].y - b[id].y)));

async function screenPoint(id: string) {
  const box = (await page.locator('#cy').boundingBox())!;
  const p = await page.evaluate((i) => (window as any).cy.getElementById(i).renderedPosition(), id);
  return { x: box.x + p.x, y: box.y + p.y };
}

beforeAll(async () => {
  explorer = await openExplorer();
  page = explorer.page;
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(explorer.server.url);
  await page.waitForSelector('body[data-ready=true]');
  await page.waitForTimeout(1500);
  hub = await page.evaluate(() => [...(window as any).__kg.store.nodeData.values()].find((n: any) => n.name === '市中区').id as string);
}, 180_000);

afterAll(() => explorer?.close());

describe('the right-click menu', () => {
  it('lists a hub\'s relation groups with counts; picking one brings 20 of that group and nothing else', async () => {
    const before = (await state()).nodes.length;
    const p = await screenPoint(hub);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await poll(() => page.locator('#context-menu [data-action="expand-group"]').count()).toBeGreaterThan(5);
    const item = page.locator('#context-menu [data-group="SUPPORTS.out.Strategy"]');
    const text = (await item.textContent())!;
    expect(text).toMatch(/^支撑 → 战略 \d+$/);
    await shot('10-menu-groups');
    await item.click();
    await poll(async () => (await state()).nodes.length).toBe(before + 20);
    const added = (await state()).nodes.slice(before);
    const labels = await page.evaluate((ids) => ids.map((i: string) => (window as any).__kg.store.nodeData.get(i).labels as string[]), added);
    expect(labels.every((l) => l.includes('Strategy'))).toBe(true);
    await expect(page.locator('#context-menu').isVisible()).resolves.toBe(false);
    // new nodes land around the hub, none on top of another
    await page.waitForTimeout(600);
    const boxes = await page.evaluate(
      (fresh) => (window as any).cy.nodes().filter((n: any) => !n.hasClass('more')).map((n: any) => ({ fresh: fresh.includes(n.id()), ...n.renderedBoundingBox({ includeLabels: false }) })),
      added,
    );
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if ((a.fresh || b.fresh) && a.x1 < b.x2 - 2 && b.x1 < a.x2 - 2 && a.y1 < b.y2 - 2 && b.y1 < a.y2 - 2) overlapping++;
      }
    expect(overlapping).toBe(0);
    await shot('11-group-expanded');
  });

  it('selects a node\'s neighbours, and pins it: a relayout leaves it where it was', async () => {
    const p = await screenPoint(hub);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await page.locator('#context-menu [data-action="select-neighbours"]').click();
    const selected = await page.evaluate(() => (window as any).__kg.canvas.selection().nodes.length);
    const neighbours = await page.evaluate((h) => (window as any).__kg.canvas.neighbours(h).length, hub);
    expect(selected).toBe(neighbours + 1);
    expect(neighbours).toBeGreaterThan(20);

    const q = await screenPoint(hub);
    await page.mouse.click(q.x, q.y, { button: 'right' });
    await page.locator('#context-menu [data-action="pin"]').click();
    await poll(async () => (await state()).pinned).toEqual([hub]);
    expect(await page.evaluate((h) => (window as any).cy.getElementById(h).hasClass('pinned'), hub)).toBe(true);
    const at = (await positions())[hub];
    await page.locator('#relayout').click();
    await page.waitForTimeout(2500);
    const after = (await positions())[hub];
    expect(Math.hypot(after.x - at.x, after.y - at.y)).toBeLessThan(1);
    expect(page.url()).toContain('pin=');
  });

  it('undo and redo put nodes back exactly; nothing else moves', async () => {
    await page.waitForTimeout(500);
    const before = await positions();
    const n = (await state()).nodes.length;
    await page.locator('#cy').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z'); // the pin
    await page.keyboard.press('Control+z'); // the group page
    await poll(async () => (await state()).nodes.length).toBe(n - 20);
    await page.waitForTimeout(600);
    expect(maxMove(before, await positions())).toBeLessThan(1);
    await page.keyboard.press('Control+Shift+z');
    await poll(async () => (await state()).nodes.length).toBe(n);
    await page.waitForTimeout(600);
    expect(maxMove(before, await positions())).toBeLessThan(1);
  });

  it('a reload of the link restores the exact view: the same positions, zoom and pan, with no layout', async () => {
    await page.evaluate(() => (window as any).cy.zoom({ level: 1.3, renderedPosition: { x: 300, y: 250 } }));
    await page.waitForTimeout(700); // the URL follows the camera after a short pause
    const before = await positions();
    const vp = await page.evaluate(() => ({ zoom: (window as any).cy.zoom(), pan: (window as any).cy.pan() }));
    const url = page.url();
    expect(url).toContain('cam=');
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]');
    await page.waitForTimeout(800);
    const after = await positions();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(maxMove(before, after)).toBeLessThan(1);
    const vp2 = await page.evaluate(() => ({ zoom: (window as any).cy.zoom(), pan: (window as any).cy.pan() }));
    expect(vp2.zoom).toBeCloseTo(vp.zoom, 2);
    expect(Math.abs(vp2.pan.x - vp.pan.x)).toBeLessThan(1.5);
    expect(Math.abs(vp2.pan.y - vp.pan.y)).toBeLessThan(1.5);
    await shot('12-reloaded-view');
  });
});
