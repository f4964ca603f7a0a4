/**
 * A clinic's copy under a sub-path (the worked example, under `/aftercare/`): the header search
 * loads Pagefind's files from under it, and links every answer under it.
 */
import { expect, test } from '@playwright/test';

const base = '/aftercare/';

test('under /aftercare/, search loads Pagefind from there and every answer links there', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${base}en/micro-needling/aftercare/`);
  const field = page.getByRole('search').getByRole('combobox');
  await field.fill('sun cream');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(requests.filter((path) => path.includes('/pagefind/')).every((path) => path.startsWith(base))).toBe(true);
  expect(requests).toContain(`${base}pagefind/pagefind.js`);
  for (const href of await page
    .getByRole('option')
    .evaluateAll((options) => options.map((o) => o.getAttribute('href'))))
    expect(href).toMatch(/^\/aftercare\/en\//);
  await page.getByRole('listbox').getByRole('option').first().click();
  await expect(page).toHaveURL(/\/aftercare\/en\/micro-needling\/faq\/\?highlight=sun&highlight=cream#sunscreen$/);
  await expect(page.locator('mark.search-highlight').first()).toBeVisible();
});
