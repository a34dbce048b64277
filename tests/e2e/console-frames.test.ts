// End to end: the console's result frames in Chromium against the real server and the shared seeded
// Neo4j (read-only). Each run gets its own frame with graph, table and JSON views; the exploration
// canvas changes only when "Add to canvas" is clicked; the frames are the session's history and
// survive a reload. Screenshots go to tests/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, poll, SHOTS, type Explorer } from '../support/explorer.ts';

let explorer: Explorer;
let page: Page;
const errors: string[] = [];

const frames = () => page.locator('#console .frame');
const newest = () => frames().first();
const canvasIds = () => page.evaluate(() => (window as unknown as { cy: { nodes(): { map(f: (n: { id(): string }) => string): string[] } } }).cy.nodes().map((n) => n.id()));

async function run(query: string) {
  const count = await frames().count();
  await page.locator('#console .cm-content').click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.keyboard.press('Control+Enter');
  await poll(() => frames().count()).toBe(Math.min(count + 1, 30));
}

const QUERY = 'MATCH (n:Project)-[r]->(m) RETURN n, r, m LIMIT 25';

beforeAll(async () => {
  explorer = await openExplorer();
  page = explorer.page;
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(explorer.server.url);
  await page.waitForSelector('body[data-ready=true]');
  await page.locator('#console-button').click();
  await page.waitForSelector('#console .cm-content');
}, 180_000);

afterAll(() => explorer?.close());

describe('result frames', () => {
  it('a run gets its own frame with its graph drawn there, and the exploration canvas is left as it was', async () => {
    const before = (await canvasIds()).sort();
    expect(await page.locator('#console .frames-empty').count()).toBe(1);
    await run(QUERY);
    expect(await newest().getAttribute('data-state')).toBe('result');
    expect(await newest().locator('.frame-query').textContent()).toBe(QUERY);
    expect(await newest().locator('.tab[aria-selected=true]').getAttribute('data-tab')).toBe('graph');
    // the frame's own Cytoscape draws the result
    await poll(() => newest().locator('.frame-graph canvas').count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect((await canvasIds()).sort()).toEqual(before);
    await page.screenshot({ path: `${SHOTS}frames-01-graph.png` });
  });

  it('shows the same result as a table and as JSON with the public fields only', async () => {
    await newest().locator('.tab[data-tab="table"]').click();
    const header = await newest().locator('.result-table th').allTextContents();
    expect(header).toEqual(['n', 'r', 'm']);
    expect(await newest().locator('.result-table tbody tr').count()).toBeGreaterThan(0);
    await newest().locator('.tab[data-tab="json"]').click();
    const json = JSON.parse((await newest().locator('pre.json').textContent())!) as Array<Record<string, { properties: Record<string, unknown> }>>;
    expect(json.length).toBeGreaterThan(0);
    const keys = new Set(json.flatMap((row) => Object.values(row).flatMap((v) => Object.keys(v.properties ?? {}))));
    expect(keys.has('name')).toBe(true);
    for (const internal of ['search_keys', 'canvas', 'py_keys', 'en_lc']) expect(keys.has(internal), internal).toBe(false);
    await page.screenshot({ path: `${SHOTS}frames-02-json.png` });
  });

  it('"Add to canvas" is the one way a result reaches the exploration canvas', async () => {
    await newest().locator('.tab[data-tab="graph"]').click();
    const before = new Set(await canvasIds());
    await newest().locator('button.add').click();
    const json = await page.evaluate(async (q) => (await (await fetch('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) })).json()) as { graph: { nodes: Array<{ id: string }> } }, QUERY);
    const wanted = json.graph.nodes.map((n) => n.id);
    await poll(async () => {
      const ids = new Set(await canvasIds());
      return wanted.filter((id) => !ids.has(id));
    }).toEqual([]);
    expect((await canvasIds()).length).toBeGreaterThan(before.size);
  });

  it('keeps every run as a frame, newest on top; an error is a frame of its own', async () => {
    await run("MATCH (a:Area) RETURN a.name AS name ORDER BY name LIMIT 3");
    expect(await newest().locator('.tab[aria-selected=true]').getAttribute('data-tab')).toBe('table');
    await run('MATCH (n:Area)\nRETRUN n');
    expect(await newest().getAttribute('data-state')).toBe('error');
    expect(await newest().locator('.console-error').textContent()).toMatch(/第 2 行，第 1 列/);
    expect(await frames().nth(1).locator('.result-table tbody tr').count()).toBe(3);
    expect(await frames().nth(2).locator('.frame-query').textContent()).toBe(QUERY);
    expect(await page.locator('#console .frames-title').textContent()).toBe('结果（3）');
    await page.screenshot({ path: `${SHOTS}frames-03-stream.png` });
  });

  it('the frames are the session history: a reload keeps them (older ones collapsed), and a frame can be run again or removed', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    await page.locator('#console-button').click();
    await page.waitForSelector('#console .cm-content');
    expect(await frames().count()).toBe(3);
    expect(await newest().getAttribute('data-state')).toBe('error');
    expect(await frames().nth(1).locator('.frame-body').isHidden()).toBe(true);
    await frames().nth(1).locator('button.collapse').click();
    expect(await frames().nth(1).locator('.result-table tbody tr').count()).toBe(3);
    // run again: a new frame of the same query on top
    await frames().nth(1).locator('button.rerun').click();
    await poll(() => frames().count()).toBe(4);
    expect(await newest().locator('.frame-query').textContent()).toContain('a.name AS name');
    await newest().locator('button.remove').click();
    await poll(() => frames().count()).toBe(3);
    await page.screenshot({ path: `${SHOTS}frames-04-restored.png` });
    // the syntax error's 400 is logged by the browser as a failed resource; nothing else may be
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
