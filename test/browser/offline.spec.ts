/**
 * The patient's phone without a signal: after one visit to the aftercare page (and one search),
 * with the server stopped and the browser offline, the aftercare page with the tracker, the
 * questions and a search still open; what the worker keeps is paths only, no date or query. A
 * new build's worker (another version) takes over once the old build's page is closed, and
 * removes the old build's cache. On a private copy of the demo site (test/helpers/offline.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { defaultDistDir } from '../helpers/dist';
import { cacheContents, controlled, servedCopy } from '../helpers/offline';

const aftercare = 'en/micro-needling/aftercare/';

// Every other spec blocks the worker (playwright.config.ts); these are its tests.
test.use({ serviceWorkers: 'allow' });

test('the aftercare page, the questions and a search open with no network after one visit', async ({ browser }) => {
  const copy = await servedCopy(defaultDistDir);
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.clock.setFixedTime(new Date('2026-03-05T12:00:00Z'));
    // One visit, with a date in an old link's query: it must never be kept.
    await page.goto(`${copy.server.url}${aftercare}?date=2026-03-03`);
    await controlled(page);
    // Linked by the page's first script once it has painted, for the home screen.
    await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/manifest.webmanifest');
    await expect.poll(async () => Object.values(await cacheContents(page)).flat()).toContain(`/en/micro-needling/faq/`);
    // The first search keeps the language's search files, all of them, once it has its answers.
    await page.goto(`${copy.server.url}en/search/?q=make-up`);
    await expect(page.locator('[data-search-answers] li').first()).toBeVisible();
    const search = JSON.parse(readFileSync(join(copy.dir, 'sw-search.json'), 'utf8'));
    const missing = async () => {
      const kept = new Set(Object.values(await cacheContents(page)).flat());
      return (search.en as string[]).filter((path) => !kept.has(path));
    };
    await expect.poll(missing, { timeout: 15_000 }).toEqual([]);

    const kept = await cacheContents(page);
    expect(Object.keys(kept)).toHaveLength(1);
    for (const path of Object.values(kept).flat()) expect(path).not.toMatch(/[?#]|date=|make-up/);

    await copy.server.close();
    await context.setOffline(true);
    await page.goto(`${copy.server.url}${aftercare}#date=2026-03-03`);
    await expect(page.locator('aftercare-tracker [data-part=day]')).toHaveText(/^Day 2 after your /);
    await page.goto(`${copy.server.url}en/micro-needling/faq/`);
    await expect(page.locator('h1')).toHaveText(/questions/i);
    await page.goto(`${copy.server.url}en/search/?q=sunscreen`);
    await expect(page.locator('[data-search-answers] li').first()).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await copy.remove();
  }
});

test('a new build’s worker takes over and removes the old build’s cache', async ({ browser }) => {
  const copy = await servedCopy(defaultDistDir);
  const context = await browser.newContext();
  try {
    let page = await context.newPage();
    await page.goto(`${copy.server.url}${aftercare}`);
    await controlled(page);
    const worker = join(copy.dir, 'sw.js');
    const source = readFileSync(worker, 'utf8');
    const version = /^const version = "([0-9a-f]+)";$/m.exec(source)![1]!;
    await expect.poll(async () => Object.keys(await cacheContents(page))).toEqual([`aftercare:/:${version}`]);

    // The next build: another version of the same worker. It installs, then waits while a page
    // of the old build is open.
    writeFileSync(worker, source.replaceAll(version, 'a-new-build'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    expect(Object.keys(await cacheContents(page))).toContain(`aftercare:/:${version}`);
    // Once that page is closed, it takes over and removes the old build's cache.
    await page.close();
    const cacheNames = () =>
      Promise.all(context.serviceWorkers().map((sw) => sw.evaluate(() => caches.keys()).catch(() => []))).then(
        (names) => [...new Set(names.flat())],
      );
    await expect.poll(cacheNames).toEqual(['aftercare:/:a-new-build']);
    // The next page is the new worker's, which keeps its pages in its own cache.
    page = await context.newPage();
    await page.goto(`${copy.server.url}en/`);
    await controlled(page);
    await expect.poll(async () => (await cacheContents(page))['aftercare:/:a-new-build']).toContain('/en/faq/');
  } finally {
    await context.close();
    await copy.remove();
  }
});
