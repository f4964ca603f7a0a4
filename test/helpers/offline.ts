/**
 * The offline worker in a browser, on a private copy of a built site served by the project's
 * static server (scripts/lib/static-server.ts), so a test can stop the server and change the
 * copy's files as a new build would.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

export interface Copy {
  dir: string;
  server: StaticServer;
  /** Stops the server and removes the copy. */
  remove(): Promise<void>;
}

export async function servedCopy(builtDir: string, base = '/'): Promise<Copy> {
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-offline-'));
  cpSync(builtDir, dir, { recursive: true });
  const server = await serveStatic(dir, { base });
  return {
    dir,
    server,
    async remove() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The names of the origin's caches, and the paths each holds (with any query or fragment kept). */
export const cacheContents = (page: Page) =>
  page.evaluate(async () =>
    Object.fromEntries(
      await Promise.all(
        (await caches.keys()).map(async (name) => {
          const requests = await (await caches.open(name)).keys();
          return [name, requests.map((request) => new URL(request.url).href.slice(location.origin.length))] as const;
        }),
      ),
    ),
  );

/** Waits until the page is controlled by the copy's worker. */
export const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
