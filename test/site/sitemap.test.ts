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

  it('lists every page, once', () => {
    const pages = builtPages()
      .filter((page) => !isNotFound(page))
      .map((page) => page.path);
    expect(new Set(entries).size).toBe(entries.length);
    expect([...entries].sort()).toEqual([...pages].sort());
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
