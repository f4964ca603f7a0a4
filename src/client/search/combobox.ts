/**
 * The header field as an ARIA combobox: the best answers in a listbox as the reader types, the
 * arrow keys to choose, Enter to open, Escape to close, the count in a live region.
 * https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
 */
import type { Answer } from '../../lib/search/answers';
import { say, type Messages } from '../../lib/messages';
import { cleanQuery } from '../../lib/search/query';
import { debounce, element, excerpt, searcher, showNone, tag, whileSearching, where } from './shared';

export function combobox(field: HTMLInputElement, root: HTMLElement, messages: Messages) {
  const text = (key: string, values: Record<string, string | number> = {}) => say(messages, key, values, tag);
  const popup = root.querySelector<HTMLElement>('[data-search-popup]')!;
  const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  // Six answers from the ten best records (a section each, about 0.6 KB; src/lib/search/run.ts).
  // The word groups tried when all the words find nothing are the search page's: a keystroke
  // here runs a few searches at most (src/lib/search/run.ts).
  const search = searcher({ treatment: root.dataset.treatment, wordGroups: false });
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
      const all = element('a', 'option option-all', text('search.seeAll', { query }));
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
    showNone(root, answers.length ? undefined : text('search.none', { query }));
    status.textContent = answers.length
      ? text('search.results', { count: answers.length, query })
      : text('search.none', { query });
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
        if (!found || !field.value.trim()) return;
        // Nothing to search for yet ("can I"): wait for a word that means something.
        if (!found.terms) {
          status.textContent = '';
          return open(false);
        }
        render(query, found.answers);
      },
      () => {
        done();
        showNone(root, text('search.unavailable'));
        listbox.hidden = true;
        status.textContent = text('search.unavailable');
        open(true);
      },
    );
  }, 200);

  field.addEventListener('input', () => {
    // A choice made among the answers to what was typed before no longer stands.
    choose(-1);
    run();
  });
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
