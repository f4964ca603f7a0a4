/**
 * The search UI's messages for the browser, taken raw from the UI dictionaries (the browser fills
 * them in: src/lib/search/messages.ts) with every plural form the language needs.
 */
import en from './ui/en.json';
import { dictionaries } from '.';
import { localeTag, type Locale } from './locales';
import type { SearchMessages } from '../lib/search/messages';

type Key = keyof typeof en;

export function searchMessages(locale: Locale): SearchMessages {
  const strings = dictionaries[locale] as Record<string, string | undefined>;
  const text = (key: Key) => strings[key] ?? en[key];
  const categories = new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories;
  return {
    results: Object.fromEntries(
      categories.map((category) => [category, strings[`search.results_${category}`] ?? en['search.results_other']]),
    ),
    seeAll: text('search.seeAll'),
    none: text('search.none'),
    searching: text('search.searching'),
    unavailable: text('search.unavailable'),
    allTreatments: text('search.filter.allTreatments'),
    allKinds: text('search.filter.allKinds'),
  };
}
