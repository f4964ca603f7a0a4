/**
 * What a patient sees first, on a 360×800 phone: the page's title within the first 250 pixels of
 * every kind of page, the way to help on the first screen of every treatment page, today's answer
 * on the first screen of every aftercare page in every language, and an
 * emergency card that looks like no other box, in any brand and both colour schemes. And on
 * paper: an aftercare page prints on at most four A4 pages.
 */
import { expect, test } from '@playwright/test';
import { builtSite, htmlFiles, urlPathOf } from '../helpers/dist';

const phone = { width: 360, height: 800 };
const pages = htmlFiles(builtSite('demo')).map((file) => urlPathOf(file));
const treatmentPages = (language: string) =>
  pages.filter(
    (path) =>
      new RegExp(`^/${language}/[a-z-]+/([a-z]+/)?$`).test(path) &&
      !/^\/[a-z-]+\/(faq|search|clinic|privacy|404)\//.test(path),
  );

test.use({ viewport: phone });

test('on a phone, every kind of page starts its title within the first 250 pixels', async ({ page }) => {
  const samples = ['/en/', '/en/faq/', '/en/search/', '/en/clinic/', '/ar/', '/hi/faq/'];
  for (const language of ['en', 'ar', 'zh-cn'])
    samples.push(...treatmentPages(language).filter((path) => path.includes('/dermal-fillers/')));
  for (const path of samples) {
    await page.goto(path);
    const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top);
    expect.soft(top, path).toBeLessThanOrEqual(250);
  }
});

test('on a phone, every treatment page shows the way to help on its first screen', async ({ page }) => {
  for (const language of ['en', 'ar']) {
    const paths = treatmentPages(language).filter((path) => !path.endsWith('/urgent/'));
    expect(paths.length).toBeGreaterThanOrEqual(24);
    for (const path of paths) {
      await page.goto(path);
      const help = page.locator('.treatment-nav a.help');
      const box = await help.boundingBox();
      expect.soft(box && box.y + box.height <= phone.height, path).toBe(true);
      await expect.soft(help, path).toHaveAttribute('href', /\/urgent\/$/);
    }
  }
});

/**
 * The patient's evening, on every aftercare page in every language: two days after treatment,
 * after "Show my day", the first screen holds the day, the progress line, the way to help, the
 * three most important things to avoid and to do, and the "and N more" line under each list. The
 * longest words (Hindi, French) and right-to-left text are where this breaks first.
 */
for (const language of ['en', 'es', 'fr', 'ar', 'hi', 'zh-cn'])
  test(`${language}: after "Show my day", the first screen of every aftercare page holds today's answer`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const paths = treatmentPages(language).filter((path) => path.endsWith('/aftercare/'));
    expect(paths.length).toBeGreaterThanOrEqual(6);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    for (const path of paths) {
      await page.goto(path);
      await page.locator('#tracker-date').fill(twoDaysAgo);
      await page.locator('.tracker-form button[type="submit"]').click();
      await expect(page.locator('#today-heading')).toBeFocused();
      const outside = await page.locator('aftercare-tracker').evaluate((tracker) => {
        const parts = [
          '#today-heading',
          '[data-part=progress]',
          '.help a',
          ...['avoid', 'do'].flatMap((list) => [
            `[data-list=${list}]:not([hidden]) li:nth-child(-n+3)`,
            `[data-list=${list}]:not([hidden]) [data-more]:not(:empty)`,
          ]),
        ];
        return parts.flatMap((selector) =>
          [...tracker.querySelectorAll(selector)]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.top < -1 || box.bottom > innerHeight + 1;
            })
            .map((element) => `${selector} "${element.textContent?.trim().slice(0, 40)}"`),
        );
      });
      expect.soft(outside, `${path}: below the first screen`).toEqual([]);
    }
  });

test('the day at a glance is styled once shown: its styles come with the tracker, not with the page', async ({
  page,
}) => {
  await page.goto('/en/micro-needling/aftercare/');
  // Before the reader asks, the page holds no stylesheet of the day view.
  expect(await page.locator('link[rel="stylesheet"][href*="tracker-day"]').count()).toBe(0);
  const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  await page.locator('#tracker-date').fill(twoDaysAgo);
  await page.locator('.tracker-form button[type="submit"]').click();
  const day = page.locator('#today-heading');
  await expect(day).toBeVisible();
  // 1.5rem and a rule above the section: the day view's own styles (tracker-day.css) apply.
  expect(await day.evaluate((heading) => getComputedStyle(heading).fontSize)).toBe('24px');
  const border = await page.locator('.today').evaluate((today) => getComputedStyle(today).borderTopStyle);
  expect(border).toBe('solid');
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`the emergency card is red and white with black text, its call button like no other (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/en/dermal-fillers/urgent/');
    const card = page.locator('.care-emergency');
    const styles = await card.evaluate((element) => {
      const style = (selector: string) => getComputedStyle(element.querySelector(selector)!);
      return {
        band: style('.care-title').backgroundColor,
        bandText: style('.care-title').color,
        body: getComputedStyle(element).backgroundColor,
        text: style('li').color,
        call: style('.care-call').backgroundColor,
      };
    });
    expect(styles).toEqual({
      band: 'rgb(213, 40, 27)',
      bandText: 'rgb(255, 255, 255)',
      body: 'rgb(255, 255, 255)',
      text: 'rgb(33, 43, 50)',
      call: 'rgb(213, 40, 27)',
    });
    // No other button on the page looks like it.
    const others = await page
      .locator('a.button, button')
      .evaluateAll((buttons) => buttons.map((button) => getComputedStyle(button).backgroundColor));
    expect(others).not.toContain('rgb(213, 40, 27)');
    // The "call today" card is not the colour of the rules to avoid.
    const today = await page.locator('.care-urgent .care-title').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(today).toBe('rgb(255, 184, 28)');
  });

test('an aftercare page prints on at most four A4 pages, the title on the first, without navigation or search', async ({
  page,
}) => {
  for (const path of [
    '/en/micro-needling/aftercare/',
    '/ar/micro-needling/aftercare/',
    '/hi/dermal-fillers/aftercare/',
  ]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.treatment-nav')).toBeHidden();
    // No blank first page: the title starts on the first sheet (A4 is 1,123 CSS pixels tall).
    const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top + scrollY);
    expect.soft(top, `${path}: the title's place on paper`).toBeLessThan(1_000);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const count = Number(pdf.match(/\/Type\s*\/Pages[^>]*\/Count (\d+)/)?.[1] ?? pdf.match(/\/Count (\d+)/)?.[1]);
    expect.soft(count, path).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });
  }
});
