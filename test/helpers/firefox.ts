/**
 * Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, which never downloads a
 * browser: a second engine for the patient's path (test/firefox/). Each page records what a test
 * expects none of: console errors and warnings, uncaught errors and CSP violations.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const firefoxHint =
  'No Firefox for the Firefox tests: install it with `apt-get install -y firefox-esr`, or set FIREFOX_PATH.';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(firefoxHint);
  return path;
}

export interface Firefox {
  browser: Browser;
  /** Where the browser saves downloads, without asking. */
  downloads: string;
  /** Closes the browser and removes its downloads. */
  close(): Promise<void>;
}

/** Firefox in `timeZone`, saving downloads to a fresh temporary folder. */
export async function launchFirefox(timeZone: string): Promise<Firefox> {
  const downloads = mkdtempSync(join(tmpdir(), 'aftercare-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    env: { ...process.env, TZ: timeZone },
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  const close = async () => {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
  };
  return { browser, downloads, close };
}

/**
 * Records console errors and warnings, uncaught errors and CSP violations (which each document
 * reports to the console) from now on; attach before the first load.
 */
export async function watchPage(page: Page): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${String(error)}`));
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`),
    ),
  );
  return messages;
}

/**
 * Freezes the page's clock at `instant` before any of its scripts run: `Date.now()` and
 * `new Date()` give that instant, so the reader's day is exact whenever the test runs.
 */
export async function freezeClock(page: Page, instant: string): Promise<void> {
  await page.evaluateOnNewDocument((at: number) => {
    const RealDate = Date;
    class FrozenDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length) super(...args);
        else super(at);
      }
      static override now() {
        return at;
      }
    }
    globalThis.Date = FrozenDate as DateConstructor;
  }, Date.parse(instant));
}
