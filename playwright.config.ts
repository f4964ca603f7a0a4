import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { browserPath } from './test/helpers/browser';
import { builtSite } from './test/helpers/dist';

// Browser tests run against built sites, served as a static host would (scripts/serve.mjs), in
// Debian's chromium: Playwright's own browser download cannot work on our machines.
//  - `demo`: dist/demo/ (npm test builds it first), at the root.
//  - `cedar`: the worked example of a clinic's copy, dist/cedar/, under /aftercare/ with three
//    languages.
//  - `fixture`: a small site of guides written for the tests (test/fixtures/site), dist/fixture/,
//    so the tracker's tests never depend on the real content.
// npm test builds all three; run alone, each is built here if missing.
const demoPort = Number(process.env.TEST_PORT ?? 4329);
const brandPort = demoPort + 1;
const fixturePort = demoPort + 2;
const fixture = { BRAND: 'fixture', CONTENT_ROOT: 'test/fixtures/site', OUT_DIR: 'dist/fixture' };
for (const [brand, extra] of [
  ['demo', {}],
  ['cedar', {}],
  ['fixture', fixture],
] as const)
  if (!existsSync(builtSite(brand)))
    spawnSync('npx', ['--no-install', 'astro', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, BRAND: brand, ...extra },
    });

const serve = (port: number, brand: string) =>
  `node scripts/serve.mjs --port ${port} --dir ${JSON.stringify(builtSite(brand))}`;

export default defineConfig({
  testDir: 'test/browser',
  fullyParallel: true,
  // Two browser contexts at least, even on two cores: the gates visit every page, and most of
  // a visit is waiting on the browser, not the test runner.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  reporter: process.env.CI ? 'line' : 'list',
  retries: 0,
  use: {
    // The offline worker has its own tests (offline.spec.ts, which allows it); elsewhere it would
    // only add its background downloads to every page's work.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: browserPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'demo', testIgnore: ['brands/**', 'fixture/**'], use: { baseURL: `http://127.0.0.1:${demoPort}` } },
    { name: 'cedar', testMatch: 'brands/cedar*.spec.ts', use: { baseURL: `http://127.0.0.1:${brandPort}` } },
    { name: 'fixture', testMatch: 'fixture/*.spec.ts', use: { baseURL: `http://127.0.0.1:${fixturePort}` } },
  ],
  webServer: [
    {
      command: serve(demoPort, 'demo'),
      url: `http://127.0.0.1:${demoPort}/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: serve(brandPort, 'cedar'),
      url: `http://127.0.0.1:${brandPort}/aftercare/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: serve(fixturePort, 'fixture'),
      url: `http://127.0.0.1:${fixturePort}/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
