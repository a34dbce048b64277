// End to end: every layout of a hub's view ends readable (issue #14). 市中区 expanded from the starting view
// (60 entities, 19 group boxes) laid out concentric, grid (in English too), force and hierarchical: each
// fitted at a zoom where every entity's name is drawn, no name on another, the group boxes in sight and off
// the entities. Relation names are drawn only clear of every node and name; a multi-selection in a view with
// a label budget names its nodes readable and apart; Cytoscape warns about no style. Real app, shared seeded
// Neo4j (read-only), headless Chromium; screenshots in tests/screenshots/layouts-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId, type Explorer, openStartView, poll, SHOTS } from '../support/explorer.ts';

let explorer: Explorer;
let page: Page;
let hub: string;
const warnings: string[] = [];
const errors: string[] = [];

const kg = <T>(fn: string, ...args: unknown[]) => page.evaluate(([f, a]) => new Function('kg', 'args', `return (${f})(kg, ...args)`)((window as any).__kg, a), [fn, args] as const) as Promise<T>;
const shot = (name: string) => page.screenshot({ path: `${SHOTS}layouts-${name}.png` });

/**
 * What a user sees: the zoom, the entities and how many are in sight, the names drawn (as Cytoscape draws
 * them: a label at or over its min-zoomed size) and their size on screen, names that meet another name,
 * group boxes out of sight or on an entity, and relation names drawn on a node or a name.
 */
const seen = () =>
  page.evaluate(() => {
    const cy = (window as any).cy;
    const w = cy.width();
    const h = cy.height();
    const z = cy.zoom();
    const inView = (b: any) => b.x1 >= -1 && b.y1 >= -1 && b.x2 <= w + 1 && b.y2 <= h + 1;
    const meet = (a: any, b: any) => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;
    const drawn = (e: any) => e.style('label') !== '' && parseFloat(e.style('font-size')) * z >= parseFloat(e.style('min-zoomed-font-size'));
    const visible = cy.nodes().filter((n: any) => n.visible());
    const entities = visible.filter((n: any) => !n.hasClass('group') && !n.hasClass('more'));
    const groups = visible.filter((n: any) => n.hasClass('group'));
    const named = entities.filter(drawn);
    const names = named.map((n: any) => ({ id: n.id(), label: String(n.data('label')), px: parseFloat(n.style('font-size')) * z, box: n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) }));
    const clashes: string[] = [];
    for (const [i, a] of names.entries()) for (const b of names.slice(i + 1)) if (meet(a.box, b.box)) clashes.push(`${a.label} × ${b.label}`);
    const entityBoxes = entities.map((n: any) => ({ label: String(n.data('label')), box: n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }) }));
    const groupsOnEntities: string[] = [];
    for (const g of groups) {
      const gb = g.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      for (const e of entityBoxes) if (meet(gb, e.box)) groupsOnEntities.push(`${g.data('label')} on ${e.label}`);
    }
    // relation names drawn, and any on a node's body or name (group boxes and badges included)
    const relations = cy.edges().filter((e: any) => e.visible() && drawn(e));
    const bodies = visible.map((n: any) => ({ label: String(n.data('label')), box: n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }) }));
    const relationsOnNodes: string[] = [];
    for (const e of relations) {
      const b = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      for (const n of bodies) if (meet(b, n.box)) relationsOnNodes.push(`${e.data('label')} on ${n.label}`);
    }
    const hubNode = entities.max((n: any) => n.degree(false)).ele;
    const xs = entities.map((n: any) => n.renderedPosition().x);
    const ys = entities.map((n: any) => n.renderedPosition().y);
    return {
      zoom: z as number,
      entities: entities.length as number,
      entitiesInView: entities.filter((n: any) => inView(n.renderedBoundingBox({ includeLabels: true }))).length as number,
      groups: groups.length as number,
      groupsInView: groups.filter((g: any) => inView(g.renderedBoundingBox({ includeLabels: true }))).length as number,
      named: names.length as number,
      minPx: Math.min(...names.map((n: any) => n.px)),
      clashes,
      groupsOnEntities,
      relations: relations.length as number,
      relationsOnNodes,
      /** the most connected entity's place in the entities' extent: 0.5, 0.5 is the middle */
      hubAt: { x: (hubNode.renderedPosition().x - Math.min(...xs)) / (Math.max(...xs) - Math.min(...xs)), y: (hubNode.renderedPosition().y - Math.min(...ys)) / (Math.max(...ys) - Math.min(...ys)) },
    };
  });

type Seen = Awaited<ReturnType<typeof seen>>;
const brief = (v: Seen) => JSON.stringify({ ...v, clashes: v.clashes.length, groupsOnEntities: v.groupsOnEntities.length, relationsOnNodes: v.relationsOnNodes.length });

/** Picks a layout in the toolbar and waits for it and the fit to end (animations of 400 ms). */
async function pick(layout: string) {
  await page.locator('#layout-select').selectOption(layout);
  await page.waitForTimeout(1500);
  // settled: the zoom stops changing
  let last = -1;
  await poll(async () => {
    const z = await page.evaluate(() => (window as any).cy.zoom() as number);
    const still = Math.abs(z - last) < 1e-6;
    last = z;
    return still;
  }).toBe(true);
  await page.waitForTimeout(400); // the label pass and the relation names after the last move
}

/** A readable fitted view: every entity and group box in sight, every entity named, no name on another, no group box on an entity. */
function expectReadable(v: Seen) {
  expect(v.entities).toBeGreaterThanOrEqual(50);
  expect(v.groups).toBeGreaterThan(3);
  expect(v.entitiesInView).toBe(v.entities);
  expect(v.groupsInView).toBe(v.groups);
  // the names' rule (style.ts: 12 px names drawn from 7 px on screen) shows them all at this zoom
  expect(v.zoom).toBeGreaterThanOrEqual(7 / 12);
  expect(v.named).toBe(v.entities);
  expect(v.clashes).toEqual([]);
  expect(v.groupsOnEntities).toEqual([]);
  expect(v.relationsOnNodes).toEqual([]);
}

beforeAll(async () => {
  explorer = await openStartView(1500);
  page = explorer.page;
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  hub = await entityId(page, '市中区');
  // a new user's first step: the starting view, then 市中区 expanded (its groups: counting them can miss the
  // server's deadline on a busy 2-core machine, when the client shows a "+N" badge; expanding again asks again)
  await kg('(kg, id) => kg.actions.focusEntity(id, true)', hub);
  // (a second expansion after a late answer would bring 20 more: the view these tests measure is the first one's)
  const groups = () => page.waitForFunction(() => (window as any).cy.nodes('.group').length > 3, null, { timeout: 60_000 });
  for (let attempt = 1; attempt < 4; attempt++) {
    if (await groups().then(() => true, () => false)) break;
    await kg('(kg, id) => kg.actions.expand(id)', hub);
  }
  await groups();
  await page.waitForTimeout(1500);
}, 300_000);

afterAll(() => explorer?.close());

describe("a hub's view in every layout", () => {
  it('concentric: the hub in the middle, rings of named entities, its group boxes around them, at a zoom where names show', async () => {
    await pick('concentric');
    const v = await seen();
    console.log('concentric:', brief(v));
    await shot('concentric');
    expectReadable(v);
    expect(Math.abs(v.hubAt.x - 0.5)).toBeLessThan(0.1);
    expect(Math.abs(v.hubAt.y - 0.5)).toBeLessThan(0.1);
  });

  it('grid in English: cells that fit an English name, every name drawn', async () => {
    await page.locator('#lang button[data-lang="en"]').click();
    await poll(() => page.evaluate((id) => String((window as any).cy.getElementById(id).data('label')), hub)).toBe('Shizhong District, Jinan');
    try {
      await pick('grid');
      const v = await seen();
      console.log('grid, English:', brief(v));
      await shot('grid-en');
      expectReadable(v);
    } finally {
      await page.locator('#lang button[data-lang="zh"]').click();
      await poll(() => page.evaluate((id) => String((window as any).cy.getElementById(id).data('label')), hub)).toBe('市中区');
    }
  });

  it('grid in Chinese', async () => {
    await pick('fcose');
    await pick('grid');
    const v = await seen();
    console.log('grid:', brief(v));
    await shot('grid');
    expectReadable(v);
  });

  it('force: names shown, relation names only where they are clear of every node and name', async () => {
    await pick('fcose');
    const v = await seen();
    console.log('force:', brief(v));
    await shot('force');
    expectReadable(v);
  });

  it('hierarchical: ranks of named entities, the group boxes above and below', async () => {
    await pick('breadthfirst');
    const v = await seen();
    console.log('hierarchical:', brief(v));
    await shot('dagre');
    expectReadable(v);
  });

  it('a hovered edge shows its relation name', async () => {
    const box = (await page.locator('#cy').boundingBox())!;
    // an unnamed edge whose middle is clear of every node and name (the pointer then is on that edge alone)
    const mid = await page.evaluate(() => {
      const cy = (window as any).cy;
      const boxes = cy.nodes(':visible').map((n: any) => n.renderedBoundingBox({ includeLabels: true }));
      const clear = (p: { x: number; y: number }) => boxes.every((b: any) => p.x < b.x1 - 8 || p.x > b.x2 + 8 || p.y < b.y1 - 8 || p.y > b.y2 + 8);
      const e = cy.edges().filter((e: any) => e.visible() && !e.hasClass('group-link') && !e.hasClass('named') && clear(e.renderedMidpoint()))[0];
      return { id: e.id() as string, ...(e.renderedMidpoint() as { x: number; y: number }) };
    });
    await page.mouse.move(box.x + mid.x, box.y + mid.y);
    await poll(() => page.evaluate(() => (window as any).cy.edges('.hover').map((e: any) => e.style('label') as string).filter(Boolean).length)).toBeGreaterThan(0);
    await page.mouse.move(box.x + 3, box.y + 3);
  });
});

describe('the same view in the English interface (?lang=en: group boxes in English, ~2x wider)', () => {
  /** The current view's link in another interface language: the view comes back as it was (state/url.ts). */
  async function reloadIn(lang: string) {
    const url = new URL(page.url());
    url.searchParams.set('lang', lang);
    await page.goto(url.toString());
    await page.waitForSelector('body[data-ready=true]');
    await page.waitForFunction(() => (window as any).cy?.nodes('.group').length > 3, null, { timeout: 30_000 });
    await page.waitForTimeout(800);
  }

  it('grid and concentric: every name drawn, none on another, the group boxes in sight', async () => {
    await reloadIn('en');
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      for (const layout of ['grid', 'concentric']) {
        await pick(layout);
        const v = await seen();
        console.log(`${layout}, English interface:`, brief(v));
        await shot(`${layout}-en-ui`);
        expectReadable(v);
      }
    } finally {
      await reloadIn('zh');
    }
  });
});

describe('a multi-selection in a view with a label budget', () => {
  it('names the selected nodes at a readable size, no name on another', async () => {
    // pages of the hub's biggest group: past 80 nodes the view names a budget (labels.ts)
    const entities = () => page.evaluate(() => (window as any).cy.nodes().not('.group').not('.more').length as number);
    for (let i = 0; i < 3 && (await entities()) <= 80; i++) {
      const before = await entities();
      const groups = await page.evaluate((h) => (window as any).__kg.store.state.groups[h] as Array<{ type: string; direction: string; label: string; left: number }>, hub);
      const g = [...groups].sort((a, b) => b.left - a.left)[0];
      await kg('(kg, c, key) => kg.actions.expandGroup(c, key, false, async () => true)', hub, `${g.type}.${g.direction}.${g.label}`);
      await poll(entities).toBeGreaterThan(before);
    }
    await page.locator('#fit').click();
    await page.waitForTimeout(1200);
    // "select neighbours" from the hub's menu
    const box = (await page.locator('#cy').boundingBox())!;
    const p = await page.evaluate((id) => (window as any).cy.getElementById(id).renderedPosition(), hub);
    await page.mouse.click(box.x + p.x, box.y + p.y, { button: 'right' });
    await page.locator('#context-menu [data-action="select-neighbours"]').click();
    await poll(() => page.evaluate(() => (window as any).__kg.canvas.selection().nodes.length as number)).toBeGreaterThan(60);
    await page.waitForTimeout(800);
    const v = await seen();
    const selectedNamed = await page.evaluate(() => (window as any).cy.nodes(':selected').filter((n: any) => n.style('label') !== '').length as number);
    console.log('multi-selection:', brief(v), 'selected and named', selectedNamed);
    await shot('selection');
    expect(v.entities).toBeGreaterThan(80);
    expect(selectedNamed).toBeGreaterThanOrEqual(10);
    expect(v.minPx).toBeGreaterThanOrEqual(11.5);
    expect(v.clashes).toEqual([]);
  });
});

describe('the console', () => {
  it('carries no Cytoscape style warning and no page error', () => {
    expect(warnings.filter((w) => /style/i.test(w))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
