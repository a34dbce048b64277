// End to end: the Cypher console's editor in Debian's Chromium against the real server and the shared
// seeded Neo4j (read-only). Escape closes only the completion popup, running closes it, completion
// from the live schema opens as you type, and an error gets its own frame (no result beside it).
// Screenshots go to tests/screenshots/ (git-ignored).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, poll, SHOTS, type Explorer } from '../support/explorer.ts';
import type { TestServer } from '../support/http.ts';


let server: TestServer;
let explorer: Explorer;
let page: Page;
const errors: string[] = [];

const popup = () => page.locator('.cm-tooltip-autocomplete');
const options = () => popup().locator('li').allTextContents();
const consoleOpen = () => page.locator('#console').isVisible();
/** each run gets its own frame, newest first */
const newest = () => page.locator('#console .frame').first();

/** Replaces the editor's text by typing it key by key, as a person does (completion reacts to typing). */
async function typeQuery(text: string) {
  // top-left: the popup of the last query (below its cursor line) may cover the rest of the editor
  await page.locator('#console .cm-content').click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 15 });
}

beforeAll(async () => {
  explorer = await openExplorer();
  ({ server, page } = explorer);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready=true]');
  await page.locator('#console-button').click();
  await page.waitForSelector('#console .cm-content');
}, 180_000);

afterAll(() => explorer?.close());

describe('the Cypher editor', () => {
  it('typing `MATCH (n:` lists the labels of the live schema without Ctrl-Space', async () => {
    const schema = (await server.get('/api/schema')).body;
    // the schema arrives after the console opens: retype until the popup knows it
    await poll(async () => {
      await typeQuery('MATCH (n:');
      await page.waitForTimeout(300);
      return (await popup().count()) > 0 ? await options() : [];
    }).toEqual(expect.arrayContaining(schema.labels.map((l) => expect.stringContaining(l.label))));
    await page.screenshot({ path: `${SHOTS}console-01-label-completion.png` });
  });

  it('lists relationship types after `[r:`, property keys after `n.` and parameters after `$`, as you type', async () => {
    const schema = (await server.get('/api/schema')).body;
    await typeQuery('MATCH (a)-[r:');
    await poll(options).toEqual(expect.arrayContaining(schema.relationshipTypes.slice(0, 5).map((t) => expect.stringContaining(t.type))));
    expect((await options()).some((o) => o.startsWith('Area'))).toBe(false);

    await typeQuery('MATCH (n:Area) RETURN n.');
    await poll(options).toEqual(expect.arrayContaining([expect.stringContaining('name'), expect.stringContaining('mention_count')]));

    // a map's key is not a label
    await typeQuery("MATCH (n {name:");
    await page.waitForTimeout(400);
    expect(await popup().count()).toBe(0);

    await page.locator('#console textarea.params').fill('{"year": 2022, "limit": 5}');
    await typeQuery('MATCH (e:Entity) WHERE e.first_reported = $');
    await poll(options).toEqual(expect.arrayContaining([expect.stringContaining('year'), expect.stringContaining('limit')]));
    expect(await options()).toHaveLength(2);
    await page.locator('#console textarea.params').fill('');
  });

  it('Escape while typing closes only the completion popup; the console stays open (a second Escape may close it)', async () => {
    await typeQuery('MATCH (n:Pro');
    // CodeMirror's fuzzy match keeps Person (P…r…o) too, below the prefix match
    await poll(async () => (await options())[0]).toContain('Project');
    await page.keyboard.press('Escape');
    await poll(() => popup().count()).toBe(0);
    expect(await consoleOpen()).toBe(true);
    // the typed text is still there and the editor still has the focus
    // (the editor closes brackets as you type)
    expect(await page.locator('#console .cm-content').textContent()).toBe('MATCH (n:Pro)');
    await page.keyboard.type('ject) RETURN n LIMIT 1', { delay: 15 });
    expect(await page.locator('#console .cm-content').textContent()).toBe('MATCH (n:Project) RETURN n LIMIT 1');
    expect(await consoleOpen()).toBe(true);
    // with no popup, Escape is the page's again: it closes the console
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await poll(consoleOpen).toBe(false);
    await page.locator('#console-button').click();
    await poll(consoleOpen).toBe(true);
  });

  it('Ctrl-Enter runs the query and closes the popup, which never covers the result', async () => {
    await typeQuery('MATCH (n:Area) RETURN n.name AS name ORDER BY n.name');
    // the property popup is open on `n.name` when the query runs
    await poll(() => popup().count()).toBe(1);
    await page.keyboard.press('Control+Enter');
    await poll(() => newest().locator('.summary').textContent()).toMatch(/行/);
    expect(await popup().count()).toBe(0);
    const rows = newest().locator('.result-table tbody tr');
    await poll(() => rows.count()).toBeGreaterThan(0);
    // a click right where the popup was lands on the page
    await newest().locator('.tab[data-tab="json"]').click({ timeout: 3000 });
    await poll(() => newest().locator('pre.json').count()).toBe(1);
    await newest().locator('.tab[data-tab="table"]').click({ timeout: 3000 });
    await page.screenshot({ path: `${SHOTS}console-02-result.png` });
  });

  it('a syntax error gets a frame of its own naming line and column, with no result or summary beside it', async () => {
    expect(await newest().locator('.result-table').count()).toBe(1);
    const before = await page.locator('#console .frame').count();
    await typeQuery('MATCH (n:Area)');
    await poll(() => popup().count()).toBe(0); // the label popup closed at `)`: Enter is a new line
    await page.keyboard.press('Enter');
    await page.keyboard.type('RETRUN n', { delay: 15 });
    await page.keyboard.press('Control+Enter');
    await poll(() => page.locator('#console .frame').count()).toBe(before + 1);
    const error = newest().locator('.console-error');
    await poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/第 2 行，第 1 列/);
    expect(await newest().locator('.result-table').count()).toBe(0);
    expect(await newest().locator('.tab').count()).toBe(0);
    expect(await newest().locator('.summary').count()).toBe(0);
    // the query's own frame is the one with the error; the earlier result keeps its frame below
    expect(await newest().locator('.frame-query').textContent()).toContain('RETRUN');
    expect(await page.locator('#console .frame').nth(1).locator('.result-table').count()).toBe(1);
    // the editor marks the word at that position
    await poll(() => page.locator('#console .cm-lintRange-error').first().textContent()).toBe('RETRUN');
    expect(await consoleOpen()).toBe(true);
    await page.screenshot({ path: `${SHOTS}console-03-error.png` });

    // the next good query replaces the error in turn
    await typeQuery('MATCH (n:Area) RETURN count(n) AS areas');
    await page.keyboard.press('Control+Enter');
    await poll(() => newest().locator('.result-table tbody tr').count()).toBe(1);
    expect(await newest().locator('.console-error').count()).toBe(0);
  });

  it('keeps the parameters panel and the history', async () => {
    await page.locator('#console textarea.params').fill('{"year": 2022}');
    await typeQuery('MATCH (e:Entity) WHERE e.first_reported = $year RETURN e.name AS name LIMIT 3');
    await page.keyboard.press('Control+Enter');
    await poll(() => newest().locator('.result-table tbody tr').count()).toBeGreaterThan(0);
    const history = await page.locator('#console select.history option').allTextContents();
    expect(history[1]).toContain('$year');
    expect(history.length).toBeGreaterThan(3);
    // the one 400 is the syntax error's answer, which the browser logs as a failed resource
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
