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
import { namingTerms, rankAnswers, type Answer } from './answers';
import { withHighlight } from './highlight';
import { mergedData, type PageData } from './pagefind-data';
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
  /** Every filter value with how many records carry it (`{ kind: { Questions: 222, … } }`). */
  filters(): Promise<Record<string, Record<string, number>>>;
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
  /**
   * Records whose text is loaded to find answers in (a page's opening or one of its sections,
   * about 0.6 KB each): half from the treatment the reader is reading about, if any. Ten by
   * default, in the header and on the search page alike: each costs a request, a search typed a
   * letter at a time reads them for every half-typed word, and the first search counts (a phone
   * searches on the search page). Twenty made a phone's first search 120–145 KB.
   */
  maxPages?: number;
  /** The treatment (its filter value) of the page the reader searches from. */
  treatment?: string;
  /**
   * When all the words find nothing, try the groups of them that do (the search page; true by
   * default). The header field, which searches as the reader types, leaves this to the search page.
   */
  wordGroups?: boolean;
  /**
   * Whether the reader still waits for this search's answers. Once they have typed on, its
   * records are not loaded: on a slow connection they would only hold up the newer search's.
   */
  wanted?: () => boolean;
}

type Results = Awaited<ReturnType<PagefindApi['search']>>;

/** How many searches' answers are kept per Pagefind instance: a session's typing, many times over. */
const keptSearches = 300;
const kept = new WeakMap<PagefindApi, Map<string, Promise<Results>>>();

/**
 * Pagefind's answer to `terms` (within one treatment's pages, if given), asked once: the same
 * words typed again, or searched again by the next step of the same search, cost nothing. A
 * failed search is not kept.
 */
function searchOnce(pagefind: PagefindApi, terms: string, treatment?: string): Promise<Results> {
  let searches = kept.get(pagefind);
  if (!searches) kept.set(pagefind, (searches = new Map<string, Promise<Results>>()));
  const key = `${treatment ?? ''}\n${terms}`;
  const known = searches.get(key);
  if (known) {
    // Most recently used last, so the oldest goes first.
    searches.delete(key);
    searches.set(key, known);
    return known;
  }
  const search = treatment ? pagefind.search(terms, { filters: { treatment } }) : pagefind.search(terms);
  searches.set(key, search);
  search.catch(() => searches.delete(key));
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

/**
 * The words to search, at most `maxWords`. Past that, the words naming the treatment the reader
 * is reading about make way: its pages are read first anyway (answersFor), and Chinese search
 * cuts a name into words of one character (微 针 of 微针) that would push out the word that
 * matters (麻药 of 微针前自己涂麻药).
 */
function withinCap(words: string[], treatment: string | undefined, locale: Locale): string[] {
  if (words.length <= maxWords || !treatment) return words.slice(0, maxWords);
  const naming = namingTerms(words, treatment, locale);
  const names = (word: string, place: number) =>
    naming.has(place) || (locale === 'zh-cn' && [...word].length === 1 && treatment.includes(word));
  const others = words.filter((word, place) => !names(word, place));
  return (others.length ? others : words).slice(0, maxWords);
}

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

/** How many records the index holds: every record is a guide's, and every guide has a kind. */
const recordCounts = new WeakMap<PagefindApi, Promise<number>>();
function recordCount(pagefind: PagefindApi): Promise<number> {
  let count = recordCounts.get(pagefind);
  if (!count) {
    count = pagefind.filters().then((filters) => Object.values(filters.kind ?? {}).reduce((sum, n) => sum + n, 0));
    recordCounts.set(pagefind, count);
  }
  return count;
}

type Result = NonNullable<Results>['results'][number];

/**
 * The records holding some of the words, best first by the sum of their scores for each word,
 * each weighed by how rare the word is among the `records`.
 */
function bySum(perWord: Result[][], records: number): Result[][] {
  const found = new Map<string, { results: Result[]; score: number }>();
  for (const results of perWord)
    for (const result of results) {
      const score = result.score * Math.log(1 + records / results.length);
      const seen = found.get(result.id);
      if (seen) [seen.results, seen.score] = [[...seen.results, result], seen.score + score];
      else found.set(result.id, { results: [result], score });
    }
  return [...found.values()].sort((a, b) => b.score - a.score).map(({ results }) => results);
}

/**
 * Pagefind's results for `terms`, as answers from at most `maxPages` records. A section's record
 * is small, and Pagefind returns only records holding every word, so the records read are: the
 * best of the treatment the reader is reading about (half of them at most), then the best
 * holding every word, then those holding some of the words, by the sum of
 * their scores for each word (the words' own searches, already run to find their forms). A
 * record found by several searches has the matches of all of them.
 */
async function answersFor(
  pagefind: PagefindApi,
  terms: string,
  words: string[],
  options: { maxPages: number; treatment?: string; locale: Locale; wanted?: () => boolean },
) {
  const { treatment } = options;
  const [every, records, perWord, reading] = await Promise.all([
    searchOnce(pagefind, terms).then((found) => found?.results ?? []),
    recordCount(pagefind),
    Promise.all(words.map(async (word) => (await searchOnce(pagefind, word))?.results ?? [])),
    treatment ? searchOnce(pagefind, terms, treatment).then((found) => found?.results ?? []) : [],
  ]);
  const chosen = new Map<string, { score: number; found: Result[] }>();
  const choose = (found: Result[]) => {
    const [first] = found;
    if (first && chosen.size < options.maxPages && !chosen.has(first.id))
      chosen.set(first.id, { score: first.score, found });
  };
  reading.slice(0, Math.ceil(options.maxPages / 2)).forEach((result) => choose([result]));
  every.forEach((result) => choose([result]));
  for (const found of bySum(perWord, records)) choose(found);
  if (options.wanted?.() === false) return [];
  const pages = await Promise.all(
    [...chosen.values()].map(async ({ score, found }) => ({
      score,
      data: mergedData(await Promise.all(found.map((result) => result.data()))),
    })),
  );
  const ranked = rankAnswers(pages, words, {
    treatment,
    locale: options.locale,
    frequency: { records, perTerm: perWord.map((results) => results.length) },
  });
  // Every word is marked: an answer may hold any of them.
  return ranked.map((answer) => ({ ...answer, url: withHighlight(answer.url, words) }));
}

/**
 * Answers to a query, and how many each filter value would leave. Filters narrow the answers
 * found, so their counts are answers, as listed.
 */
export async function findAnswers(
  pagefind: PagefindApi,
  query: string,
  locale: Locale,
  options: FindOptions = {},
): Promise<Found> {
  const { chosen = {}, maxPages = 10, treatment, wordGroups = true, wanted } = options;
  const counts = Object.fromEntries(filterNames.map((name) => [name, {}])) as FilterCounts;
  const typed = withinCap(meaningfulWords(query, locale), treatment, locale);
  if (!typed.length) return { terms: '', answers: [], counts };
  const known = await Promise.all(typed.map((word) => knownForm(pagefind, word, locale !== 'zh-cn')));
  const words = known.filter((word): word is string => word !== undefined);
  if (!words.length) return { terms: typed.join(' '), answers: [], counts };
  const terms = wordGroups ? await bestTerms(pagefind, words) : words.join(' ');
  const answers = await answersFor(pagefind, terms, words, { maxPages, treatment, locale, wanted });
  for (const name of filterNames)
    for (const answer of answers) {
      const value = answer[name];
      if (value && within(answer, chosen, name)) counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  return { terms, answers: answers.filter((answer) => within(answer, chosen)), counts };
}
