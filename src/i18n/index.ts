/**
 * UI strings through i18next: one JSON per language, flat dotted keys, English defines the key
 * set (src/i18n/i18next.d.ts makes an unknown key a type error). One instance serves every page
 * of a build; `useTranslations` gives a page its language's `t`.
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLocale, localeCodes, localeTag, type Locale } from './locales';
import en from './ui/en.json';

const files = import.meta.glob<{ default: typeof en }>('./ui/*.json', { eager: true });

/** Every language's strings, keyed by locale code. */
export const dictionaries = Object.fromEntries(
  localeCodes.map((locale) => [locale, files[`./ui/${locale}.json`]?.default ?? {}]),
) as Record<Locale, Partial<typeof en>>;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * Keys English has and `locale` lacks: shown in English, and listed in the build log. Plural
 * keys count in the forms the language itself needs (Arabic six, Chinese one).
 */
export function missingKeys(locale: Locale): string[] {
  const have = dictionaries[locale] as Record<string, string>;
  const categories = new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories;
  const needed = new Set<string>();
  for (const key of Object.keys(en)) {
    if (!pluralSuffix.test(key)) needed.add(key);
    else for (const category of categories) needed.add(key.replace(pluralSuffix, `_${category}`));
  }
  return [...needed].filter((key) => !(key in have));
}
for (const locale of localeCodes) {
  const missing = missingKeys(locale);
  if (missing.length)
    console.warn(`[i18n] ${locale} lacks ${missing.length} UI strings, shown in English: ${missing.join(', ')}`);
}

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: Object.fromEntries(
    localeCodes.map((locale) => [localeTag(locale), { translation: dictionaries[locale] }]),
  ),
  fallbackLng: localeTag(defaultLocale),
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});

export type Translate = TFunction;

/** The `t` of one language; Astro escapes its output, so `escapeValue` is off. */
export function useTranslations(locale: Locale): Translate {
  return instance.getFixedT(localeTag(locale));
}
