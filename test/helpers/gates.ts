/**
 * The browser gates over every page of one built site: axe in both colour schemes and a clean
 * record (errors, CSP, requests, storage) on every page, and hostile URL parameters. Each
 * spec registers them for the site its Playwright project serves (the demo at `/`, a brand's
 * copy under its sub-path), listing pages from the built folder so new pages are covered.
 */
import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { htmlFiles, localeOf, onePerKind, urlPathOf } from './dist';
import { settle, watch } from './watch';

export interface BuiltSite {
  dir: string;
  base: string;
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pathsOf = ({ dir, base }: BuiltSite) => htmlFiles(dir).map((file) => urlPathOf(file, base));
const originOf = (baseURL: string | undefined) => new URL(baseURL!).origin;

// The site's root sends a browser on to its language: keep it on the page under test.
const stayHere = (page: Page) =>
  page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['xx'] }));

/** Pages grouped by language (`/`, `/404.html` and other pages outside a language: `other`). */
function byLanguage(site: BuiltSite): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of pathsOf(site)) {
    const key = localeOf(path, site.base) ?? 'other';
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  return groups;
}

/**
 * Sections off screen skip layout (`content-visibility: auto`), and axe checks only what is laid
 * out: lay everything out once per page, so every answer's contrast is checked in both schemes.
 */
async function layOutEverything(page: Page) {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*'))
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
  });
}

/** The rules a colour scheme can change: the rest read the page's structure, the same in both. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core: the WCAG 2.0–2.2 A and AA violations on the loaded page, in one colour scheme: every
 * rule in the light scheme, the colour rules in the dark one. axe is put into the page once and
 * run there directly: @axe-core/playwright's builder costs more per run than the rules themselves
 * (150 ms with one rule on a short page, against 60 ms for all of them), over 260 pages.
 */
async function axeViolations(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // The same loaded page, re-styled: the scheme is a media feature, not a reload.
  await page.emulateMedia({ colorScheme });
  const runOnly: axe.RunOptions['runOnly'] =
    colorScheme === 'light' ? { type: 'tag', values: tags } : { type: 'rule', values: colourRules };
  const violations = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options).then((r) => r.violations),
    { runOnly, resultTypes: ['violations'] } satisfies axe.RunOptions,
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`,
  );
}

/** Pages per gate test: small enough that the tests share the workers evenly. */
const chunkSize = 24;

/**
 * Every page, in chunks of pages: axe with every WCAG A and AA rule in the light scheme and the
 * colour rules in the dark scheme, then a clean record (no error, CSP violation, foreign request
 * or storage). In each language, a keystroke in the header's search and in the search page's
 * field, where search code and its requests start. One browser page visits a chunk: a fresh
 * context per page costs more than the checks themselves. Each page is its own soft assertion,
 * so a run names every page that fails.
 */
export function gatesOnEveryPage(site: BuiltSite) {
  const keystroke = new Set<string>();
  const all: string[] = [];
  for (const paths of byLanguage(site).values()) {
    keystroke.add(paths[0]!);
    for (const path of paths.filter((path) => path.endsWith('/search/'))) keystroke.add(path);
    all.push(...paths);
  }
  for (let from = 0; from < all.length; from += chunkSize) {
    const paths = all.slice(from, from + chunkSize);
    const range = `${from + 1}–${from + paths.length} of ${all.length} (${paths[0]} to ${paths.at(-1)})`;
    test(`${site.base} pages ${range}: axe, and a clean record`, async ({ page, baseURL }) => {
      test.setTimeout(paths.length * 30_000);
      const watcher = await watch(page, { origin: originOf(baseURL) });
      await stayHere(page);
      for (const path of paths) {
        await page.goto(path);
        // A page's own requests end by its load event; this catches what comes just after.
        await settle(page, 50);
        await layOutEverything(page);
        for (const colorScheme of ['light', 'dark'] as const)
          expect
            .soft(await axeViolations(page, colorScheme), `axe on ${path} in the ${colorScheme} scheme`)
            .toEqual([]);
        const search = page.locator('[data-search-field]:visible').first();
        if (keystroke.has(path) && (await search.count())) {
          await search.fill('sun');
          await settle(page);
        }
        expect.soft(await watcher.problems(), `the record of ${path}`).toEqual([]);
      }
    });
  }

  test(`${site.base}: a missing page gets the 404 page, and nothing else goes wrong`, async ({ page, baseURL }) => {
    const watcher = await watch(page, { origin: originOf(baseURL), ignoreConsole: /status of 404/ });
    const response = await page.goto(`${site.base}no-such-page/`);
    expect(response?.status()).toBe(404);
    await settle(page);
    expect(await watcher.problems()).toEqual([]);
  });
}

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

/** Hostile values in the address (query and fragment) on one page of each kind: no script runs, nothing is injected. */
export function hostileParamsOnEveryKind(site: BuiltSite, locale: string) {
  hostileParamsOn(onePerKind(pathsOf(site), [locale], site.base));
}

/** Hostile values in the address (query and fragment) on the given pages: no script runs, nothing is injected. */
export function hostileParamsOn(paths: string[]) {
  for (const path of paths) {
    test(`${path}: hostile values in its address leave it inert`, async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const watcher = await watch(page, { origin: originOf(baseURL) });
      await stayHere(page);
      for (const value of hostile) {
        // Everything a page reads from its address: an old link's date, a search, the words a
        // result marks, and the fragment the tracker and the handout fill themselves from.
        const query = new URLSearchParams({ date: value, q: value, highlight: value });
        const fragment = new URLSearchParams({ treatment: value, date: value, time: value, lang: value });
        await page.goto(`${path}?${query}#${fragment}`);
        // Quiet for 150 ms on a local server: an island's code and messages load back to back.
        await settle(page, 150);
        const found = await page.evaluate((id) => {
          const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
          );
          const scriptUrls = '[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]';
          return {
            pwned: '__pwned' in window,
            injected: document.querySelectorAll(`[id^="${id}"]`).length,
            handlers,
            scriptUrls: document.querySelectorAll(scriptUrls).length,
          };
        }, probe);
        const label = `${path} with ${value.slice(0, 60)}`;
        expect.soft(found, label).toEqual({ pwned: false, injected: 0, handlers: [], scriptUrls: 0 });
        expect.soft(await watcher.problems(), label).toEqual([]);
      }
    });
  }
}
