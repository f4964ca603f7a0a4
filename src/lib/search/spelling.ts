/**
 * How search compares spellings, per language. Pagefind folds every combining mark by default,
 * which Arabic needs (its short-vowel marks are optional) but which makes Hindi imprecise: its
 * vowel signs are combining marks, so दिन (day) would also find दीन and दान. Hindi is searched
 * with exact diacritics (Pagefind's `exactDiacritics`, 1.5 and later), except two marks that
 * writers use or leave out freely: the nukta (ज़ and ज, फ़ and फ) and the chandrabindu, which most
 * people type as an anusvara (मुँह and मुंह, झाइयाँ and झाइयां). Both are evened out in Hindi pages as
 * they are indexed (src/build/search-index.ts) and in Hindi queries.
 */
import type { Locale } from '../../i18n/locales';
import { highlightParam } from './highlight';

/** The languages whose vowel signs tell words apart: searched with exact diacritics. */
export const exactDiacriticsLanguages: readonly string[] = ['hi'];

/** Whether a page's `<html lang>` (or a locale) is searched with exact diacritics. */
export const hasExactDiacritics = (lang: string) =>
  exactDiacriticsLanguages.includes(lang.toLowerCase().split('-')[0]!);

/** Pagefind's options for a page in `lang`, as the search UI and the tests set them. */
export function pagefindOptions(lang: string) {
  return { highlightParam, exactDiacritics: hasExactDiacritics(lang) };
}

/** Devanagari letters written with a nukta, as one character (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ ऩ ऱ ऴ). */
const withNukta = /[\u0929\u0931\u0934\u0958-\u095F]/g;

/** `text` without the nukta: ज़्यादा → ज्यादा, फ़ोन → फोन. */
export function withoutNukta(text: string): string {
  return text.replace(withNukta, (letter) => letter.normalize('NFD')).replace(/\u093C/g, '');
}

/** Hindi as search compares it: without the nukta, and the chandrabindu (ँ) as an anusvara (ं). */
export function plainHindi(text: string): string {
  return withoutNukta(text).replace(/\u0901/g, '\u0902');
}

/**
 * A word as search compares it: lower case; accents and other marks off, as Pagefind compares,
 * except in languages searched with exact diacritics, where only the nukta and chandrabindu change.
 */
export function foldWord(word: string, locale?: Locale): string {
  const lower = word.toLocaleLowerCase();
  if (locale && hasExactDiacritics(locale)) return plainHindi(lower.normalize('NFC'));
  return lower.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
