/**
 * The worked example's handout, under `/aftercare/` on its own origin (test/helpers/handout.ts),
 * and its web app: the worker's scope and the manifest's stay under the base path.
 */
import { expect, test } from '@playwright/test';
import { handoutTests } from '../../helpers/handout';

handoutTests('cedar');

// The worker is blocked in every other test (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('its offline worker and web app stay under /aftercare/', async ({ page, baseURL }) => {
  await page.goto('/aftercare/es/');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${new URL(baseURL!).origin}/aftercare/`);
  const manifest = await (
    await page.request.get((await page.locator('link[rel=manifest]').getAttribute('href'))!)
  ).json();
  expect(manifest).toMatchObject({ start_url: '/aftercare/', scope: '/aftercare/', name: 'Cedar Dermatology' });
});
