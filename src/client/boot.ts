/**
 * The only script every page runs before it is used, about a kilobyte, inside the page itself
 * (the build puts it there: src/build/inline-boot.ts): each island's code loads when a reader
 * starts to use it, and no sooner. The search fields load the search UI on focus or typing (so
 * Pagefind costs nothing to readers who never search; `/` focuses the field); the tracker loads
 * when the reader starts on its form, or at once when the page already has their date (a link's
 * `#date=`, an old `?date=`, or a date they asked this device to remember); the home page's
 * tracker form and the clinic's handout load on first use (the handout at once when its link
 * carries a date). A page opened from a search result gets its matches marked. Once the page has
 * painted, the manifest and the offline worker (sw.js, written by the build) start, for the
 * copy's base path.
 */
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
  root.addEventListener('focusin', () => void once());
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
    // The key is in the page (src/lib/storage-key.ts): this script shares no module with the islands.
    return localStorage.getItem(root.dataset.storageKey ?? '') !== null;
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

/**
 * The header field becomes an ARIA combobox, now that it works as one: its listbox of answers is
 * in the page, hidden until there are answers (SearchField.astro).
 */
function asCombobox(field: HTMLInputElement) {
  field.setAttribute('role', 'combobox');
  field.setAttribute('aria-autocomplete', 'list');
  field.setAttribute('aria-expanded', 'false');
  field.setAttribute('aria-controls', `${field.id}-answers`);
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
  if (target.closest('input, textarea, select, [contenteditable]')) return;
  const field = fields.at(-1);
  if (!field) return;
  event.preventDefault();
  field.focus();
});

if (params.has('highlight')) void import('./search/highlight');

/**
 * The copy as an app: its manifest (to install it on the home screen) and its offline worker
 * (sw.js, which keeps no personal data: src/build/offline.ts). Both start once the page has loaded
 * and painted its first words: neither helps the first read, and on a phone's network their
 * requests (the manifest, its icon, the worker and the pages it keeps) would share the line
 * with it. After the load event, the first paint's entry (at once if it is past) says it has painted.
 */
addEventListener('load', () =>
  new PerformanceObserver((_, observer) => {
    observer.disconnect();
    const base = import.meta.env.BASE_URL;
    document.head.append(
      Object.assign(document.createElement('link'), { rel: 'manifest', href: `${base}manifest.webmanifest` }),
    );
    void navigator.serviceWorker?.register(`${base}sw.js`).catch(() => undefined);
  }).observe({ type: 'paint', buffered: true }),
);
