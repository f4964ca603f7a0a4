import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const mock = (file: string) => fileURLToPath(new URL(`./test/mocks/${file}`, import.meta.url));

// Three projects: `unit` runs before the build (pure logic, schemas, content files), `site` runs
// over the built `dist/` that `npm test` makes first, `firefox` drives Debian's Firefox ESR over
// the built demo after Playwright's Chromium tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts', 'test/build/**/*.test.ts'],
          // The data layer's Astro modules, with known guides and a known clinic (test/mocks/).
          alias: { 'astro:content': mock('astro-content.ts'), 'virtual:aftercare/brand': mock('brand.ts') },
        },
      },
      // Parsing every built page once takes a while on 2 cores: the first test that asks waits for it.
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'firefox', include: ['test/firefox/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
