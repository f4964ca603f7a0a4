/**
 * A first search in headless chromium, cold: load a page of the built site, then import
 * Pagefind, search, and load the first five results, as a search box does on the first
 * keystroke. Pagefind runs without its web worker, as the site runs it
 * (src/client/search/pagefind.ts). Returns the milliseconds in the page and the bytes the
 * server sent for it.
 */
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.ts';

export interface FirstSearch {
  ms: number;
  bytes: number;
  requests: number;
  results: number;
}

export async function measureFirstSearch(dir: string, page: string, term: string): Promise<FirstSearch> {
  let counting = false;
  let bytes = 0;
  let requests = 0;
  const server = await serveStatic(dir, {
    onResponse: (_, size) => {
      if (!counting) return;
      bytes += size;
      requests += 1;
    },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    // The site's CSP is for its own pages; this harness imports Pagefind from the console.
    // No offline worker: what it keeps after the first visit is not the search's cost.
    const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}${page}`, { waitUntil: 'networkidle' });
    counting = true;
    const found = await tab.evaluate(async (query) => {
      const started = performance.now();
      const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
        options(options: Record<string, unknown>): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
      };
      await pagefind.options({ noWorker: true });
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
      return { ms: performance.now() - started, results: search.results.length };
    }, term);
    await tab.waitForTimeout(200);
    return { ms: Math.round(found.ms), bytes, requests, results: found.results };
  } finally {
    await browser.close();
    await server.close();
  }
}
