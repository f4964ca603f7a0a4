/**
 * The built site as tests see it: every HTML page of dist/ parsed once, with its URL path.
 * Run `npm run build` first (npm test does).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { root } from './content';

export const distDir = join(root, process.env.OUT_DIR || 'dist');

export interface BuiltPage {
  /** File under dist/, e.g. `es/micro-needling/index.html`. */
  file: string;
  /** URL path it is served at, e.g. `/es/micro-needling/`. */
  path: string;
  html: string;
  document: Document;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

let cache: BuiltPage[] | undefined;

/** Every page of the built site. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error(`No built site at ${distDir}: run \`npm run build\` first.`);
  cache ??= htmlFiles(distDir).map((file) => {
    const html = readFileSync(join(distDir, file), 'utf8');
    const window = new Window({ url: 'http://127.0.0.1/' });
    window.document.write(html);
    const path = `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
    return { file, path, html, document: window.document as unknown as Document };
  });
  return cache;
}

/** The locale segment of a page's path (`es`), or undefined for `/` and `/404.html`. */
export function localeOfPath(path: string): string | undefined {
  return /^\/([a-z]{2}(?:-[a-z]+)?)\//.exec(path)?.[1];
}

export function isNotFound(page: BuiltPage): boolean {
  return /(^|\/)404(\.html|\/)/.test(page.path);
}
