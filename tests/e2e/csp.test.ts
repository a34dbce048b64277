// The built client in Debian's Chromium under the server's Content-Security-Policy: searching,
// expanding a node, a layout in the Web Worker, running a Cypher query and exporting a PNG raise no
// violation and no console error. Shared seeded Neo4j, read-only.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId, type Explorer, openExplorer, poll, SHOTS } from '../support/explorer.ts';
import type { TestServer } from '../support/http.ts';

const CENTRAL = '中央活力区';

let server: TestServer;
let explorer: Explorer;
let page: Page;
/** what the page reported: violations from its securitypolicyviolation listener, console errors, uncaught errors */
const problems: string[] = [];
/** the Web Workers the page started */
const workers: string[] = [];

const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const state = () => page.evaluate(() => (window as any).__kg.store.state as { nodes: string[]; selected: string | null });

beforeAll(async () => {
  explorer = await openExplorer();
  ({ server, page } = explorer);
  // before any script of the page runs, so nothing it does goes unseen
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample}`));
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // the layout Web Worker's own errors (a CSP refusal inside it is logged there)
  page.on('worker', (w) => {
    workers.push(w.url());
    w.on('console', (m) => m.type() === 'error' && problems.push(`worker console: ${m.text()}`));
  });
}, 180_000);

afterAll(() => explorer?.close());

describe('the client under the Content-Security-Policy', () => {
  it('is served with the policy', async () => {
    const res = await page.goto(server.url);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('body[data-ready=true]');
  });

  it('searches, expands a node, lays out a big view in the Web Worker, runs a Cypher query and exports a PNG with no violation and no console error', { timeout: 180_000 }, async () => {
    // search
    await page.keyboard.press('/');
    await page.keyboard.type(CENTRAL);
    const first = page.locator('.suggestion').first();
    await poll(() => first.locator('.name').textContent()).toBe(CENTRAL);
    const id = (await first.getAttribute('data-id'))!;
    await page.keyboard.press('Enter');
    await poll(async () => (await state()).selected).toBe(id);

    // expand: the hub 市中区 alone on the canvas, double-clicked (the layout runs in the Web Worker)
    const hub = await entityId(page, '市中区');
    await page.evaluate((h) => {
      const kg = (window as any).__kg;
      kg.store.set({ ...kg.store.state, nodes: [h], edges: [], more: {}, selected: null }, 'test');
    }, hub);
    await page.waitForTimeout(900);
    const box = (await page.locator('#cy').boundingBox())!;
    const p = await page.evaluate((i) => (window as any).cy.getElementById(i).renderedPosition(), hub);
    await page.mouse.dblclick(box.x + p.x, box.y + p.y);
    await poll(async () => (await state()).nodes.length).toBeGreaterThan(1);
    await page.waitForTimeout(900);

    // a view big enough for fcose to run in the layout Web Worker (WORKER_MIN_NODES, client/src/view/canvas.ts),
    // which runs under the policy its own response carries; then the hub's view back (undo)
    await page.evaluate(`(() => {
      const kg = window.__kg, N = 700;
      const nodes = Array.from({ length: N }, (_, i) => ({ id: 'w' + i, name: '合成' + i, labels: ['Area'], mention_count: 1 }));
      const edges = Array.from({ length: N }, (_, i) => ({ id: 'we' + i, type: 'PART_OF', source: 'w' + i, target: 'w' + ((i * 7) % N) }));
      kg.store.update({ layout: 'fcose' }, 'layout', false);
      kg.store.addGraph({ nodes, edges, truncated: false }, 'test', { replace: true });
    })()`);
    expect(await page.locator('#cy.laying-out').count()).toBe(1);
    await expect.poll(() => page.locator('#cy.laying-out').count(), { timeout: 60_000, interval: 200 }).toBe(0);
    expect(workers.length).toBeGreaterThan(0);

    // the Cypher console (CodeMirror injects its styles) and a query
    await page.locator('#console-button').click();
    await page.waitForSelector('#console .cm-content');
    await page.locator('#console select.examples').selectOption({ label: '投资关系与金额' });
    await page.locator('#console button.run').click();
    await poll(() => page.locator('#console .tab[aria-selected="true"]').textContent()).toBe('图');
    await page.locator('#console .tab[data-tab="table"]').click();
    await poll(() => page.locator('#console .result-table tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}csp-console.png` });
    await page.locator('#console .console-head .close').click();

    // PNG export: drawn on a canvas, downloaded from a blob: URL
    await page.waitForTimeout(900);
    await page.locator('#export-button').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-menu [data-format="png"]').click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');

    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('would have seen a violation: an inline script is refused and reported', async () => {
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await poll(async () => (await violations()).join('\n')).toMatch(/script-src-elem blocked inline/);
    expect(await page.evaluate(() => (window as any).__ran)).toBeUndefined();
  });
});
