/**
 * The search UI, loaded when a reader first focuses or types in a search field (boot.ts). The
 * header field is an ARIA combobox with a listbox of the best answers; the search page lists
 * every answer with filters. Both run the same search (src/lib/search/run.ts) and announce the
 * count in a live region. Everything from Pagefind or the URL reaches the page as text nodes.
 *
 * Combobox pattern: https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
 */
import { isLocale, type Locale } from '../../i18n/locales';
import type { Answer, Segment } from '../../lib/search/answers';
import { fill, plural, type SearchMessages } from '../../lib/search/messages';
import { cleanQuery, queryFromSearch } from '../../lib/search/query';
import { filterNames, findAnswers, type Chosen, type Found } from '../../lib/search/run';
import { loadPagefind } from './pagefind';

const tag = document.documentElement.lang;
const locale: Locale = isLocale(tag.toLowerCase()) ? (tag.toLowerCase() as Locale) : 'en';
const attached = new WeakSet<HTMLInputElement>();

export function attach(field: HTMLInputElement) {
  if (attached.has(field)) return;
  attached.add(field);
  const root = field.closest<HTMLElement>('[data-search]')!;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages;
  // Focus alone starts Pagefind's download, so the first keystroke waits only for its words.
  loadPagefind().catch(() => undefined);
  if (root.dataset.search === 'page') resultsPage(field, root, messages);
  else combobox(field, root, messages);
}

/** Runs searches, dropping the answer to one a newer search has overtaken. */
function searcher(treatment?: string) {
  let latest = 0;
  return async (query: string, chosen: Chosen = {}): Promise<Found | undefined> => {
    const id = ++latest;
    const found = await findAnswers(await loadPagefind(), query, locale, { chosen, treatment });
    return id === latest ? found : undefined;
  };
}

/** Says "Searching…" in the live region, but only if the answers are slow to come. */
function whileSearching(status: HTMLElement, messages: SearchMessages) {
  const timer = setTimeout(() => (status.textContent = messages.searching), 400);
  return () => clearTimeout(timer);
}

function debounce(run: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}

function element<K extends keyof HTMLElementTagNameMap>(name: K, className: string, text?: string) {
  const node = document.createElement(name);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as text nodes and `<mark>` elements: the page's words can never become markup. */
function excerpt(segments: Segment[]): HTMLElement {
  const node = element('span', 'answer-excerpt');
  for (const segment of segments) node.append(segment.mark ? element('mark', '', segment.text) : segment.text);
  return node;
}

/** "Questions · Micro-needling": the kind of page and the treatment, in the reader's language. */
const where = (answer: Answer) => [answer.kind, answer.treatment].filter(Boolean).join(' · ');

function showNone(root: HTMLElement, text: string | undefined) {
  const none = root.querySelector<HTMLElement>('[data-search-none]');
  if (!none) return;
  none.hidden = text === undefined;
  none.querySelector('[data-search-none-text]')!.textContent = text ?? '';
}

function combobox(field: HTMLInputElement, root: HTMLElement, messages: SearchMessages) {
  const popup = root.querySelector<HTMLElement>('[data-search-popup]')!;
  const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const search = searcher(root.dataset.treatment);
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  const open = (isOpen: boolean) => {
    popup.hidden = !isOpen;
    field.setAttribute('aria-expanded', String(isOpen && options.length > 0));
    if (!isOpen) choose(-1);
  };
  const choose = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    option?.setAttribute('aria-selected', 'true');
    option?.scrollIntoView({ block: 'nearest' });
    if (option) field.setAttribute('aria-activedescendant', option.id);
    else field.removeAttribute('aria-activedescendant');
  };
  const render = (query: string, answers: Answer[]) => {
    listbox.replaceChildren();
    options = [];
    active = -1;
    const items = answers.slice(0, 6).map((answer) => {
      const option = element('a', 'option');
      option.href = answer.url;
      // The option's name is its title and place; the excerpt is for the eye.
      const text = excerpt(answer.excerpt);
      text.setAttribute('aria-hidden', 'true');
      option.append(
        element('span', 'answer-title', answer.title),
        element('span', 'answer-where', where(answer)),
        text,
      );
      return option;
    });
    if (answers.length) {
      const all = element('a', 'option option-all', fill(messages.seeAll, { query }, tag));
      all.href = `${root.dataset.searchPage}?q=${encodeURIComponent(query)}`;
      items.push(all);
    }
    items.forEach((option, index) => {
      option.id = `${listbox.id}-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.tabIndex = -1;
    });
    options = items;
    listbox.append(...items);
    listbox.hidden = !answers.length;
    showNone(root, answers.length ? undefined : fill(messages.none, { query }, tag));
    status.textContent = answers.length
      ? plural(messages.results, answers.length, { query }, tag)
      : fill(messages.none, { query }, tag);
    open(true);
  };
  const run = debounce(() => {
    const query = cleanQuery(field.value);
    if (!query) {
      status.textContent = '';
      return open(false);
    }
    const done = whileSearching(status, messages);
    search(query).then(
      (found) => {
        done();
        if (found && field.value.trim()) render(query, found.answers);
      },
      () => {
        done();
        showNone(root, messages.unavailable);
        listbox.hidden = true;
        status.textContent = messages.unavailable;
        open(true);
      },
    );
  }, 120);

  field.addEventListener('input', run);
  field.addEventListener('focus', () => field.value.trim() && options.length && open(true));
  field.addEventListener('keydown', (event) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      if (popup.hidden) open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      choose(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.assign(options[active]!.href);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!popup.hidden) open(false);
      else {
        field.value = '';
        status.textContent = '';
      }
    }
  });
  // Keep the focus in the field while the pointer picks an option; the link still opens.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) open(false);
  });
  if (field.value.trim()) run();
}

function resultsPage(field: HTMLInputElement, root: HTMLElement, messages: SearchMessages) {
  const form = field.form!;
  const list = root.querySelector<HTMLOListElement>('[data-search-answers]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const filters = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const search = searcher();
  const chosen: Chosen = {};
  const allLabel = { treatment: messages.allTreatments, kind: messages.allKinds };

  if (!field.value) field.value = queryFromSearch(location.search);

  const renderFilters = (found: Found) => {
    for (const name of filterNames) {
      const group = filters.querySelector<HTMLElement>(`[data-filter="${name}"]`)!;
      const counts = found.counts[name];
      const values = Object.keys(counts).sort((a, b) => counts[b]! - counts[a]! || a.localeCompare(b, tag));
      if (chosen[name] && !values.includes(chosen[name])) values.push(chosen[name]);
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      const choices = [{ value: '', label: allLabel[name], count: total }];
      for (const value of values) choices.push({ value, label: value, count: counts[value] ?? 0 });
      group.replaceChildren(
        ...choices.map(({ value, label, count }) => {
          const item = element('label', 'filter-choice');
          const radio = element('input', '');
          Object.assign(radio, {
            type: 'radio',
            name: `filter-${name}`,
            value,
            checked: (chosen[name] ?? '') === value,
          });
          item.append(
            radio,
            ` ${label} `,
            element('span', 'filter-count', `(${new Intl.NumberFormat(tag).format(count)})`),
          );
          return item;
        }),
      );
      group.closest('fieldset')!.hidden = values.length < 2 && !chosen[name];
    }
    filters.hidden = filterNames.every(
      (name) => filters.querySelector(`[data-filter="${name}"]`)!.closest('fieldset')!.hidden,
    );
  };

  const render = (query: string, found: Found) => {
    list.replaceChildren(
      ...found.answers.slice(0, 30).map((answer) => {
        const item = element('li', 'answer');
        const heading = element('h2', 'answer-title');
        const link = element('a', 'answer-link', answer.title);
        link.href = answer.url;
        heading.append(link);
        const text = element('p', 'answer-text');
        text.append(excerpt(answer.excerpt));
        item.append(heading, element('p', 'answer-where', where(answer)), text);
        return item;
      }),
    );
    list.removeAttribute('aria-busy');
    renderFilters(found);
    const count = found.answers.length;
    status.textContent = count ? plural(messages.results, count, { query }, tag) : fill(messages.none, { query }, tag);
    showNone(root, count ? undefined : fill(messages.none, { query }, tag));
  };

  const run = () => {
    const query = cleanQuery(field.value);
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      filters.hidden = true;
      return showNone(root, undefined);
    }
    list.setAttribute('aria-busy', 'true');
    const done = whileSearching(status, messages);
    search(query, chosen).then(
      (found) => {
        done();
        if (found) render(query, found);
      },
      () => {
        done();
        list.replaceChildren();
        list.removeAttribute('aria-busy');
        status.textContent = messages.unavailable;
        showNone(root, messages.unavailable);
      },
    );
  };

  field.addEventListener('input', debounce(run, 150));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  filters.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    const name = radio.name.replace(/^filter-/, '') as keyof Chosen;
    chosen[name] = radio.value || undefined;
    run();
  });
  // Arrow keys move between the field and the answers; Escape goes back to the field.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.answer-link')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && at >= 0) field.focus();
    else if (event.key === 'ArrowDown' && (target === field || at >= 0)) links[at + 1]?.focus();
    else if (event.key === 'ArrowUp' && at >= 0) (links[at - 1] ?? field).focus();
    else return;
    event.preventDefault();
  });
  if (field.value) run();
}
