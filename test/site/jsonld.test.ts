/** Structured data: guides are MedicalWebPage, FAQ pages also FAQPage, all valid schema.org. */
import { describe, expect, it } from 'vitest';
import { validateJsonLd } from '../helpers/schema-org';
import { builtPages } from '../helpers/site';

const pages = builtPages();
const blocks = (document: Document) =>
  [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? ''),
  );
const guidePages = pages.filter(
  (page) => /^\/[^/]+\/[^/]+\/([a-z]+\/)?$/.test(page.path) && !/\/(faq|search|clinic|privacy|404)\/$/.test(page.path),
);

describe('the validator', () => {
  it('rejects what schema.org does not define', () => {
    expect(validateJsonLd({ '@context': 'https://schema.org', '@type': 'MedicalWebPage', name: 'x' })).toEqual([
      '$: MedicalWebPage needs inLanguage',
      '$: MedicalWebPage needs about',
    ]);
    expect(validateJsonLd({ '@context': 'https://schema.org', '@type': 'Answer', text: 'x', rating: 5 })).toEqual([
      '$.rating: not a property of Answer',
    ]);
    expect(validateJsonLd({ '@context': 'http://example.org', '@type': 'Answer' })).toHaveLength(1);
  });
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  it('has only valid JSON-LD', () => {
    for (const data of blocks(page.document)) expect(validateJsonLd(data)).toEqual([]);
  });
});

describe('guides', () => {
  it('are found', () => expect(guidePages.length).toBeGreaterThan(0));
  it.each(guidePages.map((page) => [page.path, page] as const))(
    '%s is a MedicalWebPage in its content language',
    (_, page) => {
      const data = blocks(page.document);
      const medical = data.find((block) => block['@type'] === 'MedicalWebPage');
      expect(medical).toBeDefined();
      const contentLang =
        page.document.querySelector('main [lang]')?.getAttribute('lang') ?? page.document.documentElement.lang;
      expect(medical.inLanguage).toBe(contentLang);
      if (page.path.endsWith('/faq/')) expect(data.some((block) => block['@type'] === 'FAQPage')).toBe(true);
      // A reviewer and a review date only when the page says a clinician reviewed it.
      const reviewed = page.document.querySelector('[data-review-status="clinically-reviewed"]');
      expect(Boolean(medical.reviewedBy)).toBe(Boolean(reviewed));
      expect(Boolean(medical.lastReviewed)).toBe(Boolean(reviewed));
    },
  );
});
