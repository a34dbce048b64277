// End to end: views that stay exactly. After 市中区 is expanded (a page of neighbours, its group boxes
// "支撑 · 战略 89" and badges) and a node is dragged, a reload of the address draws every element — the
// entities, the group boxes and the "+N" badges — at the same place (within 1 px) with the same zoom and
// pan; undo and redo of the expansion move nothing; a link of the earlier text form (n=…&cam=…) still
// opens where it was made. Real app on the shared seeded Neo4j (read-only), headless Chromium;
// screenshots go to tests/screenshots/.
import LZString from 'lz-string';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId, type Explorer, openStartView, poll, SHOTS } from '../support/explorer.ts';

let explorer: Explorer;
let page: Page;
let hub: string;

type Pos = Record<string, { x: number; y: number }>;
/** Every drawn node: entities, group boxes (`group:…`) and badges (`more:…`). */
const drawn = (p: Page = page) => p.evaluate(() => Object.fromEntries((window as any).cy.nodes().map((n: any) => [n.id(), { ...n.position() }])) as Pos);
const viewport = (p: Page = page) => p.evaluate(() => ({ zoom: (window as any).cy.zoom() as number, pan: { ...(window as any).cy.pan() } as { x: number; y: number } }));
const state = (p: Page = page) => p.evaluate(() => (window as any).__kg.store.state as { nodes: string[]; groups: Record<string, unknown[]>; more: Record<string, number> });
/** The element that moved most between two pictures, and by how much (Infinity: missing from `b`). */
function worst(a: Pos, b: Pos): { id: string; d: number } {
  let w = { id: '', d: 0 };
  for (const id of Object.keys(a)) {
    const d = b[id] ? Math.hypot(a[id].x - b[id].x, a[id].y - b[id].y) : Infinity;
    if (d > w.d) w = { id, d };
  }
  return w;
}
const kinds = (p: Pos) => ({ groups: Object.keys(p).filter((id) => id.startsWith('group:')).length, badges: Object.keys(p).filter((id) => id.startsWith('more:')).length });

/** Waits until nothing on the canvas moves for a while (layouts, badges re-placed, animated fits). */
async function settled(p: Page = page) {
  let last = JSON.stringify([await drawn(p), await viewport(p)]);
  for (let i = 0; i < 40; i++) {
    await p.waitForTimeout(400);
    const now = JSON.stringify([await drawn(p), await viewport(p)]);
    if (now === last) return;
    last = now;
  }
}

async function expandHub() {
  // the shared database may answer a first expansion slowly: ask again until the hub has its groups
  for (let i = 0; i < 5 && !(await state()).groups[hub]; i++) {
    await page.evaluate((h) => (window as any).__kg.actions.expand(h), hub);
    await page.waitForTimeout(500);
  }
  await poll(async () => Object.keys((await drawn())).filter((id) => id.startsWith('group:')).length).toBeGreaterThan(3);
  await settled();
}

beforeAll(async () => {
  explorer = await openStartView(1500);
  page = explorer.page;
  hub = await entityId(page, '市中区');
}, 300_000);

afterAll(() => explorer?.close());

describe('views that stay exactly', () => {
  it('undo and redo of a hub\'s expansion move nothing: entities, group boxes and badges stay within 1 px', async () => {
    await settled();
    const start = await drawn();
    await expandHub();
    const expanded = await drawn();
    expect(kinds(expanded).groups).toBeGreaterThan(3);
    const vp = await viewport();
    await page.evaluate(() => (window as any).__kg.store.undo());
    await settled();
    // the canvas before the expansion: the hub's neighbours and its boxes gone, the rest where it was
    const undone = await drawn();
    expect(worst(start, undone).d).toBeLessThan(1);
    expect(kinds(undone).groups).toBe(kinds(start).groups);
    await page.evaluate(() => (window as any).__kg.store.redo());
    await settled();
    const redone = await drawn();
    expect(Object.keys(redone).sort()).toEqual(Object.keys(expanded).sort());
    const w = worst(expanded, redone);
    expect(w.d, `${w.id} moved`).toBeLessThan(1);
    const vp2 = await viewport();
    expect(Math.abs(vp2.zoom - vp.zoom)).toBeLessThan(0.001);
    expect(Math.hypot(vp2.pan.x - vp.pan.x, vp2.pan.y - vp.pan.y)).toBeLessThan(1);
    await page.screenshot({ path: `${SHOTS}views-stay-1-redone.png` });
  });

  it('a node dragged after the expansion, then a reload: every element at the same place, the same zoom and pan', async () => {
    // a "+N" badge too: a neighbour of the hub expanded 3 at a time (one with at most 30 more has a badge, not groups)
    const neighbours = await page.evaluate((h) => (window as any).cy.getElementById(h).neighborhood('node').filter((n: any) => !n.hasClass('group') && !n.hasClass('more')).map((n: any) => n.id()) as string[], hub);
    for (const n of neighbours) {
      if (Object.keys((await state()).more).length) break;
      await page.evaluate((i) => (window as any).__kg.actions.expand(i, 3), n);
    }
    await settled();
    // a neighbour of the hub that arrived with it, dragged 120 px right and 60 down with the mouse: one
    // that, centred, is the canvas under the pointer (no panel or toast over it)
    const id = await page.evaluate((h) => {
      const cy = (window as any).cy;
      const box = cy.container().getBoundingClientRect();
      for (const n of cy.getElementById(h).neighborhood('node').filter((m: any) => !m.hasClass('group') && !m.hasClass('more') && m.degree(false) === 1)) {
        // and no other node's box (a group box, a badge, a neighbour) over its centre: the press would grab that one
        const p = n.position();
        const under = cy.nodes().not(n).filter((o: any) => { const b = o.boundingBox({ includeLabels: o.hasClass('group') || o.hasClass('more') }); return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2; });
        if (under.length) continue;
        cy.center(n);
        const r = n.renderedPosition();
        if (cy.container().contains(document.elementFromPoint(box.left + r.x, box.top + r.y))) return n.id() as string;
      }
      return '';
    }, hub);
    expect(id).not.toBe('');
    await settled();
    const box = (await page.locator('#cy').boundingBox())!;
    // 2 px off its centre: Cytoscape's point-in-polygon test counts a star's (Strategy's) top and bottom corners
    // twice on the vertical line through its centre, so a press exactly there, which cy.center makes a whole
    // pixel, misses the star (3.34.4: it failed 1 run in 3 when the float landed exactly)
    const from = await page.evaluate((i) => { const r = (window as any).cy.getElementById(i).renderedPosition(); return { x: r.x + 2, y: r.y + 2 }; }, id);
    const before = (await drawn())[id];
    await page.mouse.move(box.x + from.x, box.y + from.y);
    await page.mouse.down();
    await page.mouse.move(box.x + from.x + 120, box.y + from.y + 60, { steps: 10 });
    await page.mouse.up();
    await settled();
    const picture = await drawn();
    const zoom = (await viewport()).zoom;
    expect(Math.hypot(picture[id].x - before.x - 120 / zoom, picture[id].y - before.y - 60 / zoom), `${id} dragged from ${JSON.stringify(before)} to ${JSON.stringify(picture[id])} at zoom ${zoom}`).toBeLessThan(2);
    const vp = await viewport();
    const url = page.url();
    expect(new URL(url).searchParams.has('v')).toBe(true);
    expect(kinds(picture).badges).toBeGreaterThan(0);
    console.log(`the hub's view (${(await state()).nodes.length} entities, ${kinds(picture).groups} group boxes, ${kinds(picture).badges} badges): link ${url.length} characters`);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    await settled();
    const after = await drawn();
    expect(Object.keys(after).sort()).toEqual(Object.keys(picture).sort());
    const w = worst(picture, after);
    expect(w.d, `${w.id} moved`).toBeLessThan(1);
    const vp2 = await viewport();
    expect(Math.abs(vp2.zoom - vp.zoom)).toBeLessThan(0.001);
    expect(Math.hypot(vp2.pan.x - vp.pan.x, vp2.pan.y - vp.pan.y)).toBeLessThan(1);
    await page.screenshot({ path: `${SHOTS}views-stay-2-reloaded.png` });
  });

  it('a link of the earlier text form (n=, g=, more=, cam=) opens with its entities where it was made', async () => {
    const picture = await drawn();
    const v = await state();
    const vp = await viewport();
    const entities = v.nodes;
    // the link as the client wrote it before links were packed (state/camera-url.ts reads its cam)
    const flat = [vp.zoom, Math.round(vp.pan.x), Math.round(vp.pan.y), ...entities.flatMap((id) => [Math.round(picture[id].x), Math.round(picture[id].y)])];
    const groups = await page.evaluate(() => {
      const s = (window as any).__kg.store.state;
      return Object.entries(s.groups as Record<string, Array<{ type: string; direction: string; label: string; left: number }>>).flatMap(([c, gs]) => gs.map((g) => `${c}:${g.type}.${g.direction}.${g.label}.${g.left}`));
    });
    const more = Object.entries(v.more).map(([id, c]) => `${id}:${c}`);
    const old = `/?n=${entities.join(',')}${more.length ? `&more=${more.join(',')}` : ''}&g=${groups.join(',')}&cam=${LZString.compressToEncodedURIComponent(JSON.stringify(flat))}`;
    const packed = new URL(page.url());
    console.log(`the same view's link: ${new URL(old, page.url()).toString().length} characters in the earlier text form, ${packed.toString().length} packed`);
    const fresh = await explorer.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await fresh.goto(new URL(old, page.url()).toString());
    await fresh.waitForSelector('body[data-ready=true]');
    await settled(fresh);
    const opened = await drawn(fresh);
    const ents = (p: Pos) => Object.fromEntries(entities.map((id) => [id, p[id]]));
    expect(Object.keys(opened).filter((id) => !id.startsWith('group:') && !id.startsWith('more:')).sort()).toEqual([...entities].sort());
    expect(worst(ents(picture), ents(opened)).d).toBeLessThan(1);
    // its group boxes (the old form had no places for them) are placed again, each at its own spot
    const boxes = Object.entries(opened).filter(([id]) => id.startsWith('group:')).map(([, p]) => `${Math.round(p.x)},${Math.round(p.y)}`);
    expect(boxes.length).toBe(kinds(picture).groups);
    expect(new Set(boxes).size).toBe(boxes.length);
    const vp2 = await viewport(fresh);
    expect(Math.abs(vp2.zoom - vp.zoom)).toBeLessThan(0.002);
    // the address becomes the packed form at once
    expect(new URL(fresh.url()).searchParams.has('v')).toBe(true);
    await fresh.close();
  });
});
