// End to end: the canvas's right-click menu on a hub (expand by relation group, by direction, select
// neighbours, pin) and views that stay put (undo/redo and a reload move nothing). Real app, shared
// seeded Neo4j (read-only), headless Chromium; screenshots go to tests/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLinkCamera, decodeView } from '../../client/src/state/url.ts';
import { entityId, type Explorer, openStartView, poll, SHOTS } from '../support/explorer.ts';

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
  explorer = await openStartView(1500);
  page = explorer.page;
  hub = await entityId(page, '市中区');
}, 300_000);

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
    // the whole menu in sight, no item cut at its bottom edge (only the groups scroll, inside it)
    expect(await page.locator('#context-menu').evaluate((m) => m.scrollHeight <= m.clientHeight + 1)).toBe(true);
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

  it('offers "expand" only where it brings someone: a node whose every neighbour is drawn has it greyed out', async () => {
    const done = await page.evaluate(async () => {
      const kg = (window as any).__kg;
      for (const id of kg.store.state.nodes as string[]) {
        const gs = await kg.actions.groupsFor(id);
        const n = (window as any).cy.getElementById(id);
        const r = n.renderedPosition();
        const inView = r.x > 30 && r.y > 30 && r.x < n.cy().width() - 30 && r.y < n.cy().height() - 30;
        if (inView && n.visible() && gs.length && gs.every((g: any) => g.count <= g.onCanvas)) return id as string;
      }
      return null;
    });
    expect(done).not.toBeNull();
    const p = await screenPoint(done!);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await poll(() => page.locator('#context-menu .menu-groups').textContent()).toBe('所有邻居都已在画布上');
    for (const a of ['expand', 'expand-out', 'expand-in']) expect(await page.locator(`#context-menu [data-action="${a}"]`).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    const q = await screenPoint(hub);
    await page.mouse.click(q.x, q.y, { button: 'right' });
    await poll(() => page.locator('#context-menu [data-action="expand-group"]').count()).toBeGreaterThan(3);
    expect(await page.locator('#context-menu [data-action="expand"]').isDisabled()).toBe(false);
    await page.keyboard.press('Escape');
  });

  it('selects a node\'s neighbours, and pins it: a relayout leaves it where it was', async () => {
    // the hub 40 px above the canvas's bottom edge: its menu grows when the groups arrive and must stay in the window
    await page.evaluate((h) => {
      const cy = (window as any).cy;
      cy.panBy({ x: 0, y: cy.container().getBoundingClientRect().height - 40 - cy.getElementById(h).renderedPosition().y });
    }, hub);
    const p = await screenPoint(hub);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await page.locator('#context-menu .menu-groups').waitFor();
    const inWindow = () => page.evaluate(() => { const r = document.querySelector('#context-menu')!.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    await poll(inWindow).toBe(true);
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
    expect(decodeView(new URL(page.url()).search).pinned).toEqual([hub]);
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
    // the hub with its group boxes (the menu's pages by relation bring none), which a reload must place again
    await page.evaluate((h) => (window as any).__kg.actions.expand(h), hub);
    await poll(() => page.evaluate(() => (window as any).cy.nodes('.group').length)).toBeGreaterThan(3);
    await page.waitForTimeout(1000);
    await page.evaluate(() => (window as any).cy.zoom({ level: 1.3, renderedPosition: { x: 300, y: 250 } }));
    await page.waitForTimeout(700); // the URL follows the camera after a short pause
    const before = await positions();
    const vp = await page.evaluate(() => ({ zoom: (window as any).cy.zoom(), pan: (window as any).cy.pan() }));
    const url = page.url();
    expect(decodeLinkCamera(new URL(url).search)).not.toBeNull();
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]');
    await page.waitForTimeout(800);
    const after = await positions();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(maxMove(before, after)).toBeLessThan(1);
    // the hub's group boxes come back around it, each at its own place (they were all piled at 0,0)
    const boxes = await page.evaluate(() => (window as any).cy.nodes('.group').map((n: any) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`) as string[]);
    expect(boxes.length).toBeGreaterThan(3);
    expect(new Set(boxes).size).toBe(boxes.length);
    const vp2 = await page.evaluate(() => ({ zoom: (window as any).cy.zoom(), pan: (window as any).cy.pan() }));
    expect(vp2.zoom).toBeCloseTo(vp.zoom, 2);
    expect(Math.abs(vp2.pan.x - vp.pan.x)).toBeLessThan(1.5);
    expect(Math.abs(vp2.pan.y - vp.pan.y)).toBeLessThan(1.5);
    await shot('12-reloaded-view');
  }, 150_000); // a reload on a loaded two-core machine
});

describe("a hub's groups", () => {
  type Group = { type: string; direction: string; label: string; left: number };
  const groups = async () => ((await state()).groups[hub] ?? []) as Group[];
  const find = (gs: Group[], g: Pick<Group, 'type' | 'direction' | 'label'>) => gs.find((x) => x.type === g.type && x.direction === g.direction && x.label === g.label);

  it('keep their counts right after paging and hiding, and follow the type filter', async () => {
    await page.locator('#clear').click();
    await page.evaluate(async (h) => {
      const kg = (window as any).__kg;
      kg.store.set({ ...kg.store.state, nodes: [h], edges: [], more: {}, groups: {}, pinned: [], selected: null, hiddenLabels: [] }, 'test');
      await kg.actions.expand(h);
    }, hub);
    await poll(async () => (await groups()).length).toBeGreaterThan(5);
    const big = (await groups()).find((g) => g.left > 20 && g.label !== 'Area')!;
    // a page of the group: its count goes down by 20
    await page.evaluate(([h, key]) => (window as any).__kg.actions.expandGroup(h, key, false, async () => true), [hub, `${big.type}.${big.direction}.${big.label}`]);
    await poll(async () => find(await groups(), big)?.left).toBe(big.left - 20);
    // hiding five of them gives them back to the group (the count was stale before)
    const members = await page.evaluate(([h, label]) => {
      const kg = (window as any).__kg;
      return (kg.store.state.nodes as string[]).filter((id) => id !== h && kg.store.nodeData.get(id).labels.includes(label)).slice(-5);
    }, [hub, big.label]);
    await page.evaluate((ids) => (window as any).__kg.store.removeNodes(ids, 'hide'), members);
    await poll(async () => find(await groups(), big)?.left).toBe(big.left - 20 + members.length);
    // hiding a type in the legend: its groups go, the others keep counts within the filter
    const hidden = (await groups()).find((g) => g.label !== big.label)!.label;
    await page.locator(`#legend [data-label="${hidden}"]`).click();
    await poll(async () => (await groups()).some((g) => g.label === hidden)).toBe(false);
    expect(find(await groups(), big)?.left).toBe(big.left - 20 + members.length);
    await page.waitForTimeout(800);
    await page.locator('#fit').click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SHOTS}groups-filtered.png` });
    await page.locator(`#legend [data-label="${hidden}"]`).click();
    await poll(async () => (await groups()).some((g) => g.label === hidden)).toBe(true);
  });

  it('"all" past the warning asks in an in-app dialog: cancel loads nothing, confirm loads the whole group', async () => {
    await page.evaluate(() => ((window as any).__kg.settings.warnAbove = 5));
    // the groups the last filter brought back were just placed: a fit may still be moving the view under the mouse
    await page.waitForTimeout(800);
    const g = (await groups()).find((x) => x.left > 5 && x.left < 60)!;
    const id = `group:${hub}|${g.type}.${g.direction}.${g.label}`;
    const n = (await state()).nodes.length;
    for (const answer of ['cancel', 'ok']) {
      const p = await screenPoint(id);
      await page.mouse.click(p.x, p.y, { button: 'right' });
      await page.locator('#context-menu [data-action="group-all"]').click();
      const dialog = page.locator('dialog.app-dialog[open]');
      await expect(dialog.locator('.dialog-message').textContent()).resolves.toContain(`这一组有 ${g.left} 个实体`);
      if (answer === 'cancel') await page.screenshot({ path: `${SHOTS}groups-confirm-dialog.png` });
      await dialog.locator(`[data-answer="${answer}"]`).click();
      if (answer === 'cancel') {
        await page.waitForTimeout(500);
        expect((await state()).nodes.length).toBe(n);
      }
    }
    await poll(async () => (await state()).nodes.length).toBe(n + g.left);
    await poll(async () => find(await groups(), g)).toBeUndefined();
    await page.evaluate(() => ((window as any).__kg.settings.warnAbove = 150));
  });
});

describe('层级 (dagre)', () => {
  it('ranks the starting view in more than one row, with names readable at the fitted zoom', async () => {
    await page.locator('#home').click();
    await poll(async () => (await state()).groups).toEqual({});
    await page.waitForTimeout(1500);
    await page.locator('#layout-select').selectOption('breadthfirst');
    await page.waitForTimeout(2500);
    const m = await page.evaluate(() => {
      const cy = (window as any).cy;
      const nodes = cy.nodes().filter((n: any) => !n.hasClass('more') && n.visible());
      const rows = new Set(nodes.map((n: any) => Math.round(n.position().y)));
      const zoom = cy.zoom();
      const named = nodes.filter((n: any) => n.style('label') && parseFloat(n.style('font-size')) * zoom >= 7).length;
      return { rows: rows.size, zoom, nodes: nodes.length, named };
    });
    expect(m.rows).toBeGreaterThan(1);
    expect(m.named).toBeGreaterThan(m.nodes * 0.9);
    await page.screenshot({ path: `${SHOTS}layout-dagre.png` });
  });
});
