/**
 * The search UI on the built site: the header combobox, the search page and its filters, the
 * highlighted answer, keyboard use, the no-results path and the no-JavaScript path. Each test
 * also checks a clean console: no errors, no CSP violations, no warnings.
 */
import { expect, test } from '@playwright/test';
import { watchConsole } from '../helpers/console';

test('a patient goes from “can I wear makeup” to the answer, highlighted, in one search', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/en/micro-needling/aftercare/');
  const field = page.getByRole('combobox', { name: 'Search the guides' });
  await field.fill('can I wear makeup');
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first).toContainText('When can I wear make-up again?');
  // Searching from a micro-needling page, the micro-needling answer comes first.
  await expect(first).toContainText('Micro-needling');
  await expect(page.locator('.search [role="status"]')).toHaveText(/^\d+ answers for “can I wear makeup”$/);
  await field.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/en\/micro-needling\/faq\/\?highlight=wear&highlight=makeup#make-up$/);
  const answer = page.locator('section.question:has(#make-up)');
  await expect(answer.locator('mark.search-highlight').first()).toBeVisible();
  await expect(answer.locator('mark.search-highlight')).toContainText(['wear', 'make-up']);
  // The hidden keywords are not marked.
  await expect(page.locator('.visually-hidden mark')).toHaveCount(0);
  expect(console).toEqual([]);
});

// The promise: one word in the patient's language, typed in the header of the treatment's
// page, offers the make-up answer first.
for (const [language, word] of [
  ['es', 'maquillaje'],
  ['fr', 'maquillage'],
  ['ar', 'مكياج'],
  ['hi', 'मेकअप'],
  ['zh-cn', '化妆'],
] as const) {
  test(`“${word}” leads to the make-up answer in ${language}, in one search`, async ({ page }) => {
    const console = watchConsole(page);
    await page.goto(`/${language}/micro-needling/aftercare/`);
    await page.getByRole('search').getByRole('combobox').fill(word);
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect(first).toBeVisible();
    await page.getByRole('search').getByRole('combobox').press('ArrowDown');
    await page.getByRole('search').getByRole('combobox').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${language}/micro-needling/faq/\\?highlight=[^#]+#make-up$`));
    // The word as typed, for the page to mark: Pagefind's own form drops accents and vowel signs.
    expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual([word]);
    expect(console).toEqual([]);
  });
}

test('Pagefind loads only once the field is used, from under the site’s base path', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (request) => request.url().includes('/pagefind/') && pagefind.push(request.url()));
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);
  await page.getByRole('search').getByRole('combobox').focus();
  await expect.poll(() => pagefind.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('`/` focuses the search field, except while typing in a field', async ({ page }) => {
  await page.goto('/fr/micro-needling/aftercare/');
  await page.locator('body').press('/');
  const field = page.getByRole('search').getByRole('combobox');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await field.press('/');
  await expect(field).toHaveValue('/');
});

test('the listbox follows the arrow keys both ways and Escape closes it, then clears the field', async ({ page }) => {
  await page.goto('/en/');
  const field = page.getByRole('search').getByRole('combobox');
  await field.fill('sunscreen');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  await field.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(options.last()).toContainText('See all answers for “sunscreen”');
  await field.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  expect(count).toBeGreaterThan(2);
  await field.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).not.toHaveAttribute('aria-activedescendant');
  await field.press('Escape');
  await expect(field).toHaveValue('');
});

test('Enter without a chosen answer opens the search page with every answer and filters', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/en/clinic/');
  const field = page.getByRole('search').getByRole('combobox');
  await field.fill('redness');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await field.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=redness$/);
  const answers = page.locator('[data-search-answers] > li');
  await expect(answers.first()).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveValue('redness');
  await expect(page.getByRole('status')).toHaveText(`${await answers.count()} answers for “redness”`);
  const treatment = page.getByRole('group', { name: 'Treatment' });
  await expect(treatment.getByRole('radio', { name: /^All treatments \(\d+\)$/ })).toBeChecked();
  const peel = treatment.getByRole('radio', { name: /^Light chemical peel \(\d+\)$/ });
  const peelCount = Number(/\((\d+)\)/.exec((await peel.locator('..').textContent())!)![1]);
  await peel.check();
  await expect(answers).toHaveCount(peelCount);
  const places = () =>
    page
      .locator('.answer-where')
      .allTextContents()
      .then((all) => [...new Set(all)]);
  expect((await places()).every((where) => where.endsWith('· Light chemical peel'))).toBe(true);
  await page
    .getByRole('group', { name: 'Kind of page' })
    .getByRole('radio', { name: /^Questions/ })
    .check();
  await expect.poll(places).toEqual(['Questions · Light chemical peel']);
  // Every answer opens a page in English, at its heading.
  for (const href of await page
    .locator('.answer-link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/en\/chemical-peel\/faq\/\?highlight=redness#[a-z-]+$/);
  expect(console).toEqual([]);
});

test('on a phone, the search page shows answers on its first screen, the filters folded under one line', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/search/?q=can+i+wear+makeup');
  const first = page.locator('[data-search-answers] > li').first();
  await expect(first).toBeVisible();
  expect((await first.boundingBox())!.y).toBeLessThan(800 - 100);
  const treatment = page.getByRole('group', { name: 'Treatment' });
  await expect(treatment.getByRole('radio').first()).toBeHidden();
  await page.getByText('Narrow the answers').click();
  await expect(treatment.getByRole('radio', { name: /^All treatments \(\d+\)$/ })).toBeChecked();
  expect(console).toEqual([]);
});

test('on the search page, arrow keys move through the answers and Escape returns to the field', async ({ page }) => {
  await page.goto('/es/search/?q=maquillaje');
  const links = page.locator('.answer-link');
  await expect(links.first()).toBeVisible();
  const field = page.getByRole('searchbox');
  await field.focus();
  await field.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
  await field.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(field).toBeFocused();
  // Arrow keys in a filter choose the next value; the focus stays on it as the answers change.
  const kinds = page.getByRole('group', { name: 'Tipo de página' });
  await kinds.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  const second = kinds.getByRole('radio').nth(1);
  await expect(second).toBeChecked();
  await expect(second).toBeFocused();
});

test('no answers: the reader gets the FAQ index and the clinic’s number', async ({ page }) => {
  await page.goto('/en/search/?q=zzqxj');
  const none = page.locator('[data-search-none]');
  await expect(none).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('No answers for “zzqxj”.');
  await expect(none.getByRole('link', { name: 'Questions and answers' })).toHaveAttribute('href', '/en/faq/');
  await expect(none.getByRole('link', { name: '+44 20 7946 0018' })).toHaveAttribute('href', 'tel:+442079460018');
  await expect(none).toContainText('Call the clinic: \u2066+44 20 7946 0018\u2069');
  await page.goto('/ar/');
  await page.getByRole('search').getByRole('combobox').fill('zzqxj');
  const popupNone = page.locator('.search-popup [data-search-none]');
  await expect(popupNone).toBeVisible();
  await expect(popupNone).toContainText('لا توجد إجابات عن «zzqxj».');
});

test('a query from the URL is shown as text, never run as markup', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/en/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20sun');
  await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)> sun');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('without JavaScript the search field leads to the FAQ index', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/hi/micro-needling/aftercare/');
  // A plain text field: the combobox role comes with the script that makes it offer answers.
  await expect(page.getByRole('search').getByRole('combobox')).toHaveCount(0);
  const field = page.getByRole('search').getByRole('textbox');
  await field.fill('मेकअप');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/hi\/faq\/\?q=/);
  await page.goto('/hi/search/');
  await expect(page.getByRole('link', { name: 'सवाल और जवाब' })).toBeVisible();
  await context.close();
});

test('Arabic: answers in Arabic pages only, the popup laid out right to left', async ({ page }) => {
  await page.goto('/ar/');
  await page.getByRole('search').getByRole('combobox').fill('sauna');
  await expect(page.locator('.search-popup')).toBeVisible();
  for (const href of await page
    .getByRole('listbox')
    .getByRole('option')
    .evaluateAll((options) => options.map((o) => o.getAttribute('href'))))
    expect(href).toMatch(/^\/ar\//);
  // Right to left, the list lines up with the field's left end, where the line ends.
  const popup = (await page.locator('.search-popup').boundingBox())!;
  const form = (await page.locator('form.search').boundingBox())!;
  expect(Math.round(popup.x)).toBe(Math.round(form.x));
  expect(popup.x).toBeGreaterThanOrEqual(0);
});
