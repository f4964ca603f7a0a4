import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { browserPath } from './test/helpers/browser';

// Browser tests run against the built site (`npm run build` first), served by `astro preview`,
// in Debian's chromium: Playwright's own browser download cannot work on our machines.
const port = Number(process.env.TEST_PORT ?? 4329);

export default defineConfig({
  testDir: 'test/browser',
  fullyParallel: true,
  // Two browser contexts at least, even on two cores: the gates visit every page, and most of
  // a visit is waiting on the browser, not the test runner.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  reporter: process.env.CI ? 'line' : 'list',
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
  webServer: {
    command: `npx --no-install astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
