/**
 * The reader's query, from the field or from `?q=`: parsed strictly (no control characters, one
 * line, a sane length), then reduced to the words that carry meaning before it goes to Pagefind.
 */
import { localeTag, type Locale } from '../../i18n/locales';
import { foldWord, stopWords } from './stopwords';
import { hasExactDiacritics, plainHindi } from './spelling';

/** Longer than any question a patient types; keeps a pasted page from becoming a query. */
export const maxQueryLength = 100;

/** A query as typed or linked: one line, spaces collapsed, at most `maxQueryLength` characters. */
export function cleanQuery(raw: string | null | undefined): string {
  const text = (raw ?? '')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...text].slice(0, maxQueryLength).join('').trim();
}

/** The `q` parameter of a URL's query string (`?q=sun+cream`), cleaned; `''` when absent. */
export function queryFromSearch(search: string): string {
  return cleanQuery(new URLSearchParams(search).get('q'));
}

/** Languages written without spaces between words: Pagefind segments them with `Intl.Segmenter`. */
function isUnspaced(locale: Locale): boolean {
  return locale === 'zh-cn';
}

/** The words of a query as the reader's language separates them. */
export function queryWords(query: string, locale: Locale): string[] {
  if (isUnspaced(locale)) {
    const segmenter = new Intl.Segmenter(localeTag(locale), { granularity: 'word' });
    return [...segmenter.segment(query)].filter((part) => part.isWordLike).map((part) => part.segment);
  }
  // French elides ("l'acide", "j'ai"): the article and the word are separate words. English
  // contracts ("don't"): one word without its apostrophe, as Pagefind reads it.
  const apostrophe = locale === 'fr' ? ' ' : '';
  return query
    .replace(/['’‘`´]/g, apostrophe)
    .split(/[\s,;:!?¿¡.()"«»“”„،؟।]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * What to ask Pagefind: the query's words without the question and function words of its
 * language ("can I wear makeup" → wear, makeup), and without lone letters where words have
 * spaces between them (half-typed, they would match every word starting so). Digits stay ("day 2").
 */
export function meaningfulWords(query: string, locale: Locale): string[] {
  const stop = stopWords(locale);
  const spaced = !isUnspaced(locale);
  const words = queryWords(cleanQuery(query), locale).filter(
    (word) => !stop.has(foldWord(word, locale)) && !(spaced && /^\p{L}$/u.test(word)),
  );
  // Hindi pages are indexed without the nukta, which patients often leave out (spelling.ts).
  return hasExactDiacritics(locale) ? words.map(plainHindi) : words;
}
