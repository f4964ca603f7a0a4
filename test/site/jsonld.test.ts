/**
 * Structured data: guides are MedicalWebPage, FAQ pages also FAQPage, all valid schema.org. A
 * reviewer and a review date appear only on pages that say a clinician reviewed them: in the
 * worked example (cedar, under /aftercare/), exactly the pages of the treatments its clinician
 * signed off, and in the demo, which has no sign-off, none.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/build/brand';
import { root } from '../helpers/content';
import { builtSite } from '../helpers/dist';
import { validateJsonLd } from '../helpers/schema-org';
import { builtPages } from '../helpers/site';

const blocks = (document: Document) =>
  [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? ''),
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

const sites = [
  { id: 'demo', dir: undefined, base: '/' },
  { id: 'cedar', dir: builtSite('cedar'), base: '/aftercare/' },
];

describe.each(sites)('$id', ({ id, dir, base }) => {
  const brand = loadBrand(join(root, 'content'), id);
  const pages = builtPages(dir, base);
  /** `/aftercare/es/micro-needling/faq/` → micro-needling; undefined for pages of no treatment. */
  const treatmentOf = (path: string) => {
    const [, treatment] = path.slice(base.length).split('/');
    return brand.treatments.find((known) => known === treatment);
  };
  const guidePages = pages.filter((page) => treatmentOf(page.path));
  const signedOff = new Set(brand.review?.treatments ?? []);

  it.each(pages.map((page) => [page.path, page] as const))('%s has only valid JSON-LD', (_, page) => {
    for (const data of blocks(page.document)) expect(validateJsonLd(data)).toEqual([]);
  });

  it('has guides', () => expect(guidePages.length).toBeGreaterThan(0));

  it.each(guidePages.map((page) => [page.path, page] as const))(
    '%s is a MedicalWebPage in its content language',
    (path, page) => {
      const data = blocks(page.document);
      const medical = data.find((block) => block['@type'] === 'MedicalWebPage');
      expect(medical).toBeDefined();
      const contentLang =
        page.document.querySelector('main [lang]')?.getAttribute('lang') ?? page.document.documentElement.lang;
      expect(medical.inLanguage).toBe(contentLang);
      if (path.endsWith('/faq/')) expect(data.some((block) => block['@type'] === 'FAQPage')).toBe(true);
      // A reviewer and a review date only when the page says a clinician reviewed it.
      const reviewed = page.document.querySelector('[data-review-status="clinically-reviewed"]');
      expect(Boolean(medical.reviewedBy)).toBe(Boolean(reviewed));
      expect(Boolean(medical.lastReviewed)).toBe(Boolean(reviewed));
      // The clinic's sign-off: on the treatments it lists, with its clinician and day, and nowhere else.
      const forClinic = page.document.querySelector('[data-review-for="clinic"]');
      expect(Boolean(forClinic)).toBe(signedOff.has(treatmentOf(path)!));
      if (forClinic && brand.review) {
        expect(forClinic.textContent).toContain(brand.name);
        expect(forClinic.textContent).toContain(brand.review.by);
        expect(medical.reviewedBy.name).toBe(brand.review.by);
        expect(medical.lastReviewed).toBe(brand.review.date.toISOString().slice(0, 10));
      }
    },
  );

  it('names no reviewer on pages that are not guides', () => {
    for (const page of pages.filter((page) => !treatmentOf(page.path))) {
      expect(page.document.querySelector('[data-review-status="clinically-reviewed"]'), page.path).toBeNull();
      expect(page.html, page.path).not.toContain('reviewedBy');
    }
  });
});
