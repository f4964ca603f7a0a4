/**
 * Every internal link, asset and #anchor of the built site resolves, and links stay in the
 * reader's language (the language picker, hreflang and fallback content excepted).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, localeOfPath, type BuiltPage } from '../helpers/site';

const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const origin = 'http://127.0.0.1';

/** The file a URL path is served from, as a static host does. */
function servedFile(path: string): string | undefined {
  const file = join(distDir, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

function internalReferences(page: BuiltPage) {
  const refs: { url: URL; element: Element }[] = [];
  for (const element of page.document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
    const value = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action')!;
    if (/^(mailto|tel):/.test(value)) continue;
    const url = new URL(value, `${origin}${page.path}`);
    if (url.origin === origin && !value.startsWith('data:')) refs.push({ url, element });
  }
  return refs;
}

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  it('links only to files that exist', () => {
    const broken = internalReferences(page)
      .map(({ url }) => url.pathname)
      .filter((path) => !servedFile(path));
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
    const locale = localeOfPath(page.path);
    if (!locale) return;
    const strays = internalReferences(page)
      .filter(({ element }) => element.tagName === 'A' && !element.closest('.language-picker, .language-chooser'))
      .map(({ url }) => url.pathname)
      .filter((path) => localeOfPath(path) && localeOfPath(path) !== locale);
    expect(strays).toEqual([]);
  });
});
