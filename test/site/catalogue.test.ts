/**
 * The catalogue stays easy to scan: on each language's home page and FAQ index, treatments are
 * grouped by kind (skin treatments, injections, light and laser), and each says where on the body
 * it is done, from its about page's `areas`, in the page's language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGuides } from '../helpers/content';
import { builtSite } from '../helpers/dist';
import { builtPages } from '../helpers/site';

const areasOf = new Map(
  readGuides()
    .filter((guide) => guide.kind === 'about' && guide.locale === 'en')
    .map((guide) => [guide.treatment, guide.data.kind === 'about' ? guide.data.areas : []]),
);
const indexes = builtPages().filter((page) => /^\/[a-z-]+\/(faq\/)?$/.test(page.path));
const areaNames = (language: string) => {
  const ui = JSON.parse(readFileSync(`src/i18n/ui/${language}.json`, 'utf8')) as Record<string, string>;
  return { face: ui['home.area.face']!, body: ui['home.area.body']! };
};

it('has a home page and an FAQ index in every language', () => expect(indexes.length).toBe(12));

describe.each(indexes.map((page) => [page.path, page] as const))('%s', (path, { document }) => {
  const language = path.split('/')[1]!;
  const groups = [...document.querySelectorAll('main section[aria-labelledby^="group-"]')];

  it('groups the treatments by kind', () => expect(groups.length).toBe(3));

  it('says where each treatment is done, in the page’s language', () => {
    const names = areaNames(language);
    const entries = groups.flatMap((group) => [...group.querySelectorAll(path.endsWith('/faq/') ? 'section' : 'li')]);
    expect(entries.length).toBe(areasOf.size);
    for (const entry of entries) {
      const href = entry.querySelector('a')!.getAttribute('href')!;
      const treatment = href.split('/').filter(Boolean)[1]!;
      const said = (entry.querySelector('.areas')?.textContent ?? '').toLocaleLowerCase();
      for (const area of ['face', 'body'] as const)
        expect(said.includes(names[area].toLocaleLowerCase()), `${treatment}: "${said}" and ${area}`).toBe(
          areasOf.get(treatment)!.includes(area),
        );
    }
  });
});

it('keeps the page’s language on where a treatment is done, inside a fallback’s English entry', () => {
  const home = builtPages(builtSite('fixture')).find((page) => page.path === '/ar/')!;
  const entry = [...home.document.querySelectorAll('li[lang="en"]')].find((li) => li.querySelector('.areas'));
  expect(entry, 'an English entry on the Arabic home page').toBeDefined();
  const areas = entry!.querySelector('.areas')!;
  expect([areas.getAttribute('lang'), areas.getAttribute('dir')]).toEqual(['ar', 'rtl']);
});
