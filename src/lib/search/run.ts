/**
 * One search, as the header field, the search page and the query-set test all run it: the
 * query's meaningful words, Pagefind's search over them, then answers ranked across pages.
 *
 * Each word goes to Pagefind as it knows it: misspelt endings are cut back to a known beginning.
 * Pagefind returns only pages that hold every word its index knows (it ignores words it does not
 * know). Patients ask about two things at once ("makeup in the sauna") that no one page holds, so
 * on the search page, when all the words find nothing, the largest groups of them that do find
 * something are tried, and the group with the best result is kept.
 *
 * Work per keystroke is bounded: Pagefind's answer to a word or words is kept (per Pagefind
 * instance, the most recent few hundred), so typing one more letter asks only for the word that
 * changed and the words together; a misspelt ending is cut back by halving, at most three more
 * searches; the word groups, up to 31 searches for five words, run on the search page only.
 */
import type { Locale } from '../../i18n/locales';
import { rankAnswers, type Answer } from './answers';
import { withHighlight } from './highlight';
import type { PageData } from './pagefind-data';
import { meaningfulWords } from './query';

/** The filters every guide page carries (`data-pagefind-filter`), in the reader's language. */
export const filterNames = ['treatment', 'kind'] as const;
export type FilterName = (typeof filterNames)[number];
/** Per filter, answers per value: `{ kind: { Questions: 4, Aftercare: 1 } }`. */
export type FilterCounts = Record<FilterName, Record<string, number>>;
/** The value chosen for each filter, if any: `{ treatment: 'Micro-needling' }`. */
export type Chosen = Partial<Record<FilterName, string>>;

/** The part of Pagefind's `pagefind.js` module this code uses. */
export interface PagefindApi {
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{
    results: { id: string; score: number; data(): Promise<PageData> }[];
  } | null>;
}

export interface Found {
  /** The words Pagefind was asked for: the query's meaningful words, or the best group of them; `''` when the query has none yet. */
  terms: string;
  /** The answers to show, best first, within the chosen filters. */
  answers: Answer[];
  /** Per filter value, how many answers choosing it would show (the other filter as chosen). */
  counts: FilterCounts;
}

export interface FindOptions {
  chosen?: Chosen;
  /** Pages whose text is loaded to find answers in; Pagefind's fragments are about 2 KB each. */
  maxPages?: number;
  /** The treatment (its filter value) of the page the reader searches from. */
  treatment?: string;
  /**
   * When all the words find nothing, try the groups of them that do (the search page; true by
   * default). The header field, which searches as the reader types, leaves this to the search page.
   */
  wordGroups?: boolean;
}

type Results = Awaited<ReturnType<PagefindApi['search']>>;

/** How many searches' answers are kept per Pagefind instance: a session's typing, many times over. */
const keptSearches = 300;
const kept = new WeakMap<PagefindApi, Map<string, Promise<Results>>>();

/**
 * Pagefind's unfiltered answer to `terms`, asked once: the same words typed again, or searched
 * again by the next step of the same search, cost nothing. A failed search is not kept.
 */
function searchOnce(pagefind: PagefindApi, terms: string): Promise<Results> {
  let searches = kept.get(pagefind);
  if (!searches) kept.set(pagefind, (searches = new Map<string, Promise<Results>>()));
  const known = searches.get(terms);
  if (known) {
    // Most recently used last, so the oldest goes first.
    searches.delete(terms);
    searches.set(terms, known);
    return known;
  }
  const search = pagefind.search(terms);
  searches.set(terms, search);
  search.catch(() => searches.delete(terms));
  if (searches.size > keptSearches) searches.delete(searches.keys().next().value!);
  return search;
}

/** Every group of `size` items of `items`, in order. */
function groupsOf<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...groupsOf(rest, size - 1).map((group) => [first, ...group]), ...groupsOf(rest, size)];
}

/** At most this many words go to Pagefind: patients' questions hold fewer that matter. */
const maxWords = 5;

/** The query's words that Pagefind should be given: all of them, or the best group that finds pages. */
export async function bestTerms(pagefind: PagefindApi, words: string[]): Promise<string> {
  for (let size = words.length; size >= 1; size--) {
    const tries = await Promise.all(
      groupsOf(words, size).map(async (group) => ({
        terms: group.join(' '),
        score: (await searchOnce(pagefind, group.join(' ')))?.results[0]?.score,
      })),
    );
    const found = tries.filter((attempt) => attempt.score !== undefined);
    if (found.length) return found.reduce((best, attempt) => (attempt.score! > best.score! ? attempt : best)).terms;
  }
  return words.join(' ');
}

/**
 * The word as Pagefind knows it: itself, or the longest beginning of it that some page holds
 * (Pagefind matches beginnings, so "tretin" finds tretinoin, "itch" itchy). Patients misspell
 * the ends of words more than their starts; a word with no known beginning is left out, as
 * Pagefind itself would. Words of languages without spaces are too short to cut. A beginning
 * that some page holds means every shorter one does too, so the longest is found by halving.
 */
async function knownForm(pagefind: PagefindApi, word: string, cut: boolean): Promise<string | undefined> {
  const found = async (form: string) => Boolean((await searchOnce(pagefind, form))?.results.length);
  if (await found(word)) return word;
  if (!cut) return undefined;
  const letters = [...word];
  const shortest = Math.max(4, Math.ceil(letters.length * 0.6), letters.length - 4);
  let [known, unknown] = [shortest - 1, letters.length];
  while (unknown - known > 1) {
    const length = Math.floor((known + unknown) / 2);
    if (await found(letters.slice(0, length).join(''))) known = length;
    else unknown = length;
  }
  return known >= shortest ? letters.slice(0, known).join('') : undefined;
}

/** Whether an answer is within the chosen filters, leaving `except` out. */
const within = (answer: Answer, chosen: Chosen, except?: FilterName) =>
  filterNames.every((name) => name === except || !chosen[name] || answer[name] === chosen[name]);

/** Pagefind's results for `terms`, as answers from at most `maxPages` pages. */
async function answersFor(
  pagefind: PagefindApi,
  terms: string,
  words: string[],
  options: { maxPages: number; treatment?: string; locale: Locale },
  filters: Record<string, string> = {},
) {
  const search = Object.keys(filters).length ? pagefind.search(terms, { filters }) : searchOnce(pagefind, terms);
  const results = (await search)?.results ?? [];
  const pages = await Promise.all(
    results.slice(0, options.maxPages).map(async (result) => ({ score: result.score, data: await result.data() })),
  );
  const marked = terms.split(' ');
  return {
    answers: rankAnswers(pages, words, { treatment: options.treatment, locale: options.locale }).map((answer) => ({
      ...answer,
      url: withHighlight(answer.url, marked),
    })),
    complete: results.length <= options.maxPages,
  };
}

/**
 * Answers to a query, and how many each filter value would leave. Filters narrow the answers of
 * the unfiltered search, so their counts are answers, as listed; only when more pages match than
 * were loaded does a chosen filter go to Pagefind (`data-pagefind-filter`) to reach the rest.
 */
export async function findAnswers(
  pagefind: PagefindApi,
  query: string,
  locale: Locale,
  options: FindOptions = {},
): Promise<Found> {
  const { chosen = {}, maxPages = 20, treatment, wordGroups = true } = options;
  const counts = Object.fromEntries(filterNames.map((name) => [name, {}])) as FilterCounts;
  const typed = meaningfulWords(query, locale).slice(0, maxWords);
  if (!typed.length) return { terms: '', answers: [], counts };
  const known = await Promise.all(typed.map((word) => knownForm(pagefind, word, locale !== 'zh-cn')));
  const words = known.filter((word): word is string => word !== undefined);
  if (!words.length) return { terms: typed.join(' '), answers: [], counts };
  const terms = wordGroups ? await bestTerms(pagefind, words) : words.join(' ');
  const all = await answersFor(pagefind, terms, words, { maxPages, treatment, locale });
  for (const name of filterNames)
    for (const answer of all.answers) {
      const value = answer[name];
      if (value && within(answer, chosen, name)) counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  const filters = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value)) as Record<string, string>;
  const shown =
    all.complete || !Object.keys(filters).length
      ? all
      : await answersFor(pagefind, terms, words, { maxPages, treatment, locale }, filters);
  return { terms, answers: shown.answers.filter((answer) => within(answer, chosen)), counts };
}
