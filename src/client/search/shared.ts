/**
 * What the search UI's two views (combobox.ts, results-page.ts) share: the reader's language,
 * searches that drop overtaken answers, and DOM built from text only.
 */
import { isLocale, type Locale } from '../../i18n/locales';
import type { Answer } from '../../lib/search/answers';
import type { Segment } from '../../lib/search/excerpt';
import { say, type Messages } from '../../lib/messages';
import { findAnswers, type Chosen, type FindOptions, type Found } from '../../lib/search/run';
import { loadPagefind } from './pagefind';

export const tag = document.documentElement.lang;
const locale: Locale = isLocale(tag.toLowerCase()) ? (tag.toLowerCase() as Locale) : 'en';

/** Runs searches, dropping (and not loading the records of) one a newer search has overtaken. */
export function searcher(options: Omit<FindOptions, 'chosen' | 'wanted'> = {}) {
  let latest = 0;
  return async (query: string, chosen: Chosen = {}): Promise<Found | undefined> => {
    const id = ++latest;
    const wanted = () => id === latest;
    const found = await findAnswers(await loadPagefind(), query, locale, { ...options, chosen, wanted });
    return id === latest ? found : undefined;
  };
}

/** Says "Searching…" in the live region, but only if the answers are slow to come. */
export function whileSearching(status: HTMLElement, messages: Messages) {
  const timer = setTimeout(() => (status.textContent = say(messages, 'search.searching', {}, tag)), 400);
  return () => clearTimeout(timer);
}

export function debounce(run: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}

export function element<K extends keyof HTMLElementTagNameMap>(name: K, className: string, text?: string) {
  const node = document.createElement(name);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as text nodes and `<mark>` elements: the page's words can never become markup. */
export function excerpt(segments: Segment[]): HTMLElement {
  const node = element('span', 'answer-excerpt');
  for (const segment of segments) node.append(segment.mark ? element('mark', '', segment.text) : segment.text);
  return node;
}

/** "Questions · Micro-needling": the kind of page and the treatment, in the reader's language. */
export const where = (answer: Answer) => [answer.kind, answer.treatment].filter(Boolean).join(' · ');

export function showNone(root: HTMLElement, text: string | undefined) {
  const none = root.querySelector<HTMLElement>('[data-search-none]');
  if (!none) return;
  none.hidden = text === undefined;
  none.querySelector('[data-search-none-text]')!.textContent = text ?? '';
}
