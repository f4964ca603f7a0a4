/**
 * The offline worker of a built copy (`sw.js` at its base path), written by the build as a plain
 * file with the lists it needs and a version: a hash of every file it may cache, so a new build
 * that changes anything brings a new worker, and only then. Once a reader opens a page, the
 * worker keeps that language's pages (home, questions, search, clinic, privacy) and the pages of
 * the treatment being read, with the site's CSS, JavaScript (what pages load now or on first
 * use) and icons, listed once; once
 * they have searched, that language's search files. It stores the responses for those paths only:
 * never a URL's query or fragment (a `?date=` or `?q=`), never storage, nothing personal.
 * Each build's cache is its own (`aftercare:<base>:<version>`); the new worker removes the old
 * ones when it takes over, which it does once no tab still shows a page of the old build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale } from '../i18n/locales';

export interface OfflineLists {
  /** The pages' styles, scripts and images, and the manifest and icons: kept with any list of pages. */
  assets: string[];
  /** URL paths of pages by group: a language (`en`) or a language's treatment (`en/micro-needling`). */
  pages: Record<string, string[]>;
  /** URL paths of each language's search files, Pagefind's shared script and worker included. */
  search: Record<string, string[]>;
}

/** Pages no reader needs offline: the clinic's handout for its staff, and the 404 pages. */
const notOffline = /(^|\/)(clinic\/handout|404)\//;

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => statSync(join(dir, file)).isFile());

/** The `.js` files a script imports, at once or later (`import(…)`), by address as written. */
const importsOf = (code: string) =>
  [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)].map(([, spec]) => spec!);

/**
 * The files a built page loads: its stylesheets, scripts (and what they import, even later; the
 * page's own first script is inside it: src/build/inline-boot.ts), icons and images.
 */
function assetsOf(outDir: string, base: string, html: string): string[] {
  const found = new Set<string>();
  const add = (path: string) => {
    // Search files have their own lists, kept once the reader searches.
    if (!path.startsWith(base) || path.startsWith(`${base}pagefind/`) || found.has(path)) return;
    const file = join(outDir, path.slice(base.length));
    if (!existsSync(file) || !statSync(file).isFile()) return;
    found.add(path);
    if (path.endsWith('.js')) {
      const code = readFileSync(file, 'utf8');
      for (const spec of importsOf(code)) add(new URL(spec, `http://x${path}`).pathname);
      // Stylesheets an island adds when it runs (the tracker's day view).
      for (const [, href] of code.matchAll(/["'`]([^"'`\s]+\.css)["'`]/g))
        add(new URL(href!, `http://x${path}`).pathname);
    }
  };
  for (const [, code] of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
    for (const spec of importsOf(code!)) add(new URL(spec, `http://x${base}`).pathname);
  for (const [tag] of html.matchAll(/<(?:link|script|img)\b[^>]*>/gi)) {
    const url = /\s(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (url && !/^<link/i.test(tag)) add(url);
    else if (url && /\srel="(?:stylesheet|icon|manifest)"/.test(tag)) add(url);
  }
  return [...found];
}

/** Where a page belongs: `en` for a language's own pages, `en/micro-needling` for a treatment's. */
function groupOf(file: string, treatments: string[]): string | undefined {
  const [lang, first] = file.split('/');
  if (!isLocale(lang)) return undefined;
  return first && treatments.includes(first) ? `${lang}/${first}` : lang;
}

/**
 * The lists of a built copy in `outDir`, served under `base`, for the clinic's `treatments`;
 * `always` are added to every language's list.
 */
export function offlineLists(outDir: string, base: string, treatments: string[], always: string[] = []): OfflineLists {
  const pages: Record<string, Set<string>> = {};
  const assets = new Set(always);
  for (const file of files(outDir).filter((name) => name.endsWith('index.html') && !name.startsWith('pagefind/'))) {
    if (notOffline.test(file)) continue;
    const group = groupOf(file, treatments);
    if (!group) continue;
    (pages[group] ??= new Set()).add(`${base}${file.replace(/index\.html$/, '')}`);
    for (const asset of assetsOf(outDir, base, readFileSync(join(outDir, file), 'utf8'))) assets.add(asset);
  }
  // The islands' sentences (the tracker's among them), fetched on first use: a language's own.
  for (const lang of Object.keys(pages).filter((group) => !group.includes('/')))
    if (existsSync(join(outDir, lang, 'messages.json'))) pages[lang]!.add(`${base}${lang}/messages.json`);
  // The copy's root page picks the reader's language: the home-screen icon opens it.
  if (existsSync(join(outDir, 'index.html'))) {
    for (const list of Object.entries(pages).filter(([group]) => !group.includes('/'))) list[1].add(base);
    for (const asset of assetsOf(outDir, base, readFileSync(join(outDir, 'index.html'), 'utf8'))) assets.add(asset);
  }

  const search: Record<string, string[]> = {};
  const entryFile = join(outDir, 'pagefind/pagefind-entry.json');
  if (existsSync(entryFile)) {
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };
    const index = files(join(outDir, 'pagefind'));
    const shared = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind-highlight.js'];
    for (const [lang, { hash, wasm }] of Object.entries(entry.languages)) {
      const own = index.filter(
        (file) =>
          shared.includes(file) ||
          file === `pagefind.${hash}.pf_meta` ||
          file === `wasm.${wasm ?? 'unknown'}.pagefind` ||
          (/^(index|fragment|filter)\//.test(file) && file.split('/')[1]!.startsWith(`${lang}_`)),
      );
      search[lang] = own.map((file) => `${base}pagefind/${file}`).sort();
    }
  }
  const sorted = Object.fromEntries(Object.entries(pages).map(([group, list]) => [group, [...list].sort()]));
  return { assets: [...assets].sort(), pages: sorted, search };
}

/** A hash of every file the lists name: the worker's version. */
export function versionOf(outDir: string, base: string, lists: OfflineLists): string {
  const hash = createHash('sha256');
  const paths = [
    ...new Set([lists.assets, ...Object.values(lists.pages), ...Object.values(lists.search)].flat()),
  ].sort();
  for (const path of paths) {
    const relative = path.slice(base.length);
    const file = join(outDir, relative.endsWith('/') || !relative ? `${relative}index.html` : relative);
    hash.update(path).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** Each language's search files, for the worker to read once a reader has searched. */
export const searchListsFile = 'sw-search.json';

/** The worker's code, after the lists: src/build/service-worker.js, under the project's `root`. */
const workerCode = (root: string) => readFileSync(join(root, 'src/build/service-worker.js'), 'utf8');

/** The worker's source: its lists and version, then its code. */
export function serviceWorkerSource(root: string, base: string, version: string, lists: OfflineLists): string {
  const code = workerCode(root);
  return [
    `// The offline worker of this copy, written by the build (src/build/offline.ts). Version ${version}.`,
    `const version = ${JSON.stringify(version)};`,
    `const base = ${JSON.stringify(base)};`,
    `const assets = ${JSON.stringify(lists.assets)};`,
    `const pages = ${JSON.stringify(lists.pages)};`,
    code,
  ].join('\n');
}

/** Writes `sw.js` into a built copy; returns its version and lists. `root` is the project's folder. */
export function writeServiceWorker(
  root: string,
  outDir: string,
  base: string,
  treatments: string[],
  always: string[] = [],
) {
  const lists = offlineLists(outDir, base, treatments, always);
  const version = versionOf(outDir, base, lists);
  writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(root, base, version, lists));
  // The search lists are long, and needed only once a reader searches: the worker reads them then.
  writeFileSync(join(outDir, searchListsFile), JSON.stringify(lists.search));
  return { version, lists };
}
