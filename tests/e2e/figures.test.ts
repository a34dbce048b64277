// End to end: figures a person can look at. 市中区's panel charts its GDP over the years, a point opens
// its sentence in the reader; the table lists every figure and downloads as CSV; the district dashboard
// shows the headline figures by year, every number opening its evidence. Screenshots go to
// tests/screenshots/ (figures-panel.png, figures-table.png, figures-dashboard.png), looked at by a person.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, poll, SHOTS, type Explorer } from '../support/explorer.ts';

let explorer: Explorer;
let page: Page;
const errors: string[] = [];

/** The side panel as it shows on screen (an element screenshot of a scrolled panel would be its whole height). */
async function panelShot(name: string) {
  const box = (await page.locator('#details').boundingBox())!;
  await page.screenshot({ path: `${SHOTS}${name}.png`, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 720 - box.y) } });
}

const readerQuote = () => page.locator('#reader mark.evidence').allTextContents().then((t) => t.join(''));

beforeAll(async () => {
  explorer = await openExplorer();
  page = explorer.page;
  // script errors anywhere, and any failure of the figures' own calls (the start view may time out on a loaded machine)
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && /\/figures/.test(r.url()) && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(explorer.server.url);
  await page.waitForSelector('body[data-ready=true]');
  // 市中区 picked from the search, as a person would
  await page.keyboard.press('/');
  await page.keyboard.type('市中区');
  await page.locator('.suggestion .name', { hasText: /^市中区$/ }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('#details .entity-name', { hasText: /^市中区$/ }).waitFor({ timeout: 30_000 });
  await page.waitForSelector('#details details.figures-block');
}, 180_000);

afterAll(async () => {
  expect(errors).toEqual([]);
  await explorer?.close();
});

describe("an entity's figures", () => {
  it('charts GDP over the years reported, a line per period and basis, and a point opens its sentence', async () => {
    await page.click('#details details.figures-block > summary');
    const gdp = page.locator('#details details.figure-kind[data-kind="gdp"]');
    await poll(() => gdp.locator('.figure-chart canvas').count()).toBeGreaterThan(0);
    // the amounts and the growth rates are separate charts: a rate never shares an axis with yuan
    expect(await gdp.locator('.figure-series').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.series))).toEqual(['gdp|level|yuan', 'gdp|growth|percent']);
    expect(await gdp.locator('.figure-series').first().locator('.u-legend').textContent()).toMatch(/上半年 · 实际.*全年 · 预计/);
    await gdp.scrollIntoViewIfNeeded();
    await panelShot('figures-panel');
    // the 2020 point of the amounts: 480.3亿元 in the first half, opened at its sentence
    const point = gdp.locator('.figure-series').first().locator('.figure-point[aria-label="2020 480.3亿元"]');
    const box = (await point.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await poll(readerQuote).toContain('480.3亿元');
    await page.click('#reader button.back');
  });

  it('lists every figure in a table, and the table downloads as CSV with one row per figure', async () => {
    await page.click('#details .figure-views button:text("表格")');
    const rows = page.locator('#details .figure-table tbody tr');
    const total = Number(/（(\d+)）/.exec((await page.locator('#details details.figures-block > summary h3').textContent())!)![1]);
    await poll(() => rows.count()).toBe(total);
    await page.locator('#details .figure-table').scrollIntoViewIfNeeded();
    await panelShot('figures-table');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#details .figure-table-wrap button.csv')]);
    expect(download.suggestedFilename()).toBe('市中区-figures.csv');
    const bytes = readFileSync((await download.path())!);
    // a UTF-8 byte order mark first, so spreadsheet programs read the Chinese as UTF-8
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).trim().split('\r\n');
    expect(lines).toHaveLength(total + 1);
    expect(lines[0]).toBe('entity,kind,measure,basis,period,year,value,value_max,unit,approximate,text,note,article,report_year,start,end,quote,unparsed');
    expect(lines.some((l) => l.startsWith('市中区,gdp,level,actual,h1,2020,48030000000,,yuan,,480.3亿元,'))).toBe(true);
    await page.click('#details .figure-views button:text("图表")');
  });
});

describe('the district dashboard', () => {
  it("shows 市中区's headline figures by year, targets marked as targets, every number opening its sentence", async () => {
    await page.click('#dashboard-button');
    const table = page.locator('#figure-dashboard .dash-table');
    await table.waitFor();
    expect(await page.locator('#figure-dashboard h2').textContent()).toContain('市中区');
    expect(await table.locator('thead th').allTextContents()).toEqual(['', '2020', '2021', '2022', '2023', '2024']);
    expect(await table.locator('tbody th').allTextContents()).toEqual(['地区生产总值', '财政收入', '固定资产投资', '年度投资', '社会消费品零售额', '市场主体', '新增企业']);
    const target = table.locator('tr[data-kind="gdp"] .dash-figure.planned', { hasText: '目标' }).first();
    expect(await target.textContent()).toMatch(/6%.*目标/);
    await page.screenshot({ path: `${SHOTS}figures-dashboard.png` });
    await table.locator('tr[data-kind="retail_sales"] .dash-figure', { hasText: '490亿元' }).click();
    await poll(readerQuote).toContain('490亿元');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await poll(() => page.locator('#figure-dashboard').isHidden()).toBe(true);
  });
});
