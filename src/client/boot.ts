/**
 * The only script every page loads, about a kilobyte: each island's code loads when a reader
 * starts to use it, and no sooner. The search fields load the search UI on focus or typing (so
 * Pagefind costs nothing to readers who never search; `/` focuses the field); the tracker loads
 * when the reader starts on its form, or at once when the page already has their date (a link's
 * `#date=`, an old `?date=`, or a date they asked this device to remember); the home page's
 * tracker form and the clinic's handout load on first use (the handout at once when its link
 * carries a date). A page opened from a search result gets its matches marked. The offline
 * worker (sw.js, written by the build) is registered for the copy's base path.
 */
import { storageKey } from '../lib/storage-key';

const params = new URLSearchParams(location.search);

/**
 * An island's code, loaded once: at once when `now` says so, else on the first focus or submit
 * inside the island's element; a submit waits for it.
 */
function island(name: string, load: () => Promise<unknown>, now?: (root: HTMLElement) => boolean) {
  const root = document.querySelector<HTMLElement>(name);
  if (!root) return;
  let loading: Promise<unknown> | undefined;
  const once = () => (loading ??= load());
  if (now?.(root)) return void once();
  root.addEventListener('focusin', () => void once(), { once: true });
  // The islands' forms never send anything (method="dialog"); this only replays the submit.
  root.addEventListener('submit', (event) => {
    if (customElements.get(name)) return;
    event.preventDefault();
    void once().then(() => (event.target as HTMLFormElement).requestSubmit());
  });
}

/** A link with the reader's date: `#date=` (the handout's `#…&date=` too), or an old `?date=`. */
const linked = () => /(^|[#&])date=/.test(location.hash) || params.has('date');
const remembered = (root: HTMLElement) => {
  try {
    return localStorage.getItem(storageKey(root.dataset.treatment ?? '')) !== null;
  } catch {
    return false;
  }
};
// Each island's module defines its element once its messages are here (its `ready`).
island(
  'aftercare-tracker',
  () => import('./tracker').then((module) => module.ready),
  (root) => linked() || remembered(root),
);
island('tracker-start', () => import('./tracker-start').then((module) => module.ready));
island('clinic-handout', () => import('./handout').then((module) => module.ready), linked);

const fields = [...document.querySelectorAll<HTMLInputElement>('input[data-search-field]')];
let ui: Promise<typeof import('./search/ui')> | undefined;
const startSearch = (field: HTMLInputElement) => {
  ui ??= import('./search/ui');
  void ui.then((module) => module.attach(field));
};

/** The header field becomes an ARIA combobox with its listbox of answers, now that it works as one. */
function asCombobox(field: HTMLInputElement) {
  const popup = field.form?.querySelector('[data-search-popup]');
  if (!popup) return;
  const listbox = document.createElement('div');
  listbox.id = `${field.id}-answers`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', field.dataset.listboxLabel ?? '');
  popup.prepend(listbox);
  field.setAttribute('role', 'combobox');
  field.setAttribute('aria-autocomplete', 'list');
  field.setAttribute('aria-expanded', 'false');
  field.setAttribute('aria-controls', listbox.id);
}

for (const field of fields) {
  // Without JavaScript the form leads to the FAQ index; with it, to the search page.
  if (field.form?.dataset.searchPage) field.form.action = field.form.dataset.searchPage;
  if (field.form?.dataset.search === 'header') asCombobox(field);
  field.addEventListener('focus', () => startSearch(field), { once: true });
  field.addEventListener('input', () => startSearch(field), { once: true });
  // The search page opened with a query (`?q=`) shows its answers straight away.
  if (field.value || (field.hasAttribute('data-search-page-field') && params.has('q'))) startSearch(field);
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if (target.isContentEditable || target.closest('input, textarea, select')) return;
  const field = fields.at(-1);
  if (!field) return;
  event.preventDefault();
  field.focus();
});

if (params.has('highlight')) void import('./search/highlight');

// Pages read once open again without a signal (sw.js caches no personal data: src/build/offline.ts).
// Registered once the page has loaded, so the worker and what it keeps never delay the page.
addEventListener(
  'load',
  () => void navigator.serviceWorker?.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined),
  { once: true },
);
