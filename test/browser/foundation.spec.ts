import { expect, test } from '@playwright/test';

test('`/` takes a Spanish browser to the Spanish home page', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/es\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await context.close();
});

test('`/` without JavaScript lists every language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  for (const name of ['English', 'Español', 'Français', 'العربية', 'हिन्दी', '简体中文'])
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  await context.close();
});

test('the language picker keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/micro-needling/aftercare/');
  await page.locator('.language-picker summary').click();
  await page.locator('.language-picker').getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/micro-needling\/aftercare\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('Arabic pages are laid out right to left', async ({ page }) => {
  await page.goto('/ar/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const brand = await page.locator('.site-header .brand').boundingBox();
  const picker = await page.locator('.language-picker').boundingBox();
  expect(brand && picker && brand.x > picker.x).toBe(true);
});
