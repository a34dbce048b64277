// The client at scale (issue #19, point 5): headless Chromium on a running explorer (usually the 1M
// store: `NEO4J_HOME=<home> npm start`), the start view, search as you type, the biggest hub expanded
// and the overview's sample, each timed and kept as bench/results/scale-<tag>-*.png.
// Usage: tsx bench/scale/screens.ts <base url> <hub entity id> <search text> <tag>
import { launchBrowser } from '../../tests/support/browser.ts';

const [base, hub, text, tag] = process.argv.slice(2);
const OUT = new URL(`../results/scale-${tag}-`, import.meta.url).pathname;
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
page.on('pageerror', (e) => console.error('page error:', e.message));
const state = () => page.evaluate(() => (window as any).__kg.store.state as { nodes: string[] });
const until = async (what: string, fn: () => Promise<boolean>, ms = 120_000) => {
  const t0 = performance.now();
  while (!(await fn())) {
    if (performance.now() - t0 > ms) throw new Error(`screens: ${what} not within ${ms} ms`);
    await page.waitForTimeout(50);
  }
  return performance.now() - t0;
};
const shot = async (name: string) => {
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${OUT}${name}.png` });
};
try {
  let t = performance.now();
  await page.goto(base);
  await page.waitForSelector('body[data-ready=true]', { timeout: 240_000, state: 'attached' });
  await until('the start view', async () => (await state()).nodes.length > 0);
  console.log(`start view: ${(performance.now() - t).toFixed(0)} ms to ${(await state()).nodes.length} entities`);
  await shot('start');

  // typed as a person types (120 ms apart): the suggestions for the whole word
  await page.keyboard.press('/');
  for (const ch of text) await page.keyboard.type(ch, { delay: 120 });
  t = performance.now();
  await until('suggestions', async () => (await page.locator('.suggestion').count()) > 0);
  console.log(`search "${text}": suggestions ${(performance.now() - t).toFixed(0)} ms after the last key: ${(await page.locator('.suggestion .name').allTextContents()).slice(0, 5).join(', ')}`);
  await shot('search');
  await page.keyboard.press('Escape');

  // the biggest hub alone, then double-clicked: 20 neighbours and its groups
  await page.evaluate((h) => {
    const kg = (window as any).__kg;
    kg.store.set({ ...kg.store.state, nodes: [], edges: [], more: {}, groups: {}, selected: null }, 'screens');
  }, hub);
  const sub = await page.evaluate(async (h) => (await fetch('/api/subgraph', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids: [h] }) })).json(), hub);
  await page.evaluate((g) => (window as any).__kg.store.addGraph(g, 'screens', { replace: true, select: null }), sub);
  await page.waitForTimeout(1000);
  const p = await page.evaluate((i) => (window as any).cy.getElementById(i).renderedPosition(), hub);
  const box = (await page.locator('#cy').boundingBox())!;
  t = performance.now();
  await page.mouse.dblclick(box.x + p.x, box.y + p.y);
  await until('the hub expanded', async () => (await state()).nodes.length > 1);
  console.log(`hub expanded: ${(performance.now() - t).toFixed(0)} ms to ${(await state()).nodes.length - 1} neighbours`);
  await shot('hub');

  // the overview: a sample of the most mentioned, and the notice saying of how many
  t = performance.now();
  await page.locator('#overview').click();
  await until('the overview', async () => (await state()).nodes.length > 100, 180_000);
  const notice = page.locator('.toast.info');
  await until('its notice', async () => (await notice.count()) > 0, 10_000).catch(() => 0);
  console.log(`overview: ${(performance.now() - t).toFixed(0)} ms to ${(await state()).nodes.length} entities; notice: ${await notice.allTextContents()}`);
  await page.screenshot({ path: `${OUT}overview.png` });
} finally {
  await browser.close();
}
