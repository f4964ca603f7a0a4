/**
 * axe-core on every built page, in the light and the dark colour scheme: no violation of the
 * WCAG 2.0, 2.1 and 2.2 A and AA rules. Pages come from dist/, so new pages are checked
 * without code here.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { defaultDistDir, htmlFiles, urlPathOf } from '../helpers/dist';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = htmlFiles(defaultDistDir).map((file) => urlPathOf(file));

for (const path of paths) {
  test(`axe finds nothing on ${path}, light and dark`, async ({ page }) => {
    test.setTimeout(120_000);
    // `/` sends a browser on to its language: keep it on the page under test.
    await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['xx'] }));
    await page.goto(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      // The same loaded page, re-styled: the scheme is a media feature, not a reload.
      await page.emulateMedia({ colorScheme });
      // Legacy mode runs axe in the page itself rather than merging results in a second blank
      // page: our pages have no frames, and it is twice as fast.
      const { violations } = await new AxeBuilder({ page }).withTags(tags).setLegacyMode(true).analyze();
      const found = violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`,
      );
      expect(found, `${path} in the ${colorScheme} scheme`).toEqual([]);
    }
  });
}
