/**
 * The search UI, loaded when a reader first focuses or types in a search field (boot.ts). The
 * header field is an ARIA combobox with a listbox of the best answers; the search page lists
 * every answer with filters. Both run the same search (src/lib/search/run.ts) and announce the
 * count in a live region. Everything from Pagefind or the URL reaches the page as text nodes.
 */
import { loadMessages } from '../messages';
import { combobox } from './combobox';
import { loadPagefind } from './pagefind';
import { resultsPage } from './results-page';

const attached = new WeakSet<HTMLInputElement>();

export async function attach(field: HTMLInputElement) {
  if (attached.has(field)) return;
  attached.add(field);
  const root = field.closest<HTMLElement>('[data-search]')!;
  // Focus alone starts Pagefind's download, so the first keystroke waits only for its words.
  loadPagefind().catch(() => undefined);
  const messages = await loadMessages('search');
  if (root.dataset.search === 'page') resultsPage(field, root, messages);
  else combobox(field, root, messages);
}
