import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { browserPath } from './test/helpers/browser';

// Browser tests run against built sites, served as a static host would (scripts/serve.mjs), in
// Debian's chromium:
// Playwright's own browser download cannot work on our machines.
//  - `demo`: dist/ (npm test builds it first), at the root.
//  - `cedar`: the worked example of a clinic's copy, under /aftercare/ with three languages;
//    npm test builds it with `build:all` into BRANDS_DIST; run alone, it is built here if missing.
const demoPort = Number(process.env.TEST_PORT ?? 4329);
const brandPort = demoPort + 1;
const cedarDist = join(process.env.BRANDS_DIST ?? join(tmpdir(), 'aftercare-test-brands'), 'cedar');
if (!existsSync(cedarDist))
  spawnSync('node', ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, BRAND: 'cedar', OUT_DIR: cedarDist },
  });

const serve = (port: number, dir: string, base = '/') =>
  `node scripts/serve.mjs --port ${port} --dir ${JSON.stringify(dir)} --base ${base}`;

export default defineConfig({
  testDir: 'test/browser',
  fullyParallel: true,
  // Two browser contexts at least, even on two cores: the gates visit every page, and most of
  // a visit is waiting on the browser, not the test runner.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  reporter: process.env.CI ? 'line' : 'list',
  retries: 0,
  use: {
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
    { name: 'demo', testIgnore: 'brands/**', use: { baseURL: `http://127.0.0.1:${demoPort}` } },
    { name: 'cedar', testMatch: 'brands/cedar*.spec.ts', use: { baseURL: `http://127.0.0.1:${brandPort}` } },
  ],
  webServer: [
    {
      command: serve(demoPort, 'dist'),
      url: `http://127.0.0.1:${demoPort}/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: serve(brandPort, cedarDist, '/aftercare/'),
      url: `http://127.0.0.1:${brandPort}/aftercare/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
