/** Every built page tells browsers and search engines its language, direction and versions. */
import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/i18n/locales';
import { builtPages, isNotFound, localeOfPath } from '../helpers/site';

const pages = builtPages();
const tags = localeCodes.map((code) => locales[code].tag);

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  const doc = page.document;
  const head = (selector: string) => doc.head.querySelector(selector);

  it('has lang and dir matching its language', () => {
    const lang = doc.documentElement.getAttribute('lang')!;
    expect(tags).toContain(lang);
    const code = localeOfPath(page.path);
    if (code) {
      expect(lang).toBe(locales[code as keyof typeof locales].tag);
      expect(doc.documentElement.getAttribute('dir')).toBe(locales[code as keyof typeof locales].dir);
    }
  });

  it('has a title, a description and Open Graph tags', () => {
    expect(doc.title.trim()).not.toBe('');
    expect(head('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    for (const property of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:site_name'])
      expect(head(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
  });

  it('has one absolute canonical link', () => {
    const canonicals = doc.head.querySelectorAll('link[rel="canonical"]');
    expect(canonicals).toHaveLength(1);
    expect(canonicals[0]!.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/.*\/$/);
  });

  it.skipIf(isNotFound(page))('lists its language versions with hreflang, x-default included', () => {
    const alternates = [...doc.head.querySelectorAll('link[rel="alternate"][hreflang]')];
    const langs = alternates.map((link) => link.getAttribute('hreflang'));
    expect(langs).toContain('x-default');
    expect(langs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(langs).size).toBe(langs.length);
    for (const link of alternates) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    // A page that is itself translated lists itself among its versions.
    if (!doc.querySelector('.fallback-notice')) expect(langs).toContain(doc.documentElement.getAttribute('lang'));
  });

  it('starts with a skip link to the main content', () => {
    const first = doc.body.querySelector('a');
    expect(first?.getAttribute('href')).toBe('#main');
    expect(doc.getElementById('main')?.tagName).toBe('MAIN');
  });
});
