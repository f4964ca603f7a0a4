/**
 * A clinic's copy under a sub-path (`BASE_PATH=/aftercare/`): the real build, served under that
 * path, searches with Pagefind's files from under it and links every answer under it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { root } from '../helpers/content';
import { serve, type StaticServer } from '../helpers/static-server';

const base = '/aftercare/';
let scratch: string;
let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  scratch = mkdtempSync(join(tmpdir(), 'aftercare-subpath-'));
  const env = { ...process.env, BASE_PATH: base, OUT_DIR: join(scratch, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' };
  const build = spawnSync('node', ['scripts/build.mjs'], { cwd: root, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The sub-path build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serve(join(scratch, 'dist'), { base });
});
test.afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('under /aftercare/, search loads Pagefind from there and every answer links there', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}en/micro-needling/aftercare/`);
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
