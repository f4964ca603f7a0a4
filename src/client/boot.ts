/**
 * The only script every page loads, about a kilobyte: each island's code loads when a reader
 * starts to use it, and no sooner. The search fields load the search UI on focus or typing (so
 * Pagefind costs nothing to readers who never search; `/` focuses the field); the tracker loads
 * when the reader starts on its form, or at once when the page already has their date (a link's
 * `#date=`, an old `?date=`, or a date they asked this device to remember); the home page's
 * tracker form loads on first use. A page opened from a search result gets its matches marked.
 */
import { storageKey } from '../lib/storage-key';

const params = new URLSearchParams(location.search);

/** Loads `load` once, on the first focus or submit inside `root`; a submit waits for it. */
function onFirstUse(root: Element, load: () => Promise<unknown>, ready: () => boolean) {
  root.addEventListener('focusin', () => void load(), { once: true });
  // The tracker's forms never send anything (method="dialog"); this only replays the submit.
  root.addEventListener('submit', (event) => {
    if (ready()) return;
    event.preventDefault();
    void load().then(() => (event.target as HTMLFormElement).requestSubmit());
  });
}

const tracker = document.querySelector<HTMLElement>('aftercare-tracker');
if (tracker) {
  let loading: Promise<unknown> | undefined;
  const load = () => (loading ??= import('./tracker').then((module) => module.ready));
  const remembered = () => {
    try {
      return localStorage.getItem(storageKey(tracker.dataset.treatment ?? '')) !== null;
    } catch {
      return false;
    }
  };
  if (/(^|[#&])date=/.test(location.hash) || params.has('date') || remembered()) void load();
  else onFirstUse(tracker, load, () => Boolean(customElements.get('aftercare-tracker')));
}

const start = document.querySelector('tracker-start');
if (start) {
  let loading: Promise<unknown> | undefined;
  onFirstUse(
    start,
    () => (loading ??= import('./tracker-start').then((module) => module.ready)),
    () => Boolean(customElements.get('tracker-start')),
  );
}

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
