/**
 * One search, as the header field, the search page and the query-set test all run it: the
 * query's meaningful words, Pagefind's search over them, then answers ranked across pages.
 *
 * Pagefind returns only pages that hold every word. Patients type more words than a page holds
 * ("makeup tomorrow morning"), so when all of them find nothing, the largest groups of them that
 * do find something are tried, and the group with the best result is kept.
 */
import type { Locale } from '../../i18n/locales';
import { rankAnswers, type Answer, type PageData } from './answers';
import { meaningfulWords } from './query';

export type FilterCounts = Record<string, Record<string, number>>;
/** Chosen filter values by filter name: `{ treatment: 'Micro-needling' }`. */
export type Chosen = Record<string, string | undefined>;

/** The part of Pagefind's `pagefind.js` module this code uses. */
export interface PagefindApi {
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{
    results: { id: string; score: number; data(): Promise<PageData> }[];
    filters: FilterCounts;
  } | null>;
}

export interface Found {
  /** The words Pagefind was asked for: the query's meaningful words, or the best group of them. */
  terms: string;
  answers: Answer[];
  /** How many pages matched, before answers were taken from at most `maxPages` of them. */
  pages: number;
  /** Per filter: how many pages each value would give, with the other filters as chosen. */
  counts: FilterCounts;
}

export interface FindOptions {
  chosen?: Chosen;
  /** Pages whose text is loaded to find answers in; Pagefind's fragments are about 2 KB each. */
  maxPages?: number;
  filterNames?: readonly string[];
}

/** Every group of `size` items of `items`, in order. */
function groupsOf<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...groupsOf(rest, size - 1).map((group) => [first, ...group]), ...groupsOf(rest, size)];
}

/** The query's words that Pagefind should be given: all of them, or the best group that finds pages. */
export async function bestTerms(pagefind: PagefindApi, words: string[]): Promise<string> {
  const all = words.join(' ');
  const capped = words.slice(0, 6);
  for (let size = capped.length; size >= 1; size--) {
    let best: { terms: string; score: number } | undefined;
    for (const group of size === words.length ? [words] : groupsOf(capped, size)) {
      const terms = group.join(' ');
      const top = (await pagefind.search(terms))?.results[0];
      if (top && top.score > (best?.score ?? -Infinity)) best = { terms, score: top.score };
    }
    if (best) return best.terms;
  }
  return all;
}

const withoutFilter = (chosen: Chosen, name: string) =>
  Object.fromEntries(Object.entries(chosen).filter(([key, value]) => key !== name && value)) as Record<string, string>;

export async function findAnswers(
  pagefind: PagefindApi,
  query: string,
  locale: Locale,
  options: FindOptions = {},
): Promise<Found> {
  const { chosen = {}, maxPages = 20, filterNames = ['treatment', 'kind'] } = options;
  const words = meaningfulWords(query, locale);
  if (!words.length) return { terms: '', answers: [], pages: 0, counts: {} };
  const terms = await bestTerms(pagefind, words);
  const filters = withoutFilter(chosen, '');
  const search = await pagefind.search(terms, { filters });
  const results = search?.results ?? [];
  const pages = await Promise.all(
    results.slice(0, maxPages).map(async (result) => ({ score: result.score, data: await result.data() })),
  );
  const counts: FilterCounts = {};
  for (const name of filterNames) {
    // A filter's counts ignore its own choice, so every value shows what choosing it would give.
    const source = chosen[name] ? await pagefind.search(terms, { filters: withoutFilter(chosen, name) }) : search;
    counts[name] = source?.filters[name] ?? {};
  }
  return { terms, answers: rankAnswers(pages, words), pages: results.length, counts };
}
