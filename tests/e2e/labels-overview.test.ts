// End to end: the overview (总览, every entity of the seeded graph: ~400, over MEASURED_MAX_NODES) names the
// most-mentioned nodes, LABEL_PX on screen, with no name on another name and no node drawn over a name (names
// may lie over unnamed nodes there: those are drawn under them), in Chinese and in English, at the fitted zoom
// and at zoom 1.0 on the view's centre. Real app, shared seeded Neo4j (read-only), headless Chromium at 2x;
// 2x crops of the centre in tests/screenshots/labels-overview-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, SHOTS, type Explorer } from '../support/explorer.ts';
import { untilAnswered } from '../support/http.ts';

let explorer: Explorer;
let page: Page;
const errors: string[] = [];

/** What a user sees: the names drawn (boxes as Cytoscape measures them) and every name another name or a node drawn later covers. */
const seen = () =>
  page.evaluate(() => {
    const cy = (window as any).cy;
    const w = cy.width();
    const h = cy.height();
    const inView = (b: any) => b.x2 > 0 && b.y2 > 0 && b.x1 < w && b.y1 < h;
    const entities = cy.nodes().filter((n: any) => !n.hasClass('filtered') && !n.hasClass('group') && !n.hasClass('more') && inView(n.renderedBoundingBox()));
    const named = entities.filter((n: any) => n.style('label') !== '');
    const meet = (a: any, b: any) => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;
    const z = (n: any) => Number(n.style('z-index'));
    const names = named.map((n: any) => ({ n, label: String(n.data('label')), box: n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) }));
    const clashes: string[] = [];
    let overUnnamed = 0;
    for (const [i, a] of names.entries()) {
      for (const b of names.slice(i + 1)) if (meet(a.box, b.box)) clashes.push(`${a.label} × ${b.label}`);
      for (const m of entities) {
        if (m === a.n || !meet(a.box, m.renderedBoundingBox({ includeLabels: false, includeOverlays: false }))) continue;
        // a node over a name hides it: only a node drawn under the name (a lower z-index) may lie there
        if (z(m) >= z(a.n)) clashes.push(`${a.label} under ${m.data('label')}`);
        else overUnnamed++;
      }
    }
    const mentions = (n: any) => Number(n.data('mentions') ?? 0);
    // the label budget names nodes whose centre is in view
    const centred = entities.filter((n: any) => {
      const p = n.renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x < w && p.y < h;
    });
    const top = centred.max(mentions).ele;
    const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
    return {
      entities: entities.length,
      zoom: cy.zoom() as number,
      named: names.length,
      px: names.map((x: any) => parseFloat(x.n.style('font-size')) * cy.zoom()) as number[],
      clashes,
      overUnnamed,
      topNamed: named.contains(top) as boolean,
      meanNamed: mean(named.map(mentions)),
      meanUnnamed: mean(entities.not(named).map(mentions)),
    };
  });

/** `fitted`: the whole view, where the names go to the most-mentioned nodes on average; zoomed in on a crowd, only the most-mentioned is sure to be named. */
async function look(name: string, floor: number, fitted: boolean) {
  const v = await seen();
  console.log(`labels-overview ${name}:`, JSON.stringify({ ...v, px: [Math.min(...v.px), Math.max(...v.px)], clashes: v.clashes.length }));
  await page.screenshot({ path: `${SHOTS}labels-overview-${name}.png`, clip: { x: 400, y: 200, width: 480, height: 320 } });
  expect(v.clashes).toEqual([]);
  expect(v.named).toBeGreaterThanOrEqual(floor);
  for (const px of v.px) expect(px).toBeCloseTo(12, 1);
  // the names go to the most-mentioned first: the most-mentioned in view always, on average in the whole view
  // (zoomed in on the centre, the crowd round the hub leaves its most-mentioned neighbours under other names:
  // 2.75 mentions named against 2.95 unnamed in one run)
  expect(v.topNamed).toBe(true);
  if (fitted) expect(v.meanNamed).toBeGreaterThan(v.meanUnnamed);
  return v;
}

// Floors: named counts over 5 runs (alone and beside two other e2e files, load 8-26; fcose's random start
// changes the crowd): Chinese 68-77 fitted, 60-77 at zoom 1; English 40-47 fitted, 39-50 at zoom 1.
const FLOOR = { zhFit: 55, enFit: 32, enZoom1: 30, zhZoom1: 48 };

/** Lets the label budget run after a change of language or zoom (it waits 120 ms after the last). */
const settle = () => page.waitForTimeout(1500);

beforeAll(async () => {
  explorer = await openExplorer();
  // at 2x, so the crops show what a sharp screen shows
  page = await explorer.browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 });
  page.on('pageerror', (e) => errors.push(e.message));
  await untilAnswered(() => explorer.server.get('/api/graph?limit=40'));
  await page.goto(explorer.server.url);
  await page.waitForSelector('body[data-ready=true]');
  await page.waitForFunction(() => (window as any).cy?.nodes().length > 10, null, { timeout: 60_000 });
  void page.evaluate(() => (window as any).__kg.actions.overview());
  await page.waitForFunction(() => (window as any).cy.nodes().length > 300 && !document.querySelector('#cy')!.classList.contains('laying-out'), null, { timeout: 120_000 });
  // the preview (picture.ts) goes when Cytoscape has drawn the names
  await page.waitForFunction(() => document.querySelectorAll('#cy > canvas').length === 0, null, { timeout: 30_000 });
  await settle();
}, 300_000);

afterAll(async () => {
  await page?.close();
  await explorer?.close();
});

describe('the overview (~400 entities)', () => {
  it('names the most-mentioned in Chinese at the fitted zoom, none on another name or under a node', async () => {
    const v = await look('zh-fit', FLOOR.zhFit, true);
    expect(v.entities).toBeGreaterThan(300);
  }, 60_000);

  it('names them in English, none on another name or under a node', async () => {
    await page.locator('#lang button[data-lang="en"]').click();
    await settle();
    await look('en-fit', FLOOR.enFit, true);
  }, 60_000);

  it('names more of them zoomed to 1.0 on the centre, in English and in Chinese', async () => {
    await page.evaluate(() => {
      const cy = (window as any).cy;
      cy.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await settle();
    await look('en-zoom1', FLOOR.enZoom1, false);
    await page.locator('#lang button[data-lang="zh"]').click();
    await settle();
    await look('zh-zoom1', FLOOR.zhZoom1, false);
  }, 60_000);

  it('threw nothing', () => expect(errors).toEqual([]));
});
