/**
 * The status comes first: on every guide page of the demo, the line straight under the title says
 * whether a clinician has reviewed the page, in the language of the page's text. No page of the
 * demo has been reviewed, so every one says so, and none says "Last reviewed" anywhere: the
 * governance section says "Last checked against sources" instead.
 */
import { describe, expect, it } from 'vitest';
import { isLocale, type Locale } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n';
import { builtPages } from '../helpers/site';

const guidePages = builtPages().filter(
  (page) =>
    /^\/[a-z-]+\/[a-z-]+\/((preparation|aftercare|urgent|faq)\/)?$/.test(page.path) &&
    !/^\/[a-z-]+\/(faq|search|clinic|privacy|404)\/$/.test(page.path),
);
const text = (locale: Locale, key: string) => (dictionaries[locale] as Record<string, string>)[key]!;
/** The fixed part of a message, before its first placeholder. */
const lead = (message: string) => message.split('{{')[0]!.trim();

it('finds every guide page: six treatments, five pages each, six languages', () => {
  expect(guidePages.length).toBe(6 * 5 * 6);
});

describe.each(guidePages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  const doc = page.document;
  // A page a language lacks shows the English text: its status is in English too.
  const contentLang = doc.querySelector('article')?.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? '';
  const locale = (isLocale(contentLang) ? contentLang : doc.documentElement.lang.toLowerCase()) as Locale;

  it('says under its title that no clinician has checked it yet', () => {
    const status = doc.querySelector('h1 + .review-status');
    expect(status, 'the line after the title').not.toBeNull();
    expect(status!.getAttribute('data-review-status')).toBe('awaiting-clinical-review');
    expect(status!.textContent).toContain(lead(text(locale, 'governance.awaiting-clinical-review')));
  });

  it('claims no review anywhere, and says when it was last checked against its sources', () => {
    expect(doc.body.textContent).not.toContain(lead(text(locale, 'governance.lastReviewed')));
    expect(doc.querySelector('.governance')?.textContent).toContain(lead(text(locale, 'governance.lastChecked')));
  });
});
