// End to end: the search box cancels a request a newer keystroke superseded (client/src/panels/search.ts).
// The answer to an earlier text is held back in the browser's network layer until the last text's answer
// is on screen; it must never replace it, and the page must have aborted its request (at 1M entities every
// keystroke's search costs the server work that nobody will read).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStartView, poll, SHOTS, type Explorer } from '../support/explorer.ts';

const EARLIER = '济南';
const LAST = '济南市';

let explorer: Explorer;
let page: Page;

beforeAll(async () => {
  explorer = await openStartView(300);
  page = explorer.page;
}, 180_000);

afterAll(() => explorer?.close());

const names = () => page.locator('.suggestion .name').allTextContents();

describe('search as you type', () => {
  it('aborts the request of a superseded keystroke, and its late answer never replaces the last one', async () => {
    const aborted: string[] = [];
    page.on('requestfailed', (r) => {
      if (r.url().includes('/api/search')) aborted.push(`${new URL(r.url()).searchParams.get('q')}: ${r.failure()?.errorText}`);
    });
    // the real answer to the earlier text, renamed so that it shows if it ever lands
    const { body } = await explorer.server.get<{ results: Array<{ name: string; en: string | null }> }>(`/api/search?q=${encodeURIComponent(EARLIER)}&limit=12`);
    const stale = { results: body.results.map((r) => ({ ...r, name: `STALE ${r.name}`, en: null })) };
    expect(stale.results.length).toBeGreaterThan(0);
    let held = false;
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    await page.route('**/api/search?*', async (route) => {
      if (new URL(route.request().url()).searchParams.get('q') !== EARLIER) return route.continue();
      held = true;
      await released; // handed over only after the last text's answer is on screen
      await route.fulfill({ json: stale }).catch(() => undefined); // the page gave up on it
    });

    await page.keyboard.press('/');
    await page.keyboard.type(EARLIER);
    await poll(() => held).toBe(true);
    await page.keyboard.type(LAST.slice(EARLIER.length));
    await poll(async () => (await names())[0]).toBe(LAST);

    release();
    await poll(() => aborted).toContain(`${EARLIER}: net::ERR_ABORTED`);
    await page.waitForTimeout(500); // time for a late answer to be applied, were it not cancelled
    const shown = await names();
    expect(shown[0]).toBe(LAST);
    expect(shown.filter((n) => n.startsWith('STALE'))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}search-cancel.png` });
  });
});
