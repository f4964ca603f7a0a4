/**
 * The built site as tests see it: every HTML page of a dist folder parsed once, with its URL
 * path. Run `npm run build` first (npm test does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { defaultDistDir, htmlFiles, localeOf, urlPathOf } from './dist';

export const distDir = defaultDistDir;

export interface BuiltPage {
  /** File under dist/, e.g. `es/micro-needling/index.html`. */
  file: string;
  /** URL path it is served at, base path included, e.g. `/es/micro-needling/`. */
  path: string;
  html: string;
  document: Document;
}

const cache = new Map<string, BuiltPage[]>();

/** Every page of a built site (the demo site in dist/ by default), served under `base`. */
export function builtPages(dir = distDir, base = '/'): BuiltPage[] {
  const key = `${dir}\0${base}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const pages = htmlFiles(dir).map((file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    const window = new Window({ url: 'http://127.0.0.1/' });
    window.document.write(html);
    return { file, path: urlPathOf(file, base), html, document: window.document as unknown as Document };
  });
  cache.set(key, pages);
  return pages;
}

/** The locale segment of a page's path (`es`), or undefined for `/` and `/404.html`. */
export function localeOfPath(path: string, base = '/'): string | undefined {
  return localeOf(path, base);
}

export function isNotFound(page: BuiltPage): boolean {
  return /(^|\/)404(\.html|\/)/.test(page.path);
}
