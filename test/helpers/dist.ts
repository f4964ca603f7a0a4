/**
 * The built site as files: which HTML pages a dist folder holds, the URL path each is served at,
 * and what kind of page it is. No DOM here, so browser tests can list pages cheaply.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../..');

/** Where `npm run build` puts a clinic's copy: `dist/<brand>/`. */
export const builtSite = (brand: string) => resolve(projectRoot, 'dist', brand);

/** The demo site that `npm run build` makes (OUT_DIR if set). */
export const defaultDistDir = process.env.OUT_DIR ? resolve(projectRoot, process.env.OUT_DIR) : builtSite('demo');

/** Every HTML file under `dir`, relative and sorted, with forward slashes. */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`No built site at ${dir}: run \`npm run build\` first.`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

/** The URL path a file is served at under `base`: `es/faq/index.html` → `/aftercare/es/faq/`. */
export function urlPathOf(file: string, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The locale segment of a path relative to the base (`es`), or undefined for `/` and `/404.html`. */
export function localeOf(path: string, base = '/'): string | undefined {
  const rest = path.startsWith(base) ? path.slice(base.length - 1) : path;
  return /^\/([a-z]{2}(?:-[a-z]+)?)\//.exec(rest)?.[1];
}

/** The site's own pages that have a page beneath them: the clinic page, with its staff's handout. */
const siteSections = new Set(['clinic']);

/**
 * Groups pages by kind, so a test can visit one of each: the path without its locale, with the
 * treatment segment generalised. A treatment is any first segment with pages beneath it
 * (`/en/micro-needling/aftercare/`) other than the site's own sections, so new treatments and new
 * kinds of page need no code here.
 */
export function pageKinds(paths: string[], base = '/'): Map<string, string[]> {
  const rest = (path: string) => {
    const inner = path.slice(base.length - 1);
    const locale = localeOf(path, base);
    return locale ? inner.slice(locale.length + 1) : inner;
  };
  const treatments = new Set(
    paths
      .map((path) => rest(path).split('/').filter(Boolean))
      .filter((segments) => segments.length > 1 && !siteSections.has(segments[0]!))
      .map((segments) => segments[0]!),
  );
  const kinds = new Map<string, string[]>();
  for (const path of paths) {
    const segments = rest(path).split('/');
    if (treatments.has(segments[1] ?? '')) segments[1] = '<treatment>';
    const kind = `${localeOf(path, base) ? '/<lang>' : ''}${segments.join('/')}`;
    kinds.set(kind, [...(kinds.get(kind) ?? []), path]);
  }
  return kinds;
}

/** One page of each kind, preferring the given locales in order (the default language first). */
export function onePerKind(paths: string[], preferred: string[], base = '/'): string[] {
  return [...pageKinds(paths, base).values()].map(
    (group) =>
      preferred.map((locale) => group.find((path) => localeOf(path, base) === locale)).find(Boolean) ?? group[0]!,
  );
}

/**
 * The environment for a build started from a test: Vitest's own variables removed. It sets
 * BASE_URL, MODE and NODE_ENV for the code under test, and an Astro build started with them
 * would take `BASE_URL=/` over its BASE_PATH.
 */
export function buildProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of Object.keys(env))
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(name)) delete env[name];
  return env;
}
