// End to end, the review workflow in headless Chromium on a private seeded Neo4j (it writes): paste an
// article with its title and date, see every mention highlighted, merge / reject / rename / accept item
// by item, see what is still proposed dashed on the canvas, accept the rest at once, upload a GBK file,
// review the figures an article states and find an accepted one in its entity's figures, and read the
// refusals. Screenshots land in tests/screenshots/review-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSeed } from '../../graph-seed/src/compile.ts';
import { loadSeed } from '../../graph-seed/src/load.ts';
import { launchBrowser } from '../support/browser.ts';
import { SHOTS, poll } from '../support/explorer.ts';
import { startTestServer, type TestServer } from '../support/http.ts';
import { privateNeo4j, type PrivateNeo4j } from '../support/neo4j.ts';

const ARTICLE = [
  '市中区加快建设泉城科创产业园',
  '',
  '今年以来，市中区以“中优”战略引领城市更新，加快建设泉城科创产业园、千佛山数字经济创新中心等重点项目，引进科大讯飞、华为云等多家头部企业。',
  '泉城科创产业园二期项目总投资12.5亿元，聚焦数字经济、人工智能等产业。',
  '济南市万达广场开业，济南鲁信集团落户泉城科创产业园。',
].join('\n');

/** A curated project (matched) and a new one, each with an investment the extractor reads. */
const FIGURE_ARTICLE = ['山东新金融产业园二期项目加快建设', '', '山东新金融产业园二期项目总投资25亿元，建筑面积18万平方米。', '泉城数字港项目总投资8.6亿元，今年开工建设。'].join('\n');

/** One figure, misread on purpose: the reviewer moves it to the year's amount (3亿元) as a target. */
const EDIT_ARTICLE = ['泉城数字港二期项目开工', '', '泉城数字港二期项目总投资8.6亿元，力争年内完成投资3亿元，建筑面积12万平方米。'].join('\n');

/** An invented bookshop the extractor does not propose: the reviewer adds it from the text. */
const MISSED_ARTICLE = ['百花书坊开业', '', '近日，百花书坊在泉城路开门迎客，市中区文化和旅游局为其授牌。', '百花书坊收藏了三千册古籍。'].join('\n');

/** The extractor proposes the bureau with its district; the reviewer wants the bureau's own words. */
const BOUNDARY_ARTICLE = ['万象城二期项目开工', '', '万象城二期项目开工，市中区发展改革局负责人到场。'].join('\n');

let neo: PrivateNeo4j;
let server: TestServer;
let browser: Browser;
let page: Page;

// three hooks, each with its own timeout: on a shared two-core machine a JVM, the seed and a build
// each took minutes
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  neo = await privateNeo4j();
  await loadSeed(neo.driver, compileSeed());
}, 300_000);
beforeAll(async () => {
  await build({ configFile: new URL('../../client/vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}, 300_000);
beforeAll(async () => {
  server = await startTestServer(neo.driver);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (err) => console.error('page error:', err.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  page.on('response', (r) => r.status() >= 400 && console.error('response:', r.status(), r.url()));
  // a cold private JVM on a busy machine answers its first overview past the call's deadline: warm it first
  for (let i = 0; i < 30 && (await server.get('/api/graph?limit=40')).status !== 200; i++) await new Promise((ok) => setTimeout(ok, 2000));
  await page.goto(server.url);
  // a cold private Neo4j on a busy machine: the start view may take a while
  await page.waitForFunction(() => (window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length, null, { timeout: 120_000 });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await neo?.dispose();
});

/** A new draft from the form: the title and text pasted, extracted, its review shown. */
async function extractNew(title: string, text: string) {
  await page.selectOption('#review-drafts', '');
  await page.waitForSelector('form.review-form');
  await page.fill('#review-title', title);
  await page.fill('#review-text', text);
  await page.click('#review-extract');
  await page.waitForSelector('.review-draft', { timeout: 60_000 });
}
/** Select `length` characters where the article prints `context` (in one piece of text), as a reader drags over them. */
const selectInArticle = (context: string, length: number) =>
  page.evaluate(
    ([context, length]) => {
      const text = document.querySelector('.review-article-text')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(context);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        text.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`${context} is not printed in one piece`);
    },
    [context, length] as const,
  );
const row = (name: string) => page.locator('li.review-item.entity', { has: page.locator('.review-name', { hasText: new RegExp(`^${name}$`) }) });
const statusOf = async (name: string) => (await row(name).getAttribute('class'))?.match(/status-(\w+)/)?.[1];
const db = async (cypher: string, params: Record<string, unknown> = {}) => (await neo.driver.executeQuery(cypher, params)).records.map((r) => r.toObject());

describe('reviewing a new article in the browser', () => {
  it('opens the form from the toolbar, and refuses an empty submission with a message', async () => {
    await page.click('#review-button');
    await page.waitForSelector('#review:not([hidden]) form.review-form');
    await page.click('#review-extract');
    await expect.poll(() => page.locator('.review-alert').textContent()).toMatch(/请粘贴正文或上传文件/);
    await page.fill('#review-text', 'hello world');
    await page.click('#review-extract');
    await expect.poll(() => page.locator('.review-alert').textContent(), { timeout: 30_000 }).toMatch(/no Chinese text/);
  });

  it('extracts a pasted article: the text with every mention highlighted by type, entities and facts', async () => {
    await page.fill('#review-title', '泉城科创产业园加快建设');
    await page.fill('#review-date', '2025-06-30');
    await page.fill('#review-text', ARTICLE);
    await page.screenshot({ path: join(SHOTS, 'review-01-form.png') });
    await page.click('#review-extract');
    await page.waitForSelector('.review-draft', { timeout: 60_000 });
    await expect.poll(() => page.locator('.review-alert').isHidden()).toBe(true);
    expect(await page.locator('.review-title').textContent()).toMatch(/泉城科创产业园加快建设 · 2025-06-30/);
    // every mention of the text is marked, in its type's colour, dashed while proposed
    const marks = await page.locator('mark.mention').count();
    expect(marks).toBeGreaterThanOrEqual(15);
    expect(await page.locator('mark.mention.status-proposed').first().evaluate((m) => getComputedStyle(m).borderBottomStyle)).toBe('dashed');
    expect(await row('市中区').locator('.review-match').textContent()).toMatch(/已有实体：市中区/);
    expect(await row('华为云').locator('.review-new').textContent()).toBe('新实体');
    expect(await row('济南市万达广场').locator('button.merge').first().textContent()).toBe('合并到 万达广场');
    expect(await page.locator('li.review-item.fact').count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(SHOTS, 'review-02-draft.png') });
  });

  it('merges, rejects, renames and accepts item by item', async () => {
    await row('济南市万达广场').locator('button.merge').first().click();
    await poll(() => statusOf('济南市万达广场')).toBe('accepted');
    expect(await row('济南市万达广场').locator('.review-match').textContent()).toMatch(/已作为别名合并到 万达广场/);

    await row('济南鲁信集团').locator('button.reject').click();
    await poll(() => statusOf('济南鲁信集团')).toBe('rejected');
    // its fact went with it
    const luxinFacts = page.locator('li.review-item.fact', { has: page.locator('.review-head', { hasText: '济南鲁信集团' }) });
    await poll(() => luxinFacts.first().getAttribute('class')).toMatch(/status-rejected/);

    await row('华为云').locator('button.edit').click();
    await row('华为云').locator('input.edit-name').fill('华为云计算');
    await row('华为云').locator('button[type=submit]').click();
    await poll(() => statusOf('华为云计算')).toBe('accepted');

    // accepting a fact accepts the new entity it needs
    const fact = page.locator('li.review-item.fact', { has: page.locator('.review-head', { hasText: /^千佛山数字经济创新中心 —/ }) }).first();
    await fact.locator('button.accept').click();
    await poll(() => fact.getAttribute('class')).toMatch(/status-accepted/);
    expect(await statusOf('千佛山数字经济创新中心')).toBe('accepted');

    // clicking a mention in the text picks its entity's row
    await page.locator('mark.mention', { hasText: '泉城科创产业园' }).first().click();
    await poll(() => page.locator('li.review-item.picked .review-name').first().textContent()).toBe('泉城科创产业园');
    await page.screenshot({ path: join(SHOTS, 'review-03-decided.png') });

    const nodes = await db(`MATCH (n:Entity) WHERE n.name IN ['华为云计算', '千佛山数字经济创新中心', '济南鲁信集团'] RETURN n.name AS name, n.status AS status ORDER BY name`);
    expect(nodes).toEqual([
      { name: '千佛山数字经济创新中心', status: 'curated' },
      { name: '华为云计算', status: 'curated' },
    ]);
    expect((await db(`MATCH (n:Entity {name: '万达广场'}) RETURN n.aliases AS a`))[0].a).toContain('济南市万达广场');
  });

  it('shows the article\'s entities on the canvas, the undecided ones dashed', async () => {
    await page.click('#review-show');
    await poll(() => page.locator('#review').isHidden()).toBe(true);
    const styles = async () =>
      page.evaluate(() => {
        const cy = (window as unknown as { cy: { nodes(): Array<{ id(): string; data(k: string): unknown; style(k: string): string }> } }).cy;
        return cy.nodes().map((n) => ({ id: n.id(), status: n.data('status'), border: n.style('border-style') }));
      });
    const huawei = (await db(`MATCH (n:Entity {name: '华为云计算'}) RETURN n.id AS id`))[0].id;
    await poll(async () => (await styles()).some((n) => n.id === huawei)).toBe(true);
    const drawn = await styles();
    expect(drawn.find((n) => n.id === huawei)).toMatchObject({ status: 'curated', border: 'solid' });
    const proposed = drawn.filter((n) => n.status === 'proposed');
    expect(proposed.length).toBeGreaterThan(0);
    for (const n of proposed) expect(n.border, n.id).toBe('dashed');
    await page.screenshot({ path: join(SHOTS, 'review-04-canvas.png') });
  });

  it('accepts the rest at once, and the draft reopens from its link', async () => {
    const id = (await db(`MATCH (d:Draft) RETURN d.id AS id`))[0].id as string;
    await page.goto(`${server.url}/#review=${id}`);
    await page.waitForSelector('.review-draft', { timeout: 30_000 });
    await page.click('#review-accept-all');
    await poll(() => page.locator('li.review-item.status-proposed').count()).toBe(0);
    const left = await db(`MATCH (n:Entity {status: 'proposed'}) WHERE $file IN n.articles RETURN n.name AS name`, { file: `${id}.txt` });
    expect(left).toEqual([]);
    expect(await page.locator('mark.mention.status-accepted').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(SHOTS, 'review-05-all-accepted.png') });
  });

  it('decodes an uploaded GBK file', async () => {
    await page.selectOption('#review-drafts', '');
    await page.waitForSelector('form.review-form');
    const text = '槐荫区加快建设西部会展中心，引进浪潮集团等企业。';
    await page.setInputFiles('#review-file', { name: 'gbk.txt', mimeType: 'text/plain', buffer: iconv.encode(text, 'gbk') });
    await page.click('#review-extract');
    await page.waitForSelector('.review-draft', { timeout: 60_000 });
    expect(await page.locator('.review-article-text').textContent()).toBe(text);
    // nothing in it to keep: reject the rest, after a question that says how many and that it is final
    const left = await page.locator('li.review-item.status-proposed').count();
    expect(left).toBeGreaterThan(0);
    const names = await page.locator('li.review-item.entity.status-proposed .review-name').allTextContents();
    // what is still proposed is in the graph, dashed, until decided
    expect((await db(`MATCH (n:Entity {status: 'proposed'}) WHERE n.name IN $names RETURN n.name AS name`, { names })).length).toBeGreaterThan(0);
    await page.click('#review-reject-rest');
    await poll(() => page.locator('dialog.app-dialog .dialog-message').textContent()).toBe(`拒绝仍待核对的 ${left} 项？拒绝不可撤销：本文不会再提出这些条目。`);
    await page.click('dialog.app-dialog button[data-answer=ok]');
    await poll(() => page.locator('li.review-item.status-proposed').count()).toBe(0);
    expect(await page.locator('li.review-item.status-rejected').count()).toBe(left);
    expect(await db(`MATCH (n:Entity {status: 'proposed'}) WHERE n.name IN $names RETURN n.name AS name`, { names })).toEqual([]);
  });

  it('adds a name the extractor missed from the words selected in the article, and a fact about it', async () => {
    await extractNew('百花书坊开业', MISSED_ARTICLE);
    expect(await row('百花书坊').count()).toBe(0);
    expect(await page.locator('.review-add').textContent()).toMatch(/选中文字，补充抽取遗漏的名称/);
    // select the bookshop's name where the second paragraph prints it, as a reader drags over it
    // one character is no name: the browser keeps the form, saying why
    await selectInArticle('古籍', 1);
    // no type chosen yet: nothing to send
    expect(await page.locator('#review-add-entity').isDisabled()).toBe(true);
    await page.selectOption('#review-add-type', 'Facility');
    await page.click('#review-add-entity');
    expect(await page.locator('#review-add-name').evaluate((el: HTMLInputElement) => el.validationMessage)).toBe('名称至少两个字');
    expect(await row('古').count()).toBe(0);
    await selectInArticle('百花书坊在', 4);
    expect(await page.locator('.review-add-selected q').textContent()).toBe('百花书坊');
    await page.selectOption('#review-add-type', 'Facility');
    await page.screenshot({ path: join(SHOTS, 'review-add-1-name.png') });
    await page.click('#review-add-entity');
    await poll(() => statusOf('百花书坊')).toBe('accepted');
    // every place it is printed is marked now, solid: it is curated
    await poll(() => page.locator('mark.mention.status-accepted', { hasText: /^百花书坊$/ }).count()).toBe(3);
    const bookshop = (await db(`MATCH (n:Entity {name: '百花书坊'}) RETURN n.id AS id, n.type AS type, n.status AS status`))[0];
    expect(bookshop).toMatchObject({ type: 'Facility', status: 'curated' });

    // a fact between it and the road, with nothing selected: the sentence printing both is its evidence
    await page.click('#review-add-fact-open');
    const form = page.locator('form.review-add-fact-form');
    await form.locator('select.add-source').selectOption({ label: '百花书坊（设施）' });
    await form.locator('select.add-relation').selectOption('LOCATED_IN');
    await form.locator('select.add-target').selectOption({ label: '泉城路（设施）' });
    await page.screenshot({ path: join(SHOTS, 'review-add-2-fact.png') });
    await page.click('#review-add-fact');
    const fact = page.locator('li.review-item.fact', { has: page.locator('.review-head', { hasText: /^百花书坊 —/ }) });
    await poll(() => fact.getAttribute('class')).toMatch(/status-accepted/);
    expect(await fact.locator('.review-quote').textContent()).toBe('近日，百花书坊在泉城路开门迎客，市中区文化和旅游局为其授牌');
    expect(await statusOf('泉城路')).toBe('accepted');
    expect(await db(`MATCH (:Entity {name: '百花书坊'})-[r:LOCATED_IN]->(t:Entity) RETURN t.name AS target, r.status AS status`)).toEqual([{ target: '泉城路', status: 'curated' }]);
    await page.screenshot({ path: join(SHOTS, 'review-add-3-added.png') });
  });

  it('reviews with the keys: a accepts the picked item and picks the next one still proposed, r rejects it', async () => {
    const proposed = async () => page.locator('li.review-item.status-proposed').evaluateAll((rows) => rows.map((r) => r.querySelector('.review-name')!.textContent));
    const [first, second] = await proposed();
    expect(second, 'two proposed items left in the bookshop draft').toBeTruthy();
    await page.locator('li.review-item', { has: page.locator('.review-name', { hasText: new RegExp(`^${first}$`) }) }).locator('.review-head').click();
    await page.locator('body').press('a');
    await poll(() => statusOf(first!)).toBe('accepted');
    // the next undecided item is picked, so the same key goes on through the draft
    await poll(() => page.locator('li.review-item.picked .review-name').first().textContent()).toBe(second);
    await page.screenshot({ path: join(SHOTS, 'review-add-4-keys.png') });
    await page.locator('body').press('r');
    await poll(() => statusOf(second!)).toBe('rejected');
    expect(await page.locator('#search-input').evaluate((el) => el === document.activeElement)).toBe(false);
    // j / k move through every row; / does not leave the review for the search box behind it
    await page.locator('body').press('k');
    await page.locator('body').press('/');
    expect(await page.locator('#search-input').evaluate((el) => el === document.activeElement)).toBe(false);
    expect(await page.locator('li.review-item.picked').count()).toBe(1);
  });

  it('fixes a name proposed with the wrong boundary from the words selected over it', async () => {
    await extractNew('万象城二期开工', BOUNDARY_ARTICLE);
    const id = await row('市中区发展改革局').getAttribute('data-item');
    await selectInArticle('发展改革局', 5);
    const rename = page.locator(`button.review-rename[data-item="${id}"]`);
    expect(await rename.textContent()).toBe('将“市中区发展改革局”改为所选文字');
    await page.screenshot({ path: join(SHOTS, 'review-add-5-boundary.png') });
    await rename.click();
    await poll(() => statusOf('发展改革局')).toBe('accepted');
    expect(await row('发展改革局').locator('.review-renamed').first().textContent()).toBe('原提名：市中区发展改革局');
    // the highlighting moved to where the new name is printed
    expect(await page.locator(`mark.mention[data-item="${id}"]`).allTextContents()).toEqual(['发展改革局']);
  });

  it("proposes an article's figures, and an accepted one is in its entity's figures table", async () => {
    await page.selectOption('#review-drafts', '');
    await page.waitForSelector('form.review-form');
    await page.fill('#review-title', '新金融产业园二期加快建设');
    await page.fill('#review-date', '2025-07-15');
    await page.fill('#review-text', FIGURE_ARTICLE);
    await page.click('#review-extract');
    await page.waitForSelector('.review-draft', { timeout: 60_000 });
    const figure = (name: string) => page.locator('li.review-item.figure', { has: page.locator('.review-name', { hasText: new RegExp(`^${name}$`) }) });
    await poll(() => page.locator('li.review-item.figure').count()).toBe(2);
    expect(await figure('泉城数字港项目').locator('.review-figure-value').textContent()).toBe('8.6亿元');
    expect(await figure('泉城数字港项目').locator('.review-kind').textContent()).toBe('投资额');
    expect(await figure('泉城数字港项目').getAttribute('class')).toMatch(/status-proposed/);
    expect(await figure('泉城数字港项目').locator('.review-quote').textContent()).toBe('泉城数字港项目总投资8.6亿元，今年开工建设');
    await page.locator('section.review-figures').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'review-06-figures.png') });
    // accepting the figure of a new entity accepts the entity with it
    await figure('泉城数字港项目').locator('button.accept').click();
    await poll(() => figure('泉城数字港项目').getAttribute('class')).toMatch(/status-accepted/);
    expect(await statusOf('泉城数字港项目')).toBe('accepted');
    await figure('山东新金融产业园二期项目').locator('button.reject').click();
    await poll(() => figure('山东新金融产业园二期项目').getAttribute('class')).toMatch(/status-rejected/);
    await page.screenshot({ path: join(SHOTS, 'review-07-figures-decided.png') });
    // the entity's figures, as the explorer shows them
    await page.click('.review-close');
    await page.keyboard.press('/');
    await page.keyboard.type('泉城数字港项目');
    await page.locator('.suggestion .name', { hasText: /^泉城数字港项目$/ }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('#details .entity-name', { hasText: /^泉城数字港项目$/ }).waitFor({ timeout: 30_000 });
    // a block of few figures starts open (a click on its summary would close it), and the panel may render
    // again while the canvas settles: open it and pick the table until the table shows
    const table = page.locator('#details .figure-views button', { hasText: '表格' });
    const rows = page.locator('#details .figure-table tbody tr');
    await poll(async () => {
      await page.locator('#details details.figures-block').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      if (await table.count()) await table.click({ timeout: 2_000 });
      return rows.count();
    }).toBe(1);
    expect(await rows.first().textContent()).toMatch(/8\.6亿元/);
    // the panel may render again once the canvas settles (closing the block): open it for the picture
    const block = page.locator('#details details.figures-block');
    await block.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await poll(() => rows.count()).toBe(1);
    await block.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'review-08-entity-figures.png') });
  });
  it('boxes each figure in the article by kind, and edits one (amount, kind) in English and in Chinese before accepting it', async () => {
    await page.goto(`${server.url}/?lang=en#review`);
    await page.waitForSelector('form.review-form', { timeout: 60_000 });
    await page.fill('#review-title', '数字港二期开工');
    await page.fill('#review-text', EDIT_ARTICLE);
    await page.click('#review-extract');
    await page.waitForSelector('.review-draft', { timeout: 60_000 });
    const mark = page.locator('mark.mention.figure');
    await poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toBe('8.6亿元');
    expect(await mark.getAttribute('class')).toMatch(/figure-money/);
    expect(await mark.getAttribute('title')).toMatch(/investment · 860 million yuan · proposed/);
    expect(await page.locator('.review-figure-legend').textContent()).toMatch(/Figures: money/);
    // what a reviewer adds and the keys, in English too
    expect(await page.locator('.review-add').textContent()).toBe('Select words in the article to add a name the extractor missed');
    expect(await page.locator('.review-keys').textContent()).toMatch(/^Keys: j \/ k next/);
    expect(await page.locator('#review-add-fact-open').textContent()).toBe('+ Add a fact');
    const row = page.locator('li.review-item.figure');
    await row.locator('button.edit').click();
    await page.fill('li.review-item.figure input.edit-amount', '3亿元');
    await page.selectOption('li.review-item.figure select.edit-kind', 'annual_investment');
    await page.selectOption('li.review-item.figure select.edit-basis', 'target');
    await page.screenshot({ path: join(SHOTS, 'review-09-figure-edit-en.png') });
    // saved, not accepted: the server's reading shows first
    await row.locator('button.save-only').click();
    await poll(() => page.locator('li.review-item.figure .review-figure-value').textContent()).toBe('300 million yuan');
    expect(await page.locator('li.review-item.figure .review-kind').textContent()).toBe('annual investment');
    expect(await page.locator('li.review-item.figure .review-renamed').textContent()).toMatch(/investment · 8\.6亿元/);
    expect(await page.locator('li.review-item.figure').getAttribute('class')).toMatch(/status-proposed/);
    expect(await mark.textContent()).toBe('3亿元'); // the box moved to the amount now meant
    // a wrong amount is refused with the reason, in English
    await page.locator('li.review-item.figure button.edit').click();
    await page.fill('li.review-item.figure input.edit-amount', '9亿元');
    await page.locator('li.review-item.figure button.save-only').click();
    await poll(() => page.locator('.review-alert').textContent()).toMatch(/9亿元.*not printed in its clause/);
    await page.screenshot({ path: join(SHOTS, 'review-10-figure-refused-en.png') });
    // in Chinese: the same draft, accepted with its entity
    const id = (await page.locator('.review-draft').getAttribute('data-draft'))!;
    await page.goto(`${server.url}/?lang=zh#review=${id}`);
    await page.waitForSelector('li.review-item.figure', { timeout: 60_000 });
    expect(await page.locator('li.review-item.figure .review-kind').textContent()).toBe('年度投资');
    expect(await page.locator('mark.mention.figure').getAttribute('title')).toMatch(/年度投资 · 3亿元 · 待核对/);
    expect(await page.locator('.review-figure-legend').textContent()).toMatch(/数字：金额/);
    await page.locator('li.review-item.figure button.accept').click();
    await poll(() => page.locator('li.review-item.figure').getAttribute('class')).toMatch(/status-accepted/);
    expect(await page.locator('mark.mention.figure').getAttribute('class')).toMatch(/status-accepted/);
    await page.screenshot({ path: join(SHOTS, 'review-11-figure-accepted-zh.png') });
    expect(await db(`MATCH (e:Entity)-[:HAS_FIGURE]->(f:Figure {article: $file}) RETURN e.name AS e, f.text AS text, f.kind AS kind, f.basis AS basis, f.value AS value`, { file: `${id}.txt` })).toEqual([
      { e: '泉城数字港二期项目', text: '3亿元', kind: 'annual_investment', basis: 'target', value: 300_000_000 },
    ]);
  });
});
