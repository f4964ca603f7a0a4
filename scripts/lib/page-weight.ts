/**
 * What a page costs on the wire, from the built files: gzip (level 9) of the HTML, of every
 * stylesheet and script it loads (static imports followed, dynamic `import()` left out: that is
 * what loads on demand, such as search), and of inline scripts and styles. Shared by the budget
 * test and the benchmark; plain TypeScript that Node runs as is.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** HTML + CSS + JS, no images: what the page needs before it can be read and used. */
  firstLoad: number;
  /** The URL paths of the stylesheets and scripts counted. */
  assets: string[];
}

const gzipped = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const origin = 'http://site.invalid';

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w:-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g))
    found[name!.toLowerCase()] = (value ?? '').replace(/^["']|["']$/g, '');
  return found;
}

/** Weighs the pages of one built site (`dir`), served under `base`. */
export function createWeigher(dir: string, base = '/') {
  const sizes = new Map<string, number>();

  function fileOf(path: string): string | undefined {
    if (!path.startsWith(base)) return undefined;
    const file = join(dir, decodeURIComponent(path.slice(base.length)));
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  }

  function gzipOf(path: string): number {
    const file = fileOf(path);
    if (!file) throw new Error(`${path} is referenced but not built`);
    if (!sizes.has(file)) sizes.set(file, gzipped(readFileSync(file)));
    return sizes.get(file)!;
  }

  /** A script and what it imports statically, each counted once. */
  function scriptGraph(path: string, seen: Set<string>) {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(fileOf(path) ?? join(dir, 'missing'), 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g))
      scriptGraph(new URL(spec!, `${origin}${path}`).pathname, seen);
  }

  function styleGraph(path: string, seen: Set<string>) {
    if (seen.has(path)) return;
    seen.add(path);
    const css = readFileSync(fileOf(path) ?? join(dir, 'missing'), 'utf8');
    for (const [, spec] of css.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g))
      styleGraph(new URL(spec!, `${origin}${path}`).pathname, seen);
  }

  /** The weight of the page built as `file` (relative to `dir`) and served at `pagePath`. */
  function page(file: string, pagePath: string): PageWeight {
    const html = readFileSync(join(dir, file), 'utf8');
    const resolve = (href: string) => new URL(href, `${origin}${pagePath}`);
    const scripts = new Set<string>();
    const styles = new Set<string>();
    let inlineJs = 0;
    let inlineCss = 0;
    for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
      const attrs = attributes(tag);
      const isLink = /^<link/i.test(tag);
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      const href = isLink ? attrs.href : attrs.src;
      if (!href) continue;
      const url = resolve(href);
      if (url.origin !== origin) continue;
      if (!isLink || rel.includes('modulepreload')) scriptGraph(url.pathname, scripts);
      else if (rel.includes('stylesheet')) styleGraph(url.pathname, styles);
    }
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const type = (attributes(attrs!).type ?? '').toLowerCase();
      if (body!.trim() && ['', 'module', 'text/javascript', 'application/javascript'].includes(type))
        inlineJs += gzipped(body!);
    }
    for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += gzipped(body!);
    const externalJs = [...scripts].reduce((sum, path) => sum + gzipOf(path), 0);
    const externalCss = [...styles].reduce((sum, path) => sum + gzipOf(path), 0);
    const htmlSize = gzipped(html);
    // Inline scripts and styles travel inside the HTML: counted in `js` and `css`, once in `firstLoad`.
    return {
      html: htmlSize,
      css: externalCss + inlineCss,
      js: externalJs + inlineJs,
      firstLoad: htmlSize + externalCss + externalJs,
      assets: [...styles, ...scripts],
    };
  }

  /**
   * An upper bound of a first search in one language, from the files alone: Pagefind's script
   * (run without its worker: src/client/search/pagefind.ts), its entry file, the language's WebAssembly, metadata, largest index chunk, every
   * filter chunk, and the ten largest result fragments (the header's answers come from ten
   * records: src/client/search/combobox.ts). Pagefind's own data files are already
   * gzipped on disk, so their size is what travels.
   */
  function firstSearchBound(language: string) {
    const pf = join(dir, 'pagefind');
    const entry = JSON.parse(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };
    const info = entry.languages[language];
    if (!info) throw new Error(`Pagefind has no index for ${language}`);
    const raw = (file: string) => statSync(join(pf, file)).size;
    const chunks = (folder: string) =>
      readdirSync(join(pf, folder))
        .filter((file) => file.startsWith(`${language}_`))
        .map((file) => raw(join(folder, file)))
        .sort((a, b) => b - a);
    const parts = {
      script: ['pagefind.js', 'pagefind-entry.json']
        .filter((file) => existsSync(join(pf, file)))
        .reduce((sum, file) => sum + gzipped(readFileSync(join(pf, file))), 0),
      wasm: raw(`wasm.${info.wasm ?? 'unknown'}.pagefind`),
      meta: raw(`pagefind.${info.hash}.pf_meta`),
      index: chunks('index')[0] ?? 0,
      filters: chunks('filter').reduce((sum, size) => sum + size, 0),
      fragments: chunks('fragment')
        .slice(0, 10)
        .reduce((sum, size) => sum + size, 0),
    };
    return { ...parts, total: Object.values(parts).reduce((sum, size) => sum + size, 0) };
  }

  return { page, firstSearchBound };
}
