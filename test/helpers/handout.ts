/**
 * The clinic's handout in a browser, for the site a Playwright project serves (the demo at `/`,
 * a clinic's copy under its base path): filled in from its fragment, it prints on one A4 and one
 * Letter page (counted in the PDF Chromium prints), in English alone and in Arabic with the
 * English beside it; its QR code, screenshot at its printed size (30 mm) at a printer's
 * resolution and decoded with jsQR, is the patient's aftercare page on the clinic's own address
 * with the date in its fragment; and that page, opened, shows the patient's day.
 */
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { loadBrand } from '../../src/build/brand';
import { siteAddress } from '../../src/build/target';
import { root } from './content';

/** Pages in a PDF that Chromium printed: its page objects, not the tree's `/Pages` nodes. */
export const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** The text of the QR code in a screenshot, or undefined when none can be read. */
export function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

const treatment = 'micro-needling';
const date = '2026-03-03';
const time = '15:00';
// Day 2 at noon in London: make-up is fine again, sweat and water are still to avoid (until 15:00).
const now = new Date('2026-03-05T12:00:00Z');

async function openHandout(browser: Browser, base: string, lang: string) {
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB', deviceScaleFactor: 3 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.clock.setFixedTime(now);
  await page.goto(`${base}en/clinic/handout/#treatment=${treatment}&date=${date}&time=${time}&lang=${lang}`);
  await expect(page.locator('clinic-handout')).toHaveAttribute('data-ready', /./);
  return { context, page, errors };
}

/** The blocks shown, as `lang/dir` in order. */
const shownBlocks = (page: Page) =>
  page
    .locator('.sheet-block:visible')
    .evaluateAll((blocks) => blocks.map((block) => `${block.getAttribute('lang')}/${block.getAttribute('dir')}`));

export function handoutTests(brandId: string) {
  const brand = loadBrand(join(root, 'content'), brandId);
  const { site, base } = siteAddress(process.env, brand.site);

  for (const lang of ['en', 'ar'].filter((code) => brand.locales.includes(code as never)))
    test(`${base}en/clinic/handout/ for a patient reading ${lang}: one printed page and a QR code to their day`, async ({
      browser,
    }) => {
      const { context, page, errors } = await openHandout(browser, base, lang);
      expect(await shownBlocks(page)).toEqual(lang === 'en' ? ['en/ltr'] : ['ar/rtl', 'en/ltr']);
      const sheet = page.locator('.sheet-block:visible').first();
      await expect(sheet.locator('[data-part=date]')).not.toBeEmpty();
      await expect(sheet.locator('[data-when]').first()).not.toBeEmpty();

      const expected = `${site}${base}${lang}/${treatment}/aftercare/#date=${date}&time=15%3A00`;
      await expect(page.locator('[data-part=url]')).toHaveText(expected);
      await page.emulateMedia({ media: 'print' });
      const qr = page.locator('[data-part=qr] svg');
      // 30 mm printed (96 CSS px to the inch), screenshot at about 290 dpi.
      expect((await qr.boundingBox())!.width).toBeCloseTo((30 / 25.4) * 96, 0);
      expect(decodeQr(await qr.screenshot())).toBe(expected);
      for (const format of ['A4', 'Letter'])
        expect(pdfPages(await page.pdf({ format })), `${lang} on ${format}`).toBe(1);
      expect(errors).toEqual([]);

      // The patient's phone: the same address on this test server, on day 2.
      const target = new URL(expected);
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${target.pathname}${target.hash}`);
      const tracker = page.locator('aftercare-tracker');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(tracker.locator('[data-list=avoid] li[data-id=sweat-and-water]')).toBeVisible();
      await expect(tracker.locator('[data-list=fine] li[data-id=make-up]')).toHaveCount(1);
      if (lang === 'en') await expect(tracker.locator('[data-part=day]')).toHaveText('Day 2 after your micro-needling');
      expect(errors).toEqual([]);
      await context.close();
    });
}
