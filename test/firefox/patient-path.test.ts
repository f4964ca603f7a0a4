/**
 * The patient's path in a second engine: Debian's Firefox ESR over WebDriver BiDi, against the
 * built demo site served as a static host would. The evening after a micro-needling, with the
 * treatment date in a link's fragment: the right day in English and in Arabic, a header search
 * to its answer, the calendar file saved, and no console error, uncaught error or CSP violation.
 * The clock is frozen and the time zone fixed, so the day is exact whenever it runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import en from '../../src/i18n/ui/en.json';
import { fill } from '../../src/lib/messages';
import { defaultDistDir } from '../helpers/dist';
import { freezeClock, launchFirefox, watchPage, type Firefox } from '../helpers/firefox';

// 12:00 in London on Thursday 5 March 2026, two days after a treatment on Tuesday 3 March.
const now = '2026-03-05T12:00:00Z';
const treated = '2026-03-03';
const aftercare = (language: string) => `/${language}/micro-needling/aftercare/#date=${treated}`;

let server: StaticServer;
let firefox: Firefox;
let page: Page;
let problems: string[];

beforeAll(async () => {
  server = await serveStatic(defaultDistDir, { port: 0 });
  firefox = await launchFirefox('Europe/London');
  page = await firefox.browser.newPage();
  // A desktop window: the header's search field shows from 40rem up (phones get a link instead).
  await page.setViewport({ width: 1280, height: 900 });
  problems = await watchPage(page);
  await freezeClock(page, now);
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const open = (path: string) => page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
const textOf = (selector: string) => page.$eval(selector, (element) => element.textContent?.trim() ?? '');
/** The tracker's day heading, once the tracker has filled it in. */
async function dayHeading(): Promise<string> {
  const selector = 'aftercare-tracker [data-part=today]:not([hidden]) [data-part=day]';
  await page.waitForSelector(selector);
  return textOf(selector);
}

describe('Firefox ESR, the evening after a micro-needling', () => {
  it('shows day 2 in English', async () => {
    await open(aftercare('en'));
    expect(await dayHeading()).toBe('Day 2 after your micro-needling');
  });

  it('saves the calendar file from “Everything for today…”', async () => {
    await page.locator('aftercare-tracker details[data-part=details] > summary').click();
    await page.locator('aftercare-tracker details[open] button[data-action=ics]').click();
    const file = join(firefox.downloads, `micro-needling-${treated}.ics`);
    // Firefox writes a `.part` file first and renames it when the download is complete.
    await expect
      .poll(() => existsSync(file) && !readdirSync(firefox.downloads).some((name) => name.endsWith('.part')), {
        timeout: 15_000,
      })
      .toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event));
    const on = Object.fromEntries(events.map((event) => [event.summary, event.startDate.toString()]));
    const fine = (text: string) => fill(en['tracker.event.fine'], { text }, 'en');
    expect(on[fine('Make-up')]).toBe('2026-03-05');
    expect(on[fine('Direct sun')]).toBe('2026-03-10');
    expect(on[fill(en['tracker.event.session'], { treatment: 'micro-needling' }, 'en')]).toBe('2026-03-31');
  });

  it('runs a header search to its answer', async () => {
    const field = 'header form[role=search] input[role=combobox]';
    await page.locator(field).fill('makeup');
    const first = '#site-search-answers [role=option]';
    await page.waitForSelector(first, { visible: true });
    expect(await textOf(first)).toContain('When can I wear make-up again?');
    await page.keyboard.press('ArrowDown');
    const firstId = await page.$eval(first, (option) => option.id);
    expect(await page.$eval(field, (input) => input.getAttribute('aria-activedescendant'))).toBe(firstId);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/micro-needling/faq/');
    expect(url.hash).toBe('#make-up');
    await page.waitForSelector('section.question:has(#make-up) mark.search-highlight');
  });

  it('shows day 2 in Arabic, right to left', async () => {
    await open(aftercare('ar'));
    expect(await dayHeading()).toBe('اليوم 2 بعد الميكرونيدلينغ');
    const direction = await page.$eval('aftercare-tracker', (element) => getComputedStyle(element).direction);
    expect(direction).toBe('rtl');
  });

  it('logged no console error, uncaught error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
