/**
 * Security and privacy on every built page: no console error, no uncaught error, no CSP
 * violation, no request to another origin, no cookie and no storage write, also once the reader
 * has typed into a search box. Hostile `?date=` and `?q=` values on one page of each kind leave
 * the page inert. Pages come from dist/, so what others add is covered when merged.
 */
import { expect, test, type Page } from '@playwright/test';
import { defaultDistDir, htmlFiles, onePerKind, urlPathOf } from '../helpers/dist';
import { settle, watch } from '../helpers/watch';

const paths = htmlFiles(defaultDistDir).map((file) => urlPathOf(file));
const origin = (baseURL: string | undefined) => new URL(baseURL!).origin;

// `/` sends a browser on to its language: keep it on the page under test.
const stayHere = (page: Page) =>
  page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['xx'] }));

for (const path of paths) {
  test(`${path}: no error, CSP violation, foreign request or storage`, async ({ page, baseURL }) => {
    const watcher = await watch(page, { origin: origin(baseURL) });
    await stayHere(page);
    await page.goto(path);
    await settle(page);
    // The first keystroke in a search box is where search code, and its requests, start.
    const search = page.locator('input[type="search"]:visible').first();
    if (await search.count()) {
      await search.fill('sun');
      await settle(page);
    }
    expect(await watcher.problems()).toEqual([]);
  });
}

test('a missing page: the 404 page, and nothing else wrong', async ({ page, baseURL }) => {
  const watcher = await watch(page, { origin: origin(baseURL), ignoreConsole: /status of 404/ });
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await settle(page);
  expect(await watcher.problems()).toEqual([]);
});

const probe = 'xss-probe';
const hostile = [
  `<script id="${probe}">window.__pwned=1</script>`,
  `"><img id="${probe}" src="x" onerror="window.__pwned=1;alert(1)">`,
  `javascript:window.__pwned=1;alert(1)//`,
  `2024-01-01'"--></svg><svg id=${probe} onload=alert(1)>`,
  `2024-01-01T00:00<iframe id=${probe} src="javascript:alert(1)"></iframe>`,
  `+275760-09-13`,
  `2024-02-30`,
  `__proto__`,
  '9'.repeat(3000),
  `<b id=${probe}>`.repeat(200),
];

for (const path of onePerKind(paths, ['en'])) {
  test(`${path}: hostile ?date= and ?q= leave it inert`, async ({ context, baseURL }) => {
    test.setTimeout(120_000);
    for (const value of hostile) {
      const page = await context.newPage();
      const watcher = await watch(page, { origin: origin(baseURL) });
      await stayHere(page);
      await page.goto(`${path}?${new URLSearchParams({ date: value, q: value })}`);
      await settle(page);
      const found = await page.evaluate((id) => {
        const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
        );
        return {
          pwned: '__pwned' in window,
          injected: document.querySelectorAll(`[id^="${id}"]`).length,
          handlers,
          scriptUrls: document.querySelectorAll(
            '[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]',
          ).length,
        };
      }, probe);
      const label = `${path} with ${value.slice(0, 60)}`;
      expect(found, label).toEqual({ pwned: false, injected: 0, handlers: [], scriptUrls: 0 });
      expect(await watcher.problems(), label).toEqual([]);
      await page.close();
    }
  });
}
