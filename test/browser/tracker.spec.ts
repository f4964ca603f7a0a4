import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import ICAL from 'ical.js';

/**
 * The "what day am I on" tracker, on the built site, with a fixed clock and the reader's time
 * zone. The demo's micro-needling aftercare guide is the data; the expectations below follow
 * its frontmatter (content/guides/en/micro-needling/aftercare.mdx).
 */
const aftercare = '/en/micro-needling/aftercare/';

async function open(browser: Browser, now: string, url = aftercare, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  if (options.javaScriptEnabled !== false) await page.clock.setFixedTime(new Date(now));
  await page.goto(url);
  return { page, context, errors };
}

const tracker = (page: Page) => page.locator('aftercare-tracker');
const heading = (page: Page) => tracker(page).locator('[data-part=day]');
const status = (page: Page) => tracker(page).getByRole('status');
/** The ids of the items shown in a section of today's view, in order. */
async function shown(page: Page, list: string): Promise<string[]> {
  const section = tracker(page).locator(`[data-list=${list}]`);
  if (await section.isHidden()) return [];
  return section.locator(':scope > ul > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id!));
}

test.describe('the day', () => {
  // One instant, three readers: the day depends on the reader's own calendar.
  const cases = [
    { timezoneId: 'America/New_York', now: '2026-03-09T03:30:00Z', day: 1 }, // 23:30 on 8 March (EDT)
    { timezoneId: 'Europe/Paris', now: '2026-03-09T03:30:00Z', day: 2 }, // 04:30 on 9 March
    { timezoneId: 'Pacific/Auckland', now: '2026-03-09T03:30:00Z', day: 2 }, // 16:30 on 9 March
    { timezoneId: 'America/New_York', now: '2026-03-07T23:30:00Z', day: 0 }, // 18:30 on 7 March (EST)
    { timezoneId: 'Europe/Paris', now: '2026-03-07T23:30:00Z', day: 1 }, // 00:30 on 8 March
    { timezoneId: 'Pacific/Auckland', now: '2026-12-31T11:30:00Z', day: 300 }, // 00:30 on 1 January 2027
  ];
  for (const { timezoneId, now, day } of cases)
    test(`${timezoneId} at ${now}: day ${day}`, async ({ browser }) => {
      const { page, context, errors } = await open(browser, now, `${aftercare}?date=2026-03-07`, { timezoneId });
      const text = day === 0 ? 'Day 0: the day of your micro-needling' : `Day ${day} after your micro-needling`;
      await expect(heading(page)).toHaveText(text);
      await expect(status(page)).toContainText(text);
      expect(errors).toEqual([]);
      await context.close();
    });
});

test.describe('what applies', () => {
  const noonOn = (date: string) => `${date}T12:00:00Z`;
  const date = '2026-03-03';
  const always = ['antibiotic-ointment', 'coconut-oil'];
  const days = {
    0: {
      now: noonOn('2026-03-03'),
      avoid: [
        'leave-skin-alone',
        'make-up',
        'sweat-and-water',
        'retinol-vitamin-c',
        'irritants',
        'direct-sun',
        'picking',
        ...always,
      ],
      do: ['hands-off'],
      fine: [],
      normal: ['red-and-warm'],
    },
    1: {
      now: noonOn('2026-03-04'),
      avoid: ['make-up', 'sweat-and-water', 'retinol-vitamin-c', 'irritants', 'direct-sun', 'picking', ...always],
      do: ['gentle-cleansing', 'hands-off', 'sunscreen', 'moisturiser'],
      fine: ['leave-skin-alone'],
      normal: ['red-and-warm'],
    },
    2: {
      now: noonOn('2026-03-05'),
      avoid: ['sweat-and-water', 'retinol-vitamin-c', 'irritants', 'direct-sun', 'picking', ...always],
      do: ['gentle-cleansing', 'hands-off', 'sunscreen', 'moisturiser'],
      fine: ['leave-skin-alone', 'make-up'],
      normal: ['fading-and-dry', 'spots-settle'],
    },
    7: {
      now: noonOn('2026-03-10'),
      // Spots can take until day 10 to settle: no picking or squeezing until then.
      avoid: ['picking', ...always],
      do: ['gentle-cleansing', 'sunscreen', 'moisturiser'],
      fine: ['leave-skin-alone', 'make-up', 'sweat-and-water', 'retinol-vitamin-c', 'irritants', 'direct-sun'],
      normal: ['flaking', 'spots-settle'],
    },
    14: {
      now: noonOn('2026-03-17'),
      avoid: always,
      // Sunscreen runs from day 1 to day 14 (at least 2 weeks), then stays with "keep using it".
      do: ['gentle-cleansing', 'sunscreen', 'moisturiser'],
      fine: [
        'leave-skin-alone',
        'make-up',
        'sweat-and-water',
        'retinol-vitamin-c',
        'irritants',
        'direct-sun',
        'picking',
      ],
      normal: ['results-build'],
    },
    60: {
      now: noonOn('2026-05-02'),
      avoid: always,
      do: ['gentle-cleansing', 'sunscreen', 'moisturiser'],
      fine: [
        'leave-skin-alone',
        'make-up',
        'sweat-and-water',
        'retinol-vitamin-c',
        'irritants',
        'direct-sun',
        'picking',
      ],
      normal: [],
    },
  } as const;

  for (const [day, expected] of Object.entries(days))
    test(`day ${day}`, async ({ browser }) => {
      const { page, context } = await open(browser, expected.now, `${aftercare}?date=${date}`);
      await expect(heading(page)).toContainText(`Day ${day}`);
      expect(await shown(page, 'avoid')).toEqual(expected.avoid);
      expect(await shown(page, 'do')).toEqual(expected.do);
      expect(await shown(page, 'fine')).toEqual(expected.fine);
      expect(await shown(page, 'normal')).toEqual(expected.normal);
      await expect(tracker(page).locator('[data-part=complete]')).toBeVisible({ visible: day === '60' });
      await context.close();
    });

  test('without a time, "24 hours" lasts through the end of day 1, and says so', async ({ browser }) => {
    const { page, context } = await open(browser, days[1].now, `${aftercare}?date=${date}`);
    const makeUp = tracker(page).locator('[data-list=avoid] li[data-id=make-up] .when');
    await expect(makeUp).toHaveText(
      'until about 24 hours after your treatment (to be safe: until the end of day 1, Wed, 4 March 2026)',
    );
    const next = tracker(page).locator('[data-list=next] li').first();
    await expect(next).toHaveText(
      'Fine again: Make-up — about 24 hours after your treatment (to be safe: day 2, Thu, 5 March 2026)',
    );
    await context.close();
  });

  test('with a time, hours are exact', async ({ browser }) => {
    // Treated at 10:00 on day 0; on day 2 at 09:00 retinol is still out, at 10:00 it is fine again.
    const { page, context } = await open(browser, '2026-03-05T09:00:00Z', `${aftercare}?date=${date}`);
    await tracker(page).getByLabel('Time of your treatment').fill('10:00');
    await expect(tracker(page).locator('[data-list=avoid] li[data-id=retinol-vitamin-c] .when')).toHaveText(
      'until 10:00 on day 2 (Thu, 5 March 2026)',
    );
    expect(await shown(page, 'fine')).toEqual(['leave-skin-alone', 'make-up']);
    await page.clock.setFixedTime(new Date('2026-03-05T10:00:00Z'));
    await tracker(page).getByLabel('Time of your treatment').fill('10:00');
    await tracker(page).getByLabel('Time of your treatment').dispatchEvent('change');
    expect(await shown(page, 'fine')).toEqual(['leave-skin-alone', 'make-up', 'sweat-and-water', 'retinol-vitamin-c']);
    await context.close();
  });
});

test('before the treatment: the count-down, the preparation steps and what comes first', async ({ browser }) => {
  const { page, context } = await open(browser, '2026-03-05T12:00:00Z', `${aftercare}?date=2026-03-10`);
  await expect(heading(page)).toHaveText('5 days until your micro-needling');
  const steps = await page
    .locator('template[data-treatment] ')
    .evaluate((template) => (template as HTMLTemplateElement).content.querySelectorAll('[data-kind=step]').length);
  expect(await shown(page, 'steps')).toHaveLength(steps);
  expect(await shown(page, 'avoid')).toEqual([]);
  await expect(tracker(page).locator('[data-list=next] li').first()).toContainText('Start avoiding: Washing your face');
  await expect(tracker(page).locator('[data-list=next] li').first()).toContainText('day 0 (Tue, 10 March 2026)');
  await tracker(page).getByLabel('Date of your treatment').fill('2026-03-06');
  await expect(heading(page)).toHaveText('1 day until your micro-needling');
  await context.close();
});

test('before the treatment, the preparation guide’s steps with their dates', async ({ browser }) => {
  // Our micro-needling preparation steps have no `before` (no source gives a time), so they show
  // no date. Serve the page with two dated steps added, as Tracker.astro renders a guide's `steps`.
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
  const page = await context.newPage();
  await page.route('**/en/micro-needling/aftercare/**', async (route) => {
    const response = await route.fetch();
    const steps =
      '<li data-kind="step" data-id="pause-retinol" data-before="3d"><strong data-part="text">Stop using retinol</strong> <span class="when"></span></li>' +
      '<li data-kind="step" data-id="no-make-up" data-before="12h"><strong data-part="text">Come without make-up</strong> <span class="when"></span></li>';
    const body = (await response.text()).replace(
      /(<template data-treatment="micro-needling">[\s\S]*?<ul>)/,
      `$1${steps}`,
    );
    await route.fulfill({ response, body });
  });
  await page.clock.setFixedTime(new Date('2026-03-05T12:00:00Z'));
  await page.goto(`${aftercare}?date=2026-03-10`);
  const list = tracker(page).locator('[data-list=steps]');
  await expect(list.locator('li').nth(0)).toHaveText(/Stop using retinol\s*from Sat, 7 March 2026/);
  await expect(list.locator('li').nth(1)).toHaveText(/Come without make-up\s*from Mon, 9 March 2026/);
  await expect(list.locator('li').nth(2)).toContainText('Have a consultation first');
  await expect(list.locator('li').nth(2).locator('.when')).toHaveText('');
  await tracker(page).getByLabel('Date of your treatment').fill('2026-03-05');
  await expect(list).toBeHidden();
  await context.close();
});

test('long after: recovery complete, and the next-session advice', async ({ browser }) => {
  const { page, context } = await open(browser, '2026-03-05T12:00:00Z', `${aftercare}?date=2025-01-10`);
  await expect(heading(page)).toHaveText('Day 419 after your micro-needling');
  const complete = tracker(page).locator('[data-part=complete]');
  await expect(complete).toContainText('Your recovery is complete');
  await expect(complete).toContainText('the next one is usually about a month after this one');
  await expect(complete).toContainText('day 28 (Fri, 7 February 2025)');
  expect(await shown(page, 'normal')).toEqual([]);
  await context.close();
});

test.describe('bad input', () => {
  const now = '2026-03-05T12:00:00Z';
  const messages = {
    '2026-02-30': 'This date does not exist. Check the day and the month.',
    '03/03/2026': 'This is not a date. Write it as year-month-day, like 2026-03-08, or use the date picker.',
    '2031-01-01': 'This date is more than 1 year from today. Check the year.',
    '2019-01-01': 'This date is more than 5 years ago. Check the year.',
    '': 'Enter the date of your treatment.',
  };
  for (const [value, message] of Object.entries(messages))
    test(`?date=${value}`, async ({ browser }) => {
      const { page, context, errors } = await open(browser, now, `${aftercare}?date=${encodeURIComponent(value)}`);
      const input = tracker(page).getByLabel('Date of your treatment');
      await expect(tracker(page).locator('#tracker-date-error')).toHaveText(message);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toHaveAccessibleDescription(message);
      await expect(status(page)).toHaveText(message);
      await expect(tracker(page).locator('[data-part=today]')).toBeHidden();
      expect(errors).toEqual([]);
      await context.close();
    });

  test('typed dates out of range, then cleared, then fixed', async ({ browser }) => {
    const { page, context } = await open(browser, now);
    const input = tracker(page).getByLabel('Date of your treatment');
    await input.fill('2030-06-01');
    await expect(input).toHaveAccessibleDescription(messages['2031-01-01']);
    await input.fill('2012-06-01');
    await expect(input).toHaveAccessibleDescription(messages['2019-01-01']);
    await input.fill('');
    await expect(input).toHaveAccessibleDescription(messages['']);
    await input.fill('2026-03-04');
    await expect(input).not.toHaveAttribute('aria-invalid');
    await expect(tracker(page).locator('#tracker-date-error')).toBeEmpty();
    await expect(heading(page)).toHaveText('Day 1 after your micro-needling');
    await context.close();
  });
});

test('?date= fills in the form', async ({ browser }) => {
  const { page, context } = await open(browser, '2026-03-05T12:00:00Z', `${aftercare}?date=2026-03-04`);
  await expect(tracker(page).getByLabel('Date of your treatment')).toHaveValue('2026-03-04');
  await expect(heading(page)).toHaveText('Day 1 after your micro-needling');
  await context.close();
});

test('remember on this device, only after opting in; forget', async ({ browser }) => {
  const { page, context } = await open(browser, '2026-03-05T12:00:00Z');
  const storage = () => page.evaluate(() => ({ ...localStorage }));
  await expect(tracker(page).getByLabel('Date of your treatment')).toBeVisible();
  await tracker(page).getByLabel('Date of your treatment').fill('2026-03-03');
  await tracker(page).getByLabel('Time of your treatment').fill('09:15');
  await expect(heading(page)).toHaveText('Day 2 after your micro-needling');
  expect(await storage()).toEqual({});

  await tracker(page).getByLabel('Remember on this device').check();
  expect(JSON.parse((await storage())['aftercare:v1:micro-needling'])).toEqual({
    version: 1,
    date: '2026-03-03',
    time: '09:15',
  });
  await page.reload();
  await expect(tracker(page).getByLabel('Date of your treatment')).toHaveValue('2026-03-03');
  await expect(tracker(page).getByLabel('Remember on this device')).toBeChecked();
  await expect(heading(page)).toHaveText('Day 2 after your micro-needling');

  await tracker(page).getByRole('button', { name: 'Forget' }).click();
  expect(await storage()).toEqual({});
  await expect(tracker(page).getByLabel('Date of your treatment')).toHaveValue('');
  await expect(tracker(page).getByLabel('Remember on this device')).not.toBeChecked();
  await expect(tracker(page).locator('[data-part=today]')).toBeHidden();
  await expect(status(page)).toHaveText('Forgotten. Nothing about your treatment is saved on this device.');

  // A record of a format this version does not know is ignored and removed.
  await page.evaluate(() => localStorage.setItem('aftercare:v1:micro-needling', '{"version":2,"date":"2026-03-03"}'));
  await page.reload();
  await expect(tracker(page).getByLabel('Date of your treatment')).toHaveValue('');
  expect(await storage()).toEqual({});
  await context.close();
});

test('add to calendar: an .ics file made on the device', async ({ browser }) => {
  const { page, context } = await open(browser, '2026-03-05T12:00:00Z', `${aftercare}?date=2026-03-03`);
  const parse = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tracker(page).getByRole('button', { name: 'Add to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('micro-needling-2026-03-03.ics');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event));
    return Object.fromEntries(events.map((event) => [event.summary, event]));
  };

  const allDay = await parse();
  expect(Object.keys(allDay)).toEqual([
    'Fine again: Washing your face or putting products on it',
    'Fine again: Make-up',
    'Fine again: Workouts, sauna, swimming pools, the sea and hot tubs',
    'Fine again: Retinol, other retinoids and vitamin C serums',
    'End of: Keep your hands off your face',
    'Fine again: Toners, alcohol-based products, fragrance, acids (AHAs such as glycolic acid, BHAs such as salicylic acid) and scrubs',
    'Fine again: Direct sun',
    'Fine again: Picking flakes or squeezing spots',
    'End of: Broad-spectrum sunscreen, SPF 30 or higher, every day',
    'Window for your next micro-needling session',
  ]);
  const on = (summary: string) => allDay[summary]!.startDate.toString();
  expect(on('Fine again: Make-up')).toBe('2026-03-05');
  expect(allDay['Fine again: Make-up']!.startDate.isDate).toBe(true);
  expect(allDay['Fine again: Make-up']!.description).toBe(
    'After that: Put it on clean skin, with clean brushes or a new sponge.',
  );
  expect(on('Fine again: Retinol, other retinoids and vitamin C serums')).toBe('2026-03-06');
  expect(allDay['Fine again: Retinol, other retinoids and vitamin C serums']!.description).toContain(
    'as your specialist advises',
  );
  expect(on('Fine again: Direct sun')).toBe('2026-03-10');
  expect(on('End of: Broad-spectrum sunscreen, SPF 30 or higher, every day')).toBe('2026-03-18');
  expect(on('Window for your next micro-needling session')).toBe('2026-03-31');

  // With the time, the hours rules become timed events.
  await tracker(page).getByLabel('Time of your treatment').fill('14:30');
  const timed = await parse();
  const makeUp = timed['Fine again: Make-up']!;
  expect(makeUp.startDate.isDate).toBe(false);
  expect(makeUp.startDate.toJSDate().toISOString()).toBe('2026-03-04T14:30:00.000Z');
  expect(timed['Fine again: Direct sun']!.startDate.isDate).toBe(true);
  await context.close();
});

test('print my plan: the plan with dates and the clinic’s numbers', async ({ browser }) => {
  const { page, context } = await open(browser, '2026-03-05T12:00:00Z', `${aftercare}?date=2026-03-03`);
  await page.evaluate(() => (window.print = () => document.documentElement.setAttribute('data-printed', '')));
  await tracker(page).getByRole('button', { name: 'Print my plan' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '');
  await page.emulateMedia({ media: 'print' });
  const plan = tracker(page).locator('[data-part=plan] li');
  await expect(plan.first()).toBeVisible();
  await expect(tracker(page).locator('[data-part=plan] li[data-id=direct-sun]')).toContainText(
    'from day 0 (Tue, 3 March 2026), until the end of day 6 (Mon, 9 March 2026)',
  );
  await expect(tracker(page).getByRole('link', { name: /7946 0019/ })).toBeVisible();
  await expect(page.locator('section.timeline')).toBeHidden();
  await expect(tracker(page).locator('form')).toBeHidden();
  // One page of A4.
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Pages[^>]*\/Count (\d+)/)?.[1] ?? pdf.match(/\/Count (\d+)/)?.[1]).toBe('1');
  await context.close();
});

test('keyboard only: enter a date, then download the calendar', async ({ browser }) => {
  const { page, context } = await open(browser, '2026-03-05T12:00:00Z');
  await tracker(page).getByLabel('Date of your treatment').focus();
  await page.keyboard.type('03032026'); // en-GB: dd/mm/yyyy
  await expect(heading(page)).toHaveText('Day 2 after your micro-needling');
  await tracker(page).getByRole('button', { name: 'Add to calendar' }).focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  await context.close();
});

test('without JavaScript the whole timeline is there, and the tracker points to it', async ({ browser }) => {
  const { page, context } = await open(browser, '2026-03-05T12:00:00Z', `${aftercare}?date=2026-03-03`, {
    javaScriptEnabled: false,
  });
  await expect(tracker(page).locator('form')).toBeHidden();
  await expect(tracker(page).getByRole('link', { name: 'See the plan day by day' })).toHaveAttribute(
    'href',
    '#timeline',
  );
  const timeline = page.locator('section.timeline');
  await expect(timeline.locator('.phase')).toHaveCount(5);
  await expect(timeline.locator('.rule')).toHaveCount(13);
  for (const item of await timeline.locator('.phase, .rule, .session').all()) await expect(item).toBeVisible();
  await expect(timeline.locator('#rule-make-up')).toContainText('for the first 24 hours');
  await expect(timeline.locator('.session')).toContainText('from day 28 onwards');
  await context.close();
});

test('Arabic: right to left, with numbers and dates as Intl writes them', async ({ browser }) => {
  const { page, context, errors } = await open(
    browser,
    '2026-03-05T12:00:00Z',
    '/ar/micro-needling/aftercare/?date=2026-03-03',
    {
      locale: 'ar',
    },
  );
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(tracker(page)).toHaveAttribute('dir', 'rtl');
  const [two, date] = await page.evaluate(() => [
    new Intl.NumberFormat('ar').format(2),
    new Intl.DateTimeFormat('ar', {
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(2026, 2, 3)),
  ]);
  await expect(heading(page)).toContainText(two);
  await expect(tracker(page).locator('[data-part=dates]')).toContainText(date);
  // The tracker's accent border is on the reader's start side: the right.
  const border = await tracker(page).evaluate((element) => getComputedStyle(element).borderRightWidth);
  expect(border).toBe('6px');
  expect(errors).toEqual([]);
  await context.close();
});

test('Arabic reader, English content: the untranslated rules stay left to right inside', async ({ browser }) => {
  // The chemical peel is written in English and Spanish only.
  const { page, context } = await open(
    browser,
    '2026-03-05T12:00:00Z',
    '/ar/chemical-peel/aftercare/?date=2026-03-03',
    {
      locale: 'ar',
    },
  );
  await expect(tracker(page)).toHaveAttribute('dir', 'rtl');
  await expect(tracker(page).locator('[data-list=avoid] li').first()).toHaveAttribute('dir', 'ltr');
  await context.close();
});

test('home: choose the treatment, enter the date', async ({ browser }) => {
  const { page, context } = await open(browser, '2026-03-05T12:00:00Z', '/en/');
  await expect(tracker(page).getByLabel('Your treatment', { exact: true })).toHaveValue('micro-needling');
  await tracker(page).getByLabel('Date of your treatment').fill('2026-03-04');
  await expect(heading(page)).toHaveText('Day 1 after your micro-needling');
  await context.close();
});
