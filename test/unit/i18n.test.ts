/**
 * Every language has every UI string English has, each plural form its language needs (Arabic
 * has six), the same placeholders, and nothing English lacks.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json';
import { dictionaries, missingKeys, useTranslations } from '../../src/i18n';
import { localeCodes, localeTag } from '../../src/i18n/locales';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const plain = Object.keys(en).filter((key) => !pluralSuffix.test(key));
const pluralBases = [
  ...new Set(
    Object.keys(en)
      .filter((key) => key.endsWith('_other'))
      .map((key) => key.replace(/_other$/, '')),
  ),
];
const placeholders = (text: string) => [...text.matchAll(/\{\{[^}]+\}\}/g)].map((match) => match[0]).sort();

describe.each(localeCodes)('%s', (locale) => {
  const strings = dictionaries[locale] as Record<string, string>;
  const categories = new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories;

  it('has every plain key', () => expect(plain.filter((key) => !(key in strings))).toEqual([]));

  it('has every plural form its language needs', () => {
    const missing = pluralBases
      .flatMap((base) => categories.map((c) => `${base}_${c}`))
      .filter((key) => !(key in strings));
    expect(missing).toEqual([]);
  });

  it('has no key English lacks, other than its own plural forms', () => {
    const extra = Object.keys(strings).filter(
      (key) => !(key in en) && !(pluralSuffix.test(key) && pluralBases.includes(key.replace(pluralSuffix, ''))),
    );
    expect(extra).toEqual([]);
  });

  it('keeps the placeholders of each string', () => {
    for (const key of plain)
      expect(placeholders(strings[key] ?? ''), key).toEqual(placeholders(en[key as keyof typeof en]));
    for (const base of pluralBases)
      expect(placeholders(strings[`${base}_other`] ?? ''), base).toEqual(
        placeholders(en[`${base}_other` as keyof typeof en]),
      );
  });

  it('reports no missing strings at build time', () => expect(missingKeys(locale)).toEqual([]));
});

describe('translations at run time', () => {
  it('choose Arabic plural forms by count', () => {
    const t = useTranslations('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('window.firstHours', { count }));
    expect(new Set(forms).size).toBe(6);
  });
  it('format numbers in the reader’s language', () => {
    expect(useTranslations('en')('window.firstHours', { count: 1000 })).toBe('for the first 1,000 hours');
    expect(useTranslations('fr')('window.firstHours', { count: 1000 })).toMatch(/1\s000/u);
  });
  it('fall back to English for a key a language lacks', () => {
    // i18next's own fallback; the test above keeps it from ever being needed.
    expect(useTranslations('es')('skipLink')).not.toBe('skipLink');
  });
});
