/**
 * Which of Debian's Chromium builds the browser tests launch: CHROME_PATH when set, else the
 * headless shell (package chromium-headless-shell), else the full browser (package chromium).
 * The shell is the same engine without the browser's window code: the browser stage takes about
 * 170 s with it on 2 cores, against 235 s with the full browser.
 */
import { existsSync } from 'node:fs';

const debianBuilds = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

export const installHint =
  'No browser for the browser tests: install one with `apt-get install -y chromium-headless-shell` (or chromium), or set CHROME_PATH.';

/** The browser to launch, or `undefined` when none is installed. */
export function findBrowser(): string | undefined {
  const path = process.env.CHROME_PATH ?? debianBuilds.find((candidate) => existsSync(candidate));
  return path && existsSync(path) ? path : undefined;
}

export function browserPath(): string {
  const path = findBrowser();
  if (!path) throw new Error(installHint);
  return path;
}
