/**
 * The words a page opened from a search result marks: carried in its URL, read there by
 * Pagefind's highlighter (src/scripts/search/highlight.ts). Apart from answers.ts, so that the
 * small highlight script does not pull in the ranking code.
 */
/** The URL parameter that carries the search words to the page a result opens. */
export const highlightParam = 'highlight';

/**
 * `url` with the words to mark on the opened page as they were searched. Pagefind writes its own
 * normalised words there, without accents or vowel signs (मेकअप → मकअप), which the page's text
 * does not hold, so nothing would be marked.
 */
export function withHighlight(url: string, words: string[]): string {
  const [address = '', hash] = url.split('#', 2);
  const [path = '', query = ''] = address.split('?', 2);
  const params = new URLSearchParams(query);
  params.delete(highlightParam);
  for (const word of words) params.append(highlightParam, word);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}
