/**
 * The search page: every answer to `?q=`, filters by treatment and kind with their counts, the
 * count in a live region, and the arrow keys to move between the field and the answers.
 */
import { say, type Messages } from '../../lib/messages';
import { cleanQuery, queryFromSearch } from '../../lib/search/query';
import { filterNames, type Chosen, type Found } from '../../lib/search/run';
import { debounce, element, excerpt, searcher, showNone, tag, whileSearching, where } from './shared';

export function resultsPage(field: HTMLInputElement, root: HTMLElement, messages: Messages) {
  const text = (key: string, values: Record<string, string | number> = {}) => say(messages, key, values, tag);
  const form = field.form!;
  const list = root.querySelector<HTMLOListElement>('[data-search-answers]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  // Open on wider screens; folded on a phone, so its first screen shows answers (search.astro).
  filters.open = matchMedia('(min-width: 40em)').matches;
  const search = searcher();
  const chosen: Chosen = {};
  const allLabel = { treatment: text('search.filter.allTreatments'), kind: text('search.filter.allKinds') };

  if (!field.value) field.value = queryFromSearch(location.search);

  const renderFilters = (found: Found) => {
    // The choices are rebuilt with their new counts; a reader moving through them keeps their place.
    const active = document.activeElement;
    const place = active instanceof HTMLInputElement && filters.contains(active) ? active : undefined;
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
    if (place)
      [...filters.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
        .find((radio) => radio.name === place.name && radio.value === place.value)
        ?.focus();
  };

  const render = (query: string, found: Found) => {
    list.replaceChildren(
      // Every answer found: the count the page announces is the count it shows.
      ...found.answers.map((answer) => {
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
    status.textContent = count ? text('search.results', { count, query }) : text('search.none', { query });
    showNone(root, count ? undefined : text('search.none', { query }));
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
        status.textContent = text('search.unavailable');
        showNone(root, text('search.unavailable'));
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
