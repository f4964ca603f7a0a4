/**
 * Marks the search words on a page opened from a search result (`?highlight=word`), with
 * Pagefind's own highlighter, loaded only then.
 */
import { highlightOptions } from './highlight-options';

type Highlighter = new (options: ReturnType<typeof highlightOptions>) => unknown;

const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
void import(/* @vite-ignore */ url).then(
  (module: { default: Highlighter }) => new module.default(highlightOptions(document.documentElement.lang)),
);
