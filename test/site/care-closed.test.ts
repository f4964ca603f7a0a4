/**
 * Every care card but the emergency one says what to do when the clinic is closed: where the
 * brand names an out-of-hours service (the demo: NHS 111), its number as a link on the "call
 * today" card; the "call now" card sends the reader to the emergency number; a clinic without a
 * service (cedar) says "your urgent care service" in its own words. On every page that shows
 * the cards, in every language, in both builds.
 */
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/dist';
import { builtPages } from '../helpers/site';

const builds = [
  { brand: 'demo', pages: builtPages(), outOfHours: '111', emergency: '999' },
  { brand: 'cedar', pages: builtPages(builtSite('cedar'), '/aftercare/'), outOfHours: undefined, emergency: '911' },
];

describe.each(builds)('$brand', ({ pages, outOfHours, emergency }) => {
  const withCards = pages.filter((page) => page.document.querySelector('.care-cards .care'));

  it('shows the care cards on every aftercare and urgent page', () =>
    expect(withCards.length).toBe(
      pages.filter((page) => /\/[a-z-]+\/[a-z-]+\/(aftercare|urgent)\/$/.test(page.path)).length,
    ));

  it.each(withCards.map((page) => [page.path, page] as const))('%s', (_, { document }) => {
    for (const card of document.querySelectorAll('.care-cards .care')) {
      const level = [...card.classList].find((name) => name.startsWith('care-'))!.slice('care-'.length);
      const closed = card.querySelector('.care-closed');
      if (level === 'emergency') {
        expect(closed, level).toBeNull();
        continue;
      }
      expect(closed?.textContent?.trim(), level).toBeTruthy();
      const number = closed!.querySelector('a[href^="tel:"]')?.getAttribute('href');
      if (level === 'now') expect(number, level).toBe(`tel:${emergency}`);
      if (level === 'urgent') expect(number, level).toBe(outOfHours && `tel:${outOfHours}`);
    }
  });
});
