// End to end: the English interface (?lang=en) in Chromium against the real server and the shared seeded
// Neo4j (read-only): the chrome in English, node labels in English by default and wrapped between
// words, server errors worded in English, the language kept in the URL and switched back and forth,
// pinyin written the same way on the canvas and in the details panel. Screenshots in tests/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId, type Explorer, openExplorer, poll, SHOTS } from '../support/explorer.ts';

let explorer: Explorer;
let page: Page;
const errors: string[] = [];
const HAN = /\p{Script=Han}/u;

const text = (sel: string) => page.locator(sel).first().innerText();
/** Every node's label and the lines Cytoscape wrapped it into. */
interface Label {
  id: string;
  label: string;
  lines: string[];
}
const labels = (): Promise<Label[]> =>
  page.evaluate(() =>
    (window as any).cy
      .nodes()
      .filter((n: any) => n.data('label') && n.visible())
      .map((n: any) => ({ id: n.id(), label: String(n.data('label')), lines: (n._private.rscratch.labelWrapCachedLines ?? []) as string[] })),
  );

beforeAll(async () => {
  explorer = await openExplorer();
  page = explorer.page;
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${explorer.server.url}/?lang=en`);
  await page.waitForSelector('body[data-ready=true]');
  // ready comes before the start view's nodes
  await page.waitForFunction(() => (window as any).cy?.nodes().length > 10, undefined, { timeout: 60_000 });
}, 180_000);

afterAll(() => explorer?.close());

/**
 * Chinese left in the English chrome: visible text, option labels and title/placeholder/aria-label
 * attributes that hold a Han character once the graph's own words are taken out: what the data says
 * (names, aliases, quotes, article titles and text, figures as printed, the Chinese shown beside an
 * English name) is Chinese by nature; the words of the interface around it must not be. The switch back
 * to Chinese (#ui-lang) is the one Chinese word the English chrome has on purpose.
 */
const DATA = [
  '#ui-lang', '#article', '.suggestion small', '.second-name', '.alias', '.sub', '.description', '.quote', '.evidence small', 'ul.mentions', '#reader',
  '.note', '.figure-main .muted', '.figure-value', '.dash-figure', 'blockquote', '.review-article-text', '.review-title', '.review-name',
].join(', ');
const chineseChrome = (): Promise<string[]> =>
  page.evaluate(`(() => {
    const HAN = /\\p{Script=Han}/u;
    const names = [...window.__kg.store.nodeData.values()].flatMap((n) => [n.name, ...(n.aliases ?? [])]).filter(Boolean).sort((a, b) => b.length - a.length);
    const left = (text) => names.reduce((t, n) => (t.includes(n) ? t.split(n).join(' ') : t), text);
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const out = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(DATA_SELECTOR) || el.closest('script, style')) continue;
      // a closed select's options have no boxes: they count when their select is shown
      if (!shown(el.tagName === 'OPTION' ? el.closest('select') : el) || !HAN.test(left(n.textContent))) continue;
      out.push((el.id ? '#' + el.id : el.tagName.toLowerCase() + '.' + [...el.classList].join('.')) + ': ' + n.textContent.trim().slice(0, 60));
    }
    for (const el of document.querySelectorAll('[title], [placeholder], [aria-label]')) {
      if (el.closest(DATA_SELECTOR) || !shown(el)) continue;
      for (const a of ['title', 'placeholder', 'aria-label']) {
        const v = el.getAttribute(a);
        if (v && HAN.test(left(v))) out.push((el.id ? '#' + el.id : el.tagName.toLowerCase()) + ' @' + a + ': ' + v.slice(0, 60));
      }
    }
    return [...new Set(out)];
  })()`.split('DATA_SELECTOR').join(JSON.stringify(DATA)));

describe('the English interface', () => {
  it('words the top bar, the legend, the timeline and the status line in English', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toMatch(/^Shizhong Knowledge Graph/);
    expect(await text('#home')).toBe('Focus');
    expect(await page.locator('#search-input').getAttribute('placeholder')).toMatch(/^Search/);
    // the one Chinese word in the chrome is the button back to Chinese
    const tools = await page.evaluate(() => [...document.querySelectorAll('#tools button, #tools option')].filter((b) => b.id !== 'ui-lang').map((b) => b.textContent ?? ''));
    expect(tools.filter((t) => HAN.test(t))).toEqual([]);
    expect(await text('#ui-lang')).toBe('中');
    await poll(() => text('#status')).toMatch(/^\d+ entit(y|ies) · \d+ facts?/);
    const headings = await page.locator('#legend h3, #timeline h3').allInnerTexts();
    expect(headings.join(' ')).toMatch(/Entity types.*Relation types.*Time.*Articles/s);
    expect(headings.filter((h) => HAN.test(h))).toEqual([]);
    const legendNames = await page.locator('#legend').innerText();
    expect(legendNames).toContain('Area');
    expect(HAN.test(legendNames)).toBe(false);
    await page.screenshot({ path: `${SHOTS}english-01-start.png` });
  });

  it('words the details panel and the right-click menu in English (entity names in the fact list lead in English)', async () => {
    expect(await text('#details h2')).toBe('Pick an entity');
    // a hub: its panel lists facts by relation; a right click opens its menu
    const hub = await page.evaluate(() => {
      const n = (window as any).cy.nodes().filter((x: any) => !x.hasClass('more')).max((x: any) => x.degree()).ele;
      const p = n.renderedPosition();
      const box = (window as any).cy.container().getBoundingClientRect();
      return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(hub.x, hub.y);
    await poll(() => page.locator('#details .fact-group').count()).toBeGreaterThan(0);
    const buttons = await page.locator('#details div.actions button, #details button.expand-group').allInnerTexts();
    expect(buttons).toContain('Expand');
    expect(buttons.filter((b) => HAN.test(b))).toEqual([]);
    expect(await page.locator('#details h3').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Facts \(\d+/)]));
    await page.mouse.click(hub.x, hub.y, { button: 'right' });
    await poll(() => page.locator('#context-menu [data-action="pin"]').isVisible()).toBe(true);
    const menu = await page.locator('#context-menu [data-action]:not([data-action="expand-group"])').allInnerTexts();
    expect(menu).toEqual(expect.arrayContaining(['Pin in place', 'Hide', 'Path from here']));
    expect(menu.filter((m) => HAN.test(m))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}english-04-menu.png` });
    await page.keyboard.press('Escape');
  });

  it('draws English node labels by default, broken between words only', async () => {
    await poll(() => page.locator('#lang button[data-lang="en"]').getAttribute('aria-pressed')).toBe('true');
    await poll(async () => (await labels()).filter((l) => l.lines.length > 1).length).toBeGreaterThan(3);
    const all = await labels();
    expect(all.filter((l) => HAN.test(l.label)).length).toBeLessThan(all.length / 4);
    for (const l of all.filter((x) => !HAN.test(x.label) && x.lines.length > 1)) {
      const words = new Set(l.label.split(/\s+/));
      // every wrapped line is made of whole words of the name
      for (const line of l.lines) for (const w of line.trim().split(/\s+/)) expect(words.has(w), `${l.label} → ${JSON.stringify(l.lines)}`).toBe(true);
    }
  });

  it('leads with English names: search suggestions say why they matched, the panel and the fact list show the Chinese beside', async () => {
    const suggestions = () => page.locator('#search .suggestion').allInnerTexts();
    // an English word: the English name leads, the printed Chinese beside it
    await page.locator('#search-input').fill('finance');
    await poll(async () => (await suggestions()).length).toBeGreaterThan(2);
    const names = await page.locator('#search .suggestion .name').allInnerTexts();
    expect(names.every((n) => !HAN.test(n)), names.join(' | ')).toBe(true);
    expect(names.some((n) => /Finance/.test(n))).toBe(true);
    // pinyin: why it matched, worded in English
    await page.locator('#search-input').fill('zhongyang');
    await poll(() => page.locator('#search .suggestion .why').first().innerText().catch(() => '')).toMatch(/^pinyin: /);
    expect(await page.locator('#search .suggestion .why').first().getAttribute('title')).toMatch(/^The pinyin/);
    // through an alias: the English name leads, the alias is why
    await page.locator('#search-input').fill('济南市市中区');
    await poll(() => page.locator('#search .suggestion .why-alias').first().innerText().catch(() => '')).toBe('alias: 济南市市中区');
    expect(await page.locator('#search .suggestion .name').first().innerText()).toBe('Shizhong District, Jinan');
    // a description match says so and comes after the name matches
    await page.locator('#search-input').fill('百强');
    await poll(() => page.locator('#search .suggestion .why-description').count()).toBeGreaterThan(0);
    const fields = await page.locator('#search .suggestion').evaluateAll((els) => els.map((e) => e.querySelector('.why')?.className.replace(/.*why-/, '') ?? 'name'));
    const firstDescription = fields.indexOf('description');
    expect(firstDescription, fields.join(' ')).toBeGreaterThan(0);
    expect(fields.slice(firstDescription).every((f) => f === 'description'), fields.join(' ')).toBe(true);
    expect(await page.locator('#search .suggestion .why-description').first().innerText()).toMatch(/^description: /);
    await page.screenshot({ path: `${SHOTS}en-search.png` });
    await page.keyboard.press('Escape');
    // the panel: the English heading, the Chinese and the pinyin under it; facts by English name with the Chinese beside
    const hub = await entityId(page, '市中区');
    await page.evaluate((i) => (window as any).__kg.actions.select(i), hub);
    await poll(() => text('#details h2')).toBe('Shizhong District, Jinan');
    expect(await text('#details .sub')).toMatch(/^市中区 · /);
    await poll(() => page.locator('#details .fact-other').count()).toBeGreaterThan(3);
    const facts = await page.locator('#details .fact-other').evaluateAll((els) => els.slice(0, 8).map((e) => ({ lead: e.firstChild?.textContent ?? '', second: e.querySelector('.second-name')?.textContent ?? '' })));
    for (const f of facts) {
      expect(HAN.test(f.lead), f.lead).toBe(false);
      expect(HAN.test(f.second), f.second).toBe(true);
    }
    // English facts keep their words whole: no line of the list is narrower than a word
    const narrow = await page.locator('#details .fact-other').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width < 60).length);
    expect(narrow).toBe(0);
    await page.screenshot({ path: `${SHOTS}en-details.png` });
  });

  it('shows the legend\'s English type names whole (none cut by the sidebar)', async () => {
    const cut = await page.locator('#legend .legend-item span:not(.swatch)').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > document.querySelector('#sidebar')!.getBoundingClientRect().right).map((e) => e.textContent));
    expect(cut).toEqual([]);
    // and every button of the top bar is in sight, the switch back to Chinese included
    const hiddenTools = await page.locator('#tools button').evaluateAll((els) => els.filter((b) => (b as HTMLElement).offsetWidth && b.getBoundingClientRect().right > window.innerWidth).map((b) => b.textContent));
    expect(hiddenTools).toEqual([]);
    await page.locator('#sidebar').screenshot({ path: `${SHOTS}en-sidebar.png` });
  });

  it('words a server error in English in its console frame', async () => {
    await page.locator('#console-button').click();
    await page.waitForSelector('#console .cm-content');
    expect(await text('#console .console-head strong')).toBe('Cypher console');
    await page.locator('#console .cm-content').click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('MATCH (n:Area)\nRETRUN n');
    await page.keyboard.press('Control+Enter');
    const error = page.locator('#console .frame').first().locator('.console-error');
    await poll(() => error.count()).toBe(1);
    expect(await error.innerText()).toMatch(/Query failed[\s\S]*Cypher syntax error \(line 2, column 1\)/);
    expect(HAN.test(await error.innerText())).toBe(false);
    await page.screenshot({ path: `${SHOTS}english-02-console-error.png` });
    await page.locator('#console button.close').click();
  });

  it('writes pinyin one way on the canvas and in the details panel', async () => {
    await page.locator('#lang button[data-lang="py"]').click();
    const id = await entityId(page, '中央活力区');
    expect(id).toBeTruthy();
    await poll(() => page.evaluate((i) => (window as any).cy.getElementById(i).data('label'), id)).toBe('zhōng yāng huó lì qū');
    await page.evaluate((i) => (window as any).__kg.actions.select(i), id);
    await poll(() => page.locator('#details .sub').first().innerText()).toContain('zhōng yāng huó lì qū');
    expect(new URL(page.url()).searchParams.get('labels')).toBe('py');
    await page.screenshot({ path: `${SHOTS}english-03-pinyin.png` });
  });

  it('keeps the language in the URL and switches back and forth, keeping the view', async () => {
    const nodes = () => page.evaluate(() => [...(window as any).__kg.store.state.nodes].sort() as string[]);
    const shown = await nodes();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.locator('#ui-lang').click();
    await page.waitForURL((u) => !u.searchParams.has('lang'));
    await page.waitForSelector('body[data-ready=true]');
    expect(await text('#home')).toBe('焦点');
    await poll(nodes).toEqual(shown);
    expect(new URL(page.url()).searchParams.get('labels')).toBe('py');
    await page.locator('#ui-lang').click();
    await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    await page.waitForSelector('body[data-ready=true]');
    expect(await text('#home')).toBe('Focus');
    // the syntax error's 400 is logged by the browser as a failed resource; nothing else may be
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });

  it('leaves no Chinese interface text in any panel a user opens (data names, quotes and articles aside)', async () => {
    await page.goto(`${explorer.server.url}/?lang=en`);
    await page.waitForSelector('body[data-ready=true]');
    await page.waitForFunction(() => (window as any).cy?.nodes().length > 10, undefined, { timeout: 60_000 });
    const seen: Record<string, string[]> = {};
    const look = async (panel: string) => void (seen[panel] = await chineseChrome());
    await look('start, legend, timeline, layouts');
    await page.locator('#search-input').fill('zhongyang');
    await poll(() => page.locator('#search .suggestion').count()).toBeGreaterThan(0);
    await look('search');
    await page.keyboard.press('Escape');
    const hub = await entityId(page, '市中区');
    await page.evaluate((i) => (window as any).__kg.actions.select(i), hub);
    await poll(() => page.locator('#details .fact-group').count()).toBeGreaterThan(0);
    await page.locator('#details details.figures-block > summary').click();
    await look('inspector of 市中区 with its figures');
    const at = await page.evaluate((i) => {
      const p = (window as any).cy.getElementById(i).renderedPosition();
      const box = (window as any).cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, hub);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await poll(() => page.locator('#context-menu [data-action="expand-group"]').count()).toBeGreaterThan(3);
    await look('context menu with hub groups');
    await page.keyboard.press('Escape');
    // a group box's menu names its hub in English too (it printed 市中区, which the check above takes for data)
    await page.evaluate((i) => (window as any).__kg.actions.expand(i), hub);
    await poll(() => page.evaluate(() => (window as any).cy.nodes('.group').length)).toBeGreaterThan(3);
    await page.waitForTimeout(800); // the boxes' placing
    const box = await page.evaluate(() => {
      const p = (window as any).cy.nodes('.group').first().renderedPosition();
      const r = (window as any).cy.container().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(box.x, box.y, { button: 'right' });
    await poll(() => page.locator('#context-menu [data-action="group-all"]').isVisible()).toBe(true);
    expect(await text('#context-menu .menu-title')).toMatch(/^Shizhong District[^\p{Script=Han}]*$/u);
    await look('context menu of a group box');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (window as any).__kg.actions.select((window as any).__kg.store.state.edges[0]));
    await poll(() => page.locator('#details .evidence').count()).toBeGreaterThan(0);
    await page.locator('#details button.quote').first().click();
    await poll(() => page.locator('#reader').isVisible()).toBe(true);
    await look('inspector of a fact, its article');
    await page.locator('#paths-button').click();
    await poll(() => page.locator('#paths').isVisible()).toBe(true);
    await look('paths');
    await page.locator('#paths-button').click();
    await page.locator('#console-button').click();
    await page.waitForSelector('#console .cm-content');
    await look('Cypher console and its examples');
    await page.locator('#console button.close').click();
    await page.locator('#export-button').click();
    await poll(() => page.locator('#export-menu').isVisible()).toBe(true);
    await look('export menu');
    await page.keyboard.press('Escape');
    await page.locator('#scenes-button').click();
    await poll(() => page.locator('#scenes').isVisible()).toBe(true);
    await look('scenes');
    await page.keyboard.press('Escape');
    await page.locator('#dashboard-button').click();
    await poll(() => page.locator('.dash-figure').count()).toBeGreaterThan(3);
    await look('district figures');
    await page.keyboard.press('Escape');
    await page.locator('#review-button').click();
    await poll(() => page.locator('#review-text').isVisible()).toBe(true);
    await look('review of a new article');
    await page.locator('.review-close').click();
    await page.goto(`${explorer.server.url}/?lang=en&scene=no-such-scene`);
    await page.waitForFunction(() => (window as any).cy?.nodes().length > 10, undefined, { timeout: 60_000 });
    await poll(() => page.locator('.toast').count()).toBeGreaterThan(0);
    await look('error toast of a bad request');
    await page.screenshot({ path: `${SHOTS}english-05-error-toast.png` });
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
  }, 180_000);
});
