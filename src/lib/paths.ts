/**
 * Site-relative URLs. Every page has a locale-less "page path" (`chemical-peel/aftercare/`, or
 * `''` for home), and one URL per language under the base path: `/aftercare/es/chemical-peel/`.
 * Slugs stay in English in every language.
 */
import type { Locale } from '../i18n/locales';

/** Joins the base path, the locale and a page path into a URL with a trailing slash. */
export function localizedPath(base: string, locale: Locale, page: string): string {
  const segments = [locale, ...page.split('/')].filter(Boolean);
  return `${base.replace(/\/?$/, '/')}${segments.join('/')}/`;
}

/** The locale-less page path of a URL path built by `localizedPath`. */
export function pageOf(base: string, pathname: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const [, ...segments] = rest.split('/').filter(Boolean);
  return segments.length ? `${segments.join('/')}/` : '';
}

/** A path under the base path, for files such as the logo or the search index. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}
