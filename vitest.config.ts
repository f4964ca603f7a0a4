import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const mock = (file: string) => fileURLToPath(new URL(`./test/mocks/${file}`, import.meta.url));

// Four projects: `unit` runs before the build (pure logic, schemas, content files), `build` makes
// real builds that must fail (or not) with the right message, `site` runs
// over the built `dist/` that `npm test` makes first, `firefox` drives Debian's Firefox ESR over
// the built demo after Playwright's Chromium tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
          // No test mocks a module or a global: sharing a worker's modules reads the guides once.
          isolate: false,
          // The data layer's Astro modules, with known guides and a known clinic (test/mocks/).
          alias: { 'astro:content': mock('astro-content.ts'), 'virtual:aftercare/brand': mock('brand.ts') },
        },
      },
      // Real builds of broken copies, one file at a time: Astro keeps each build's content list in
      // the project's own .astro/ folder, so two builds at once would mix their content.
      { test: { name: 'build', include: ['test/build/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000 } },
      // Parsing every built page takes a while on 2 cores: the test files share one worker's
      // modules (not isolated), so each worker parses the pages once, not each file again.
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], testTimeout: 120_000, isolate: false } },
      { test: { name: 'firefox', include: ['test/firefox/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
