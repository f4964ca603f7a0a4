/**
 * UI strings for code that runs on the reader's device, rendered once per page by the server, so
 * the browser never loads a dictionary. Values only the device knows (a day number, a date) stay
 * as `{name}` placeholders; a plural string is rendered once per plural category of the language
 * (Arabic has six: zero, one, two, few, many, other) and the device picks one with
 * `Intl.PluralRules`, which uses the same CLDR rules as i18next.
 */
import { useTranslations } from './index';
import { localeTag, type Locale } from './locales';

/** i18next's `{{day}}` or `{{count, number}}` → `{day}`, `{count}`: the device fills them in. */
export function clientTemplate(text: string): string {
  return text.replace(/\{\{\s*([\w.]+)[^}]*\}\}/g, '{$1}');
}

/** One whole number in each plural category of a language (French "many" is 1,000,000). */
export function pluralSamples(tag: string): Map<Intl.LDMLPluralRule, number> {
  const rules = new Intl.PluralRules(tag);
  const samples = new Map<Intl.LDMLPluralRule, number>();
  for (const n of [...Array(201).keys(), 1000, 10_000, 100_000, 1_000_000]) {
    const category = rules.select(n);
    if (!samples.has(category)) samples.set(category, n);
  }
  return samples;
}

type Values = Record<string, string | number>;

/**
 * A string for the device: `values` given here are filled in by the server, the others are left
 * as placeholders. Without `plural`, one template; with it, one per plural category of `locale`.
 */
export function deviceStrings(locale: Locale, key: string, values: Values = {}, plural = false): [string, string][] {
  const t = useTranslations(locale) as unknown as (key: string, options?: Record<string, unknown>) => string;
  // A `count` given here picks the plural form on the server.
  if (!plural) return [['', clientTemplate(t(key, { ...values, replace: values }))]];
  return [...pluralSamples(localeTag(locale))].map(([category, count]) => [
    category,
    // `count` picks the plural form; `replace` leaves `{{count}}` for the device to fill in.
    clientTemplate(t(key, { count, replace: values })),
  ]);
}
