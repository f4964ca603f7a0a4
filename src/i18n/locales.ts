/**
 * The one list of languages the site can be built in. Astro's i18n routing, the sitemap,
 * Pagefind (through `<html lang>`), the language picker and the brand schema all read it.
 * Add a language here, add its `ui/<code>.json`, and it exists everywhere.
 */
export const locales = {
  en: { tag: 'en', dir: 'ltr', name: 'English' },
  es: { tag: 'es', dir: 'ltr', name: 'Español' },
  fr: { tag: 'fr', dir: 'ltr', name: 'Français' },
  ar: { tag: 'ar', dir: 'rtl', name: 'العربية' },
  hi: { tag: 'hi', dir: 'ltr', name: 'हिन्दी' },
  // URL segment stays lowercase; the tag is what `lang`, `hreflang` and `Intl` get.
  'zh-cn': { tag: 'zh-CN', dir: 'ltr', name: '简体中文' },
} as const satisfies Record<string, { tag: string; dir: 'ltr' | 'rtl'; name: string }>;

/** A language as it appears in URLs and content folders (`en`, `zh-cn`). */
export type Locale = keyof typeof locales;

/** The language every other one falls back to, and whose files define the UI key set. */
export const defaultLocale: Locale = 'en';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The BCP-47 tag for `lang`, `hreflang` and `Intl` (`zh-cn` → `zh-CN`). */
export function localeTag(locale: Locale): string {
  return locales[locale].tag;
}

export function localeDir(locale: Locale): 'ltr' | 'rtl' {
  return locales[locale].dir;
}

/**
 * `lang` and `dir` for content written in another language than the page around it (a fallback
 * page, an untranslated card), so screen readers and the bidi algorithm read it right; none when
 * they match.
 */
export function foreignContent(pageLocale: Locale, contentLocale: Locale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return pageLocale === contentLocale ? {} : { lang: localeTag(contentLocale), dir: localeDir(contentLocale) };
}
