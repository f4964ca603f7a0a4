/**
 * Tiny fixture sites for search scenarios, the way Pagefind's own test suite builds them: a few
 * HTML files in a temporary folder, indexed by the real indexer as the build runs it, served
 * over HTTP for a real browser. Pages follow the site's conventions (src/layouts/Page.astro):
 * the content of a page in its own language carries `data-pagefind-body`, a fallback's does not.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { closeIndexer, indexSite } from '../../src/build/search-index';
import { serveStatic } from '../../scripts/lib/static-server';

export interface FixtureSite {
  /** Where the site is served, ending in `/` (the base path included). */
  url: string;
  close(): Promise<void>;
}

/** Indexes `files` (path → HTML) with Pagefind and serves them, under `base` if given. */
export async function fixtureSite(
  files: Record<string, string>,
  options: { base?: string } = {},
): Promise<FixtureSite> {
  const dir = await mkdtemp(join(tmpdir(), 'aftercare-search-'));
  for (const [path, html] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  // Indexed exactly as the site's build indexes dist/.
  await indexSite(dir);
  const server = await serveStatic(dir, options);
  return {
    url: server.url,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Stops Pagefind's indexing service once a file's scenarios are done. */
export const closePagefind = closeIndexer;

/** A page of the site: `<html lang>` decides its index; `body` is its `<main>`. */
export function html(lang: string, body: string, head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Fixture</title><link rel="icon" href="data:,">${head}</head><body><header data-pagefind-ignore="all"><a href="/">Clinic</a></header><main>${body}</main></body></html>`;
}
