/**
 * How a page opened from a search result marks the search words (Pagefind's highlighter, mark.js
 * underneath: https://markjs.io/#mark). Pagefind's inline style would break the CSP, so the look
 * of `.search-highlight` is in global.css. Hidden keywords and page chrome stay unmarked.
 */
export function highlightOptions(lang: string) {
  const unspaced = /^(zh|ja|th)\b/i.test(lang);
  return {
    // `highlightParam` of src/lib/search/highlight.ts, written out: importing it would give this
    // small script a chunk of its own to wait for.
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
  };
}
