/**
 * Records what a page does that a patient-facing site must not: console errors, uncaught
 * errors, dialogs, CSP violations, requests to another origin, and writes to cookies, local or
 * session storage, IndexedDB, Cache Storage or a service worker other than the site's own offline
 * worker. Attach before `goto`.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __gates?: { csp: string[]; writes: string[] };
  }
}

/** Runs in the page before its own scripts: listens for CSP violations, wraps storage APIs. */
function recorder() {
  const log = { csp: [] as string[], writes: [] as string[] };
  window.__gates = log;
  document.addEventListener('securitypolicyviolation', (event) =>
    log.csp.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    ),
  );
  const wrap = <T extends object>(target: T | undefined, name: keyof T & string, label: string) => {
    const original = target?.[name];
    if (!target || typeof original !== 'function') return;
    Object.defineProperty(target, name, {
      configurable: true,
      value: function (this: unknown, ...args: unknown[]) {
        log.writes.push(`${label}(${String(args[0])})`);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
  };
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(IDBFactory.prototype, 'open', 'indexedDB.open');
  wrap(globalThis.CacheStorage?.prototype, 'open', 'caches.open');
  wrap(globalThis.ServiceWorkerContainer?.prototype, 'register', 'serviceWorker.register');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get(this: Document) {
      return cookie?.get?.call(this) as string;
    },
    set(this: Document, value: string) {
      log.writes.push(`document.cookie = ${value}`);
      cookie?.set?.call(this, value);
    },
  });
}

export interface Watch {
  /**
   * Everything wrong since the last call, one line each, the current document's records
   * included; storage and cookies are the context's, so a write stays reported on later pages.
   */
  problems(): Promise<string[]>;
}

/**
 * Registering the site's own offline worker (`<base>sw.js`, src/client/boot.ts) is expected: it
 * keeps the pages read, never a reader's data (test/browser/offline.spec.ts checks what it keeps).
 */
const ownWorker = /^serviceWorker\.register\(\/(?:[\w.~-]+\/)*sw\.js\)$/;

/** `origin`: the site's own; `ignoreConsole`: a console error expected by the test (a 404's own status). */
export async function watch(page: Page, options: { origin: string; ignoreConsole?: RegExp }): Promise<Watch> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !options.ignoreConsole?.test(message.text()))
      seen.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.type()} "${dialog.message()}"`);
    void dialog.dismiss();
  });
  page.on('websocket', (socket) => seen.push(`websocket: ${socket.url()}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== options.origin)
      seen.push(`request to another origin: ${request.url()}`);
  });
  await page.addInitScript(recorder);
  return {
    async problems() {
      const state = await page.evaluate(async () => ({
        csp: window.__gates?.csp ?? ['recorder missing'],
        writes: window.__gates?.writes ?? ['recorder missing'],
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).map((db) => db.name),
      }));
      const cookies = await page.context().cookies();
      return [
        ...seen.splice(0),
        ...state.csp.map((line) => `CSP violation: ${line}`),
        ...state.writes.filter((line) => !ownWorker.test(line)).map((line) => `storage write: ${line}`),
        ...(state.local ? [`localStorage holds ${state.local} item(s)`] : []),
        ...(state.session ? [`sessionStorage holds ${state.session} item(s)`] : []),
        ...state.databases.map((name) => `IndexedDB database: ${name}`),
        ...cookies.map((c) => `cookie: ${c.name}`),
      ];
    },
  };
}

/** Waits until the page has made no request for `quiet` ms (at most `limit` ms). */
export async function settle(page: Page, quiet = 300, limit = 10_000): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const start = () => ((inFlight += 1), (last = Date.now()));
  const end = () => ((inFlight = Math.max(0, inFlight - 1)), (last = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  const began = Date.now();
  while (Date.now() - began < limit && (inFlight > 0 || Date.now() - last < quiet)) await page.waitForTimeout(50);
  page.off('request', start);
  page.off('requestfinished', end);
  page.off('requestfailed', end);
}
