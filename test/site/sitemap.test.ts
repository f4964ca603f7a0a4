/** The sitemap lists every page once, with its language alternates; Pagefind indexed each language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/build/brand';
import { root } from '../helpers/content';
import { builtPages, distDir, isNotFound } from '../helpers/site';

const brand = loadBrand(join(root, 'content'), process.env.BRAND || 'demo');
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

describe('sitemap', () => {
  const index = read('sitemap-index.xml');
  const entries = locs(index).flatMap((path) => locs(read(path.replace(/^\//, ''))));

  // Pages that ask search engines not to index them (the 404s, the clinic's handout) are left out.
  const noindex = (page: ReturnType<typeof builtPages>[number]) =>
    isNotFound(page) || Boolean(page.document.querySelector('meta[name="robots"][content~="noindex"]'));

  it('lists every page, once', () => {
    const pages = builtPages()
      .filter((page) => !noindex(page))
      .map((page) => page.path);
    expect(new Set(entries).size).toBe(entries.length);
    expect([...entries].sort()).toEqual([...pages].sort());
  });

  it('leaves out the clinic’s handout, which is for its staff', () => {
    const handouts = builtPages().filter((page) => page.path.endsWith('/clinic/handout/'));
    expect(handouts.length).toBe(brand.locales.length);
    for (const page of handouts) {
      expect(noindex(page), page.path).toBe(true);
      expect(entries).not.toContain(page.path);
    }
  });

  it('links each page to its other language versions', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('xhtml:link');
    expect(sitemap).toMatch(/hreflang="ar"/);
    expect(sitemap).toMatch(/hreflang="zh-CN"/);
  });
});

describe('search index', () => {
  it('has one index per language of the brand', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> };
    const expected = brand.locales.map((code) => code.toLowerCase());
    expect(Object.keys(entry.languages).sort()).toEqual([...expected].sort());
  });

  it('leaves fallback pages out: they carry no searchable body', () => {
    for (const page of builtPages().filter((p) => p.document.querySelector('.fallback-notice')))
      expect(page.document.querySelector('[data-pagefind-body]'), page.path).toBeNull();
  });
});
