/**
 * Link checks over one built site, served at `site` under `base`: every internal link, asset and
 * #anchor resolves to a built file, nothing leaves the base path (pages, head links, sitemap,
 * search index), and links stay in the reader's language. Registers Vitest suites; used for the
 * demo site at the root and for every brand under a sub-path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, localeOfPath, type BuiltPage } from './site';

export interface SiteUnderTest {
  /** The built folder. */
  dir: string;
  /** The path it is served under, `/` or e.g. `/aftercare/`. */
  base: string;
  /** The origin it was built for (SITE_URL): absolute links to it are internal too. */
  site: string;
}

const attributes = ['href', 'src', 'action', 'content'] as const;
const selector =
  'a[href], link[href], script[src], img[src], source[src], iframe[src], form[action], meta[property="og:url"]';

export function describeLinks({ dir, base, site }: SiteUnderTest) {
  const pages = builtPages(dir, base);
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const origin = new URL(site).origin;

  /** The file a URL path is served from, as a static host does; undefined outside the base. */
  function servedFile(path: string): string | undefined {
    if (!path.startsWith(base)) return undefined;
    const file = join(dir, decodeURIComponent(path.slice(base.length)));
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }

  function internalReferences(page: BuiltPage) {
    const refs: { url: URL; element: Element }[] = [];
    for (const element of page.document.querySelectorAll(selector)) {
      const value = attributes.map((name) => element.getAttribute(name)).find((v) => v !== null)!;
      if (/^(mailto|tel|data):/.test(value)) continue;
      // A link the page marks as leaving the copy (the clinic's own booking page, say) may share its origin.
      if (element.getAttribute('rel')?.split(/\s+/).includes('external')) continue;
      const url = new URL(value, `${origin}${page.path}`);
      if (url.origin === origin) refs.push({ url, element });
    }
    return refs;
  }

  describe.each(pages.map((page) => [page.path, page] as const))(`${base} %s`, (_, page) => {
    it('stays under the base path', () => {
      const escapes = internalReferences(page)
        .map(({ url }) => url.pathname)
        .filter((path) => !path.startsWith(base));
      expect(escapes).toEqual([]);
    });

    it('links only to files that exist', () => {
      const broken = internalReferences(page)
        .map(({ url }) => url.pathname)
        .filter((path) => path.startsWith(base) && !servedFile(path));
      expect(broken).toEqual([]);
    });

    it('links only to anchors that exist', () => {
      const broken = internalReferences(page)
        .filter(({ url }) => url.hash && url.hash !== '#')
        .filter(({ url }) => {
          const target = url.pathname === page.path ? page : byPath.get(url.pathname);
          return !target?.document.getElementById(decodeURIComponent(url.hash.slice(1)));
        })
        .map(({ url }) => `${url.pathname}${url.hash}`);
      expect(broken).toEqual([]);
    });

    it('keeps the reader in their language', () => {
      const locale = localeOfPath(page.path, base);
      if (!locale) return;
      const strays = internalReferences(page)
        .filter(({ element }) => element.tagName === 'A' && !element.closest('.language-picker, .language-chooser'))
        .map(({ url }) => url.pathname)
        .filter((path) => localeOfPath(path, base) && localeOfPath(path, base) !== locale);
      expect(strays).toEqual([]);
    });
  });

  describe(`${base} sitemap`, () => {
    const read = (path: string) => readFileSync(servedFile(path) ?? join(dir, 'missing'), 'utf8');
    const urls = (xml: string) =>
      [...xml.matchAll(/<loc>([^<]+)<\/loc>|<xhtml:link[^>]* href="([^"]+)"/g)].map((m) => new URL(m[1] ?? m[2]!));

    it('lists only addresses on the site, under the base path, that exist', () => {
      const index = urls(read(`${base}sitemap-index.xml`));
      expect(index.length).toBeGreaterThan(0);
      const entries = index.flatMap((sitemap) => [sitemap, ...urls(read(sitemap.pathname))]);
      const wrong = entries
        .filter((url) => url.origin !== origin || !url.pathname.startsWith(base) || !servedFile(url.pathname))
        .map((url) => url.href);
      expect(wrong).toEqual([]);
    });
  });

  describe.runIf(existsSync(join(dir, 'pagefind')))(`${base} search index`, () => {
    it('is served under the base path', () => {
      expect(servedFile(`${base}pagefind/pagefind.js`)).toBeDefined();
      expect(servedFile(`${base}pagefind/pagefind-entry.json`)).toBeDefined();
    });

    it('leads every result and sub-result to a page and anchor that exist', () => {
      // Pagefind prefixes each stored URL with its baseUrl, by default the folder above its
      // bundle (`/aftercare/pagefind/` → `/aftercare/`): see fullUrl() in pagefind.js.
      const fragments = readdirSync(join(dir, 'pagefind/fragment')).map((file) => {
        const data = gunzipSync(readFileSync(join(dir, 'pagefind/fragment', file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, '');
        return JSON.parse(data) as { url: string; anchors?: { id: string }[] };
      });
      expect(fragments.length).toBeGreaterThan(0);
      // A section's record is at its page's address with `?section=<its heading's id>`.
      const broken = fragments.flatMap((fragment) => {
        const [address = '', query = ''] = fragment.url.split('?');
        const path = `${base}/${address}`.replace(/\/+/g, '/');
        const page = byPath.get(path);
        if (!page) return [path];
        const section = new URLSearchParams(query).get('section');
        return [...(fragment.anchors ?? []).map((anchor) => anchor.id), ...(section === null ? [] : [section])]
          .filter((id) => !page.document.getElementById(id))
          .map((id) => `${path}#${id}`);
      });
      expect(broken).toEqual([]);
    });
  });
}
