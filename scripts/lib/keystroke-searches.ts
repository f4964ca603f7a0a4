/**
 * The Pagefind searches one keystroke costs in the header's search field: a built page in
 * headless chromium, the query typed a letter at a time (slower than the field waits before it
 * searches, so every letter runs a search), and each search the UI asks of Pagefind counted by
 * a stand-in for `pagefind.js` that passes it on to the real one. Returns the searches per
 * keystroke, the most any one cost and the mean.
 */
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.ts';

export interface KeystrokeSearches {
  keystrokes: number;
  max: number;
  mean: number;
  perKeystroke: number[];
}

declare global {
  interface Window {
    /** Searches asked of Pagefind so far, and those still running. */
    searchCount?: { asked: number; running: number };
  }
}

export async function measureKeystrokeSearches(dir: string, page: string, query: string): Promise<KeystrokeSearches> {
  const server = await serveStatic(dir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    // The offline worker would answer pagefind.js itself, past the stand-in: requests a service
    // worker handles are not routed.
    const tab = await browser.newPage({ serviceWorkers: 'block' });
    // The UI imports pagefind/pagefind.js; it gets a module that counts, then asks the real one.
    await tab.route(/\/pagefind\/pagefind\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `export * from './pagefind.js?real';
import * as real from './pagefind.js?real';
const count = (window.searchCount ??= { asked: 0, running: 0 });
export async function search(...args) {
  count.asked++; count.running++;
  try { return await real.search(...args); } finally { count.running--; }
}`,
      }),
    );
    await tab.goto(`${server.origin}${page}`, { waitUntil: 'networkidle' });
    const field = tab.locator('#site-search');
    await field.focus();
    const perKeystroke: number[] = [];
    for (const letter of query) {
      const before = await tab.evaluate(() => window.searchCount?.asked ?? 0);
      await tab.keyboard.type(letter);
      // Past the field's 200 ms wait, then until no search is running.
      await tab.waitForTimeout(300);
      await tab.waitForFunction(() => (window.searchCount?.running ?? 0) === 0);
      perKeystroke.push((await tab.evaluate(() => window.searchCount?.asked ?? 0)) - before);
    }
    const total = perKeystroke.reduce((sum, count) => sum + count, 0);
    if (total === 0)
      throw new Error(`No search was counted typing "${query}" on ${page}: the stand-in for pagefind.js was not used.`);
    return {
      keystrokes: perKeystroke.length,
      max: Math.max(...perKeystroke),
      mean: +(total / perKeystroke.length).toFixed(2),
      perKeystroke,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
