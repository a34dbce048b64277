// Takes a screenshot of a page: `tsx scripts/screenshot.ts URL OUT.png` (for looking at the UI).
import { launchBrowser } from '../tests/support/browser.ts';
const b = await launchBrowser();
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(process.argv[2] ?? 'http://127.0.0.1:3100/');
await p.waitForTimeout(4000);
await p.screenshot({ path: process.argv[3] ?? 'tests/screenshots/overview.png' });
await b.close();
