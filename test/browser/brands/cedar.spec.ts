/**
 * The worked example of a clinic's copy, served under /aftercare/: only its three languages,
 * every link and asset inside the sub-path, its protocol (retinol and vitamin C paused for
 * 5 days, not 48 hours) everywhere the rule is stated, its own preparation page, its search.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import ICAL from 'ical.js';

const base = '/aftercare/';

/** Every page reachable from the home pages, with every internal URL each one references. */
async function crawl(request: APIRequestContext) {
  const pages = new Map<string, string>();
  const queue = [`${base}`, `${base}en/`, `${base}es/`, `${base}ar/`];
  const broken: string[] = [];
  const outside: string[] = [];
  const checked = new Set<string>();
  while (queue.length) {
    const path = queue.shift()!;
    if (checked.has(path)) continue;
    checked.add(path);
    const response = await request.get(path);
    if (!response.ok()) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('html')) continue;
    const html = await response.text();
    pages.set(path, html);
    for (const [, url] of html.matchAll(/(?<![\w-])(?:href|src|action)="([^"#]*)(?:#[^"]*)?"/g)) {
      if (!url || /^(https?:|mailto:|tel:|data:)/.test(url)) continue;
      const resolved = new URL(url, `http://x${path}`).pathname;
      if (!resolved.startsWith(base)) outside.push(`${path} → ${resolved}`);
      else if (!checked.has(resolved)) queue.push(resolved);
    }
  }
  return { pages, broken, outside };
}

test('every link and asset resolves, inside /aftercare/, in three languages only', async ({ request }) => {
  const { pages, broken, outside } = await crawl(request);
  expect(broken).toEqual([]);
  expect(outside).toEqual([]);
  const languages = new Set([...pages.keys()].map((path) => path.split('/')[2]).filter(Boolean));
  expect([...languages].sort()).toEqual(['ar', 'en', 'es']);
  expect(pages.size).toBeGreaterThan(20);
  for (const missing of ['fr', 'hi', 'zh-cn']) expect((await request.get(`${base}${missing}/`)).status()).toBe(404);
  // The treatment this clinic does not offer is not built either.
  expect((await request.get(`${base}en/chemical-peel/`)).status()).toBe(404);
  const sitemap = await (await request.get(`${base}sitemap-0.xml`)).text();
  expect(sitemap).toContain('https://cedar-dermatology.example/aftercare/es/');
  expect(sitemap).not.toMatch(/\/(fr|hi|zh-cn)\//);
});

test('the clinic’s retinol protocol (5 days) is stated everywhere, 48 hours nowhere', async ({ request }) => {
  const { pages } = await crawl(request);
  const timeline = pages.get(`${base}en/micro-needling/aftercare/`)!;
  const rule = /id="rule-retinol-vitamin-c"[\s\S]*?<\/li>/.exec(timeline)![0];
  expect(rule).toContain('for 5 days (days 0 to 4)');
  const faq = pages.get(`${base}en/micro-needling/faq/`)!;
  expect(faq).toContain('Not for 5 days (days 0 to 4).');
  for (const [path, html] of pages) {
    const text = html.replace(/<[^>]+>/g, ' ');
    for (const sentence of text.split(/(?<=[.!?])\s+/))
      if (/retinol|vitamin C/i.test(sentence)) expect(sentence, path).not.toMatch(/\b48 hours\b|\b2 days\b/);
  }
});

test('the clinic’s own preparation page replaces the shared one in each language, keeping its safety steps', async ({
  page,
}) => {
  const pages: [string, RegExp][] = [
    ['en', /Cedar Dermatology.s own instructions/],
    ['es', /indicaciones propias de Cedar Dermatology/],
    ['ar', /تعليمات Cedar Dermatology الخاصة/],
  ];
  for (const [lang, text] of pages) {
    await page.goto(`${base}${lang}/micro-needling/preparation/`);
    await expect(page.locator('main')).toContainText(text);
    // The clinic's own steps, and the shared guide's screening steps it must keep.
    await expect(page.locator('#step-arrive-early')).toBeVisible();
    for (const id of ['cold-sores', 'pregnancy', 'numbing-cream', 'isotretinoin'])
      await expect(page.locator(`#step-${id}`)).toBeVisible();
    // A clinic's page never speaks of "our site's general page".
    await expect(page.locator('main')).not.toContainText(/general|general «|العامة في موقعنا/);
  }
});

test('its name, colours and numbers are the clinic’s', async ({ page }) => {
  await page.goto(`${base}en/micro-needling/aftercare/`);
  await expect(page.locator('.site-header .brand')).toContainText('Cedar Dermatology');
  await expect(page.locator('.care-cards a[href="tel:911"]')).toBeVisible();
  await expect(page.locator('.care-cards a[href="tel:+13135550143"]')).toBeVisible();
  const primary = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim(),
  );
  expect(primary).toBe('#7a2d6a');
});

test('search finds the clinic’s pages under the sub-path', async ({ page }) => {
  await page.goto(`${base}en/`);
  const urls = await page.evaluate(async (root) => {
    const pagefind = await import(`${root}pagefind/pagefind.js`);
    const search = await pagefind.search('retinol');
    const data = await Promise.all(
      search.results.slice(0, 5).map((result: { data: () => Promise<{ url: string }> }) => result.data()),
    );
    return data.map((item) => item.url);
  }, base);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url.startsWith(`${base}en/`)).toBe(true);
});

test('the tracker and its calendar file keep retinol paused until day 5', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-03-06T12:00:00Z')); // day 3; the demo clinic says fine again
  await page.goto(`${base}en/micro-needling/aftercare/#date=2026-03-03`);
  const tracker = page.locator('aftercare-tracker');
  await expect(tracker.locator('[data-list=avoid-all] li[data-id=retinol-vitamin-c]')).toBeAttached();
  await expect(tracker.locator('[data-list=fine] li[data-id=retinol-vitamin-c]')).toHaveCount(0);
  await tracker.locator('details').evaluate((details) => ((details as HTMLDetailsElement).open = true));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tracker.getByRole('button', { name: 'Add to calendar' }).click(),
  ]);
  const events = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')))
    .getAllSubcomponents('vevent')
    .map((event) => new ICAL.Event(event));
  const retinol = events.find((event) => event.summary.startsWith('You can start again: Retinoids'));
  expect(retinol?.startDate.toString()).toBe('2026-03-08');
  await context.close();
});

test('the emergency card keeps its own colours in the clinic’s palette, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${base}en/micro-needling/urgent/`);
    const band = await page
      .locator('.care-emergency .care-title')
      .evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).color]);
    expect(band).toEqual(['rgb(213, 40, 27)', 'rgb(255, 255, 255)']);
  }
});

test('one treatment: the home page asks only for the date; dates read as they are written in the US', async ({
  page,
}) => {
  await page.goto(`${base}en/`);
  const start = page.locator('tracker-start');
  await expect(start.getByRole('combobox')).toHaveCount(0);
  await expect(start.getByLabel('Date of your treatment')).toBeVisible();
  // The governance line of a guide, in the clinic's region (US): "Month day, year".
  await page.goto(`${base}en/micro-needling/aftercare/`);
  await expect(page.locator('.governance')).toContainText(/Last checked against sources: [A-Z][a-z]+ \d{1,2}, \d{4}/);
});
