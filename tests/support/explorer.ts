// One explorer in headless Chromium for an end-to-end test file: the client built as `npm start` builds
// it, the real app on the shared seeded Neo4j (read-only), one browser page. Each file adds its own
// listeners and first steps.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startTestServer, untilAnswered, type TestServer } from './http.ts';
import { sharedDriver } from './neo4j.ts';

/** Where the end-to-end tests leave the screenshots people look at. */
export const SHOTS = new URL('../screenshots/', import.meta.url).pathname;

export interface Explorer {
  server: TestServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function openExplorer(): Promise<Explorer> {
  mkdirSync(SHOTS, { recursive: true });
  await build({ configFile: new URL('../../client/vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
  const driver = sharedDriver();
  const server = await startTestServer(driver);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
      await driver.close();
    },
  };
}

/** UI steps wait on real requests and layouts: a busy 2-core machine needs more than vitest's 1 s default. */
export const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

/** The explorer on its starting view: page errors logged, the page open and ready, the start's layout given `settleMs`. */
export async function openStartView(settleMs: number): Promise<Explorer> {
  const explorer = await openExplorer();
  const { page, server } = explorer;
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await untilAnswered(() => server.get('/api/graph?limit=40'));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready=true]');
  await page.waitForFunction(() => (window as any).cy?.nodes().length > 10, null, { timeout: 60_000 });
  await page.waitForTimeout(settleMs);
  return explorer;
}

/** The id of the entity the client knows by this Chinese name ('' when it knows none): 市中区, the hub most tests expand. */
export const entityId = (page: Page, name: string) =>
  page.evaluate((n) => ([...(window as any).__kg.store.nodeData.values()].find((d: any) => d.name === n)?.id ?? '') as string, name);
