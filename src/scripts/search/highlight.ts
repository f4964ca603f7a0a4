/**
 * Marks the search words on a page opened from a search result (`?highlight=word`), with
 * Pagefind's own highlighter (mark.js), loaded only then. Its inline style would break the CSP,
 * so the look of `.search-highlight` is in global.css. Hidden keywords and chrome stay unmarked.
 */
interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: Record<string, unknown>;
}

const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
const unspaced = /^(zh|ja|th)\b/i.test(document.documentElement.lang);

void import(/* @vite-ignore */ url).then(
  (module: { default: new (options: HighlightOptions) => unknown }) =>
    new module.default({
      // The parameter pagefind.ts has Pagefind add to every result's URL.
      highlightParam: 'highlight',
      addStyles: false,
      markOptions: {
        className: 'search-highlight',
        exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.visually-hidden', '.visually-hidden *'],
        // "makeup" marks "make-up"; whole words only where words have spaces between them.
        ignorePunctuation: ['-', '‐', '‑', '’', "'"],
        accuracy: unspaced ? 'partially' : 'complementary',
        separateWordSearch: false,
      },
    }),
);
