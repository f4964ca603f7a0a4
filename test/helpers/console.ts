/**
 * What a browser test expects none of at its end: console errors and warnings, uncaught errors
 * and, where asked, failed requests. Attach before the page loads; assert `toEqual([])`.
 */
import type { Page } from '@playwright/test';

/** Playwright's own notice where it blocks the offline worker (playwright.config.ts): not the page's. */
const blockedWorker = 'Service Worker registration blocked by Playwright';

export function watchConsole(page: Page, options: { failedRequests?: boolean } = {}): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && message.text() !== blockedWorker)
      messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  if (options.failedRequests) page.on('requestfailed', (request) => messages.push(`failed: ${request.url()}`));
  return messages;
}
