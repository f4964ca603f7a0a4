/**
 * The browser gates over every page of one built site: axe in both colour schemes and a clean
 * record (errors, CSP, requests, storage) on every page, and hostile URL parameters. Each
 * spec registers them for the site its Playwright project serves (the demo at `/`, a brand's
 * copy under its sub-path), listing pages from the built folder so new pages are covered.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { htmlFiles, localeOf, onePerKind, pageKinds, urlPathOf } from './dist';
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
 * rule in the light scheme, the colour rules in the dark one.
 */
async function axeViolations(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  // The same loaded page, re-styled: the scheme is a media feature, not a reload.
  await page.emulateMedia({ colorScheme });
  // Legacy mode runs axe in the page itself rather than merging results in a second blank
  // page: our pages have no frames, and it is twice as fast. Only violations are detailed.
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  const { violations } = await (colorScheme === 'light' ? axe.withTags(tags) : axe.withRules(colourRules)).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`,
  );
}

/**
 * Every page, one language per test: axe with every WCAG A and AA rule in the light scheme, then a
 * clean record (no error, CSP violation, foreign request or storage). On one page of each kind,
 * also the colour rules in the dark scheme and a keystroke in search: a kind's pages share their
 * styles and search code, so what differs between them (their content) is checked on every page
 * in the light pass, and `npm test` stays within its time. One browser page visits them all: a
 * fresh context per page costs more than the checks themselves. Each page is its own soft
 * assertion, so a run names every page that fails.
 */
export function gatesOnEveryPage(site: BuiltSite) {
  for (const [language, paths] of byLanguage(site)) {
    const firstOfKind = new Set([...pageKinds(paths, site.base).values()].map((group) => group[0]!));
    test(`${site.base} ${language}: axe (and dark on each kind), and a clean record, on ${paths.length} pages`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(paths.length * 30_000);
      const watcher = await watch(page, { origin: originOf(baseURL) });
      await stayHere(page);
      for (const path of paths) {
        await page.goto(path);
        // The page's own requests end by its load event; this catches what comes just after.
        await settle(page, 150);
        await layOutEverything(page);
        for (const colorScheme of firstOfKind.has(path) ? (['light', 'dark'] as const) : (['light'] as const))
          expect
            .soft(await axeViolations(page, colorScheme), `axe on ${path} in the ${colorScheme} scheme`)
            .toEqual([]);
        // The first keystroke in a search box is where search code, and its requests, start.
        const search = page.locator('[data-search-field]:visible').first();
        if (firstOfKind.has(path) && (await search.count())) {
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

/** Hostile `?date=` and `?q=` values on one page of each kind: no script runs, nothing is injected. */
export function hostileParamsOnEveryKind(site: BuiltSite, locale: string) {
  hostileParamsOn(onePerKind(pathsOf(site), [locale], site.base));
}

/** Hostile `?date=` and `?q=` values on the given pages: no script runs, nothing is injected. */
export function hostileParamsOn(paths: string[]) {
  for (const path of paths) {
    test(`${path}: hostile ?date= and ?q= leave it inert`, async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const watcher = await watch(page, { origin: originOf(baseURL) });
      await stayHere(page);
      for (const value of hostile) {
        await page.goto(`${path}?${new URLSearchParams({ date: value, q: value })}`);
        await settle(page);
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
