/** Where Debian's chromium is (or CHROME_PATH), and one line on how to get it when it is not. */
import { existsSync } from 'node:fs';

export const installHint =
  'No browser for the browser tests: install one with `apt-get install -y chromium`, or set CHROME_PATH.';

export function browserPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(installHint);
  return path;
}
