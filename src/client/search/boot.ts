/**
 * The only search code every page loads, about a kilobyte: it turns the header field (and the
 * search page's) into a live search the moment the reader focuses or types in it, and no sooner,
 * so Pagefind's script, WebAssembly and index cost nothing to readers who never search. `/`
 * focuses the field. A page opened from a result (`?highlight=`) gets its matches marked.
 */
const fields = [...document.querySelectorAll<HTMLInputElement>('input[data-search-field]')];
const params = new URLSearchParams(location.search);
let ui: Promise<typeof import('./ui')> | undefined;

function start(field: HTMLInputElement) {
  ui ??= import('./ui');
  void ui.then((module) => module.attach(field));
}

for (const field of fields) {
  // Without JavaScript the form leads to the FAQ index; with it, to the search page.
  if (field.form?.dataset.searchPage) field.form.action = field.form.dataset.searchPage;
  field.addEventListener('focus', () => start(field), { once: true });
  field.addEventListener('input', () => start(field), { once: true });
  // The search page opened with a query (`?q=`) shows its answers straight away.
  if (field.value || (field.hasAttribute('data-search-page-field') && params.has('q'))) start(field);
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

if (params.has('highlight')) void import('./highlight');
