/**
 * The data layer (src/data) on known guides: the reader's language or its fallback, a clinic's
 * own pages and protocol over the shared guides, windows written out in text, and the errors a
 * wrong id or a clinic page without its safety items give.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setGuides } from '../mocks/astro-content';
import { brand } from '../mocks/brand';

const governance = {
  revision: 1,
  revised: '2026-11-01',
  review: { status: 'awaiting-clinical-review', lastChecked: '2026-11-01', nextCheck: '2027-11-01' },
  sources: [{ title: 'Source', publisher: 'NHS', year: 2026, url: 'https://www.nhs.uk/' }],
};
const aftercare = (title: string, extra: Record<string, unknown> = {}) => ({
  kind: 'aftercare',
  title,
  description: 'd',
  ...governance,
  phases: [{ id: 'red', from: '0d', until: '2d', title: 'Red', normal: ['Redness'] }],
  rules: [
    { id: 'make-up', action: 'avoid', text: 'Make-up', until: '24h', safety: true },
    { id: 'retinol', action: 'avoid', text: 'Retinol', until: '48h' },
  ],
  ...extra,
});
const faq = (answer: string) => ({
  kind: 'faq',
  title: 'Questions',
  description: 'd',
  ...governance,
  questions: [{ id: 'make-up', topic: 'daily-life', question: 'Make-up?', answer }],
});

/** src/data fresh for each test: its guide index is read once per build. */
const data = async () => {
  vi.resetModules();
  return {
    guides: await import('../../src/data/guides'),
    faq: await import('../../src/data/faq'),
    windows: await import('../../src/data/windows'),
  };
};

beforeEach(() => {
  Object.assign(brand, { overrides: {}, defaultLocale: 'en', locales: ['en', 'es', 'fr'] });
  setGuides({
    'guides/en/peel/aftercare': aftercare('Aftercare'),
    'guides/es/peel/aftercare': aftercare('Cuidados', {
      translation: { from: 'en', method: 'machine', clinicallyReviewed: false, sourceRevision: 1 },
    }),
    'guides/en/peel/faq': faq('Not {rule:make-up}. Red {phase:red}, fine from {phase:red:end}.'),
  });
});

describe('a guide in the reader’s language', () => {
  it('is the reader’s own when it exists, else the fallback, marked as such', async () => {
    const { guides } = await data();
    expect((await guides.resolveGuide('es', 'peel', 'aftercare'))?.data.title).toBe('Cuidados');
    const french = await guides.resolveGuide('fr', 'peel', 'aftercare');
    expect(french).toMatchObject({ contentLocale: 'en', isFallback: true });
    expect(await guides.resolveGuide('fr', 'peel', 'about')).toBeUndefined();
    expect(await guides.nativeLocales('peel', 'aftercare')).toEqual(['en', 'es']);
  });

  it('falls back to the clinic’s default language before English', async () => {
    setGuides({
      'guides/en/peel/aftercare': aftercare('Aftercare'),
      'guides/es/peel/aftercare': aftercare('Cuidados'),
    });
    Object.assign(brand, { defaultLocale: 'es' });
    const { guides } = await data();
    expect((await guides.resolveGuide('fr', 'peel', 'aftercare'))?.contentLocale).toBe('es');
  });
});

describe('a clinic’s copy', () => {
  it('applies the clinic’s protocol to every language’s rules', async () => {
    Object.assign(brand, {
      overrides: { peel: { rules: { retinol: { until: { amount: 5, unit: 'days' } } }, addRules: [], dropRules: [] } },
    });
    const { guides, faq } = await data();
    const rules = (await guides.resolveGuide('es', 'peel', 'aftercare'))!.data;
    expect(rules.kind === 'aftercare' && rules.rules.find((rule) => rule.id === 'retinol')?.until).toEqual({
      amount: 5,
      unit: 'days',
    });
    expect((await faq.faqOf('en', 'peel'))?.questions[0]?.answer).toBe(
      'Not for the first 24 hours. Red for 2 days (days 0 to 1), fine from day 2.',
    );
  });

  it('replaces a shared page with its own, which must keep the safety items', async () => {
    setGuides({
      'guides/en/peel/aftercare': aftercare('Aftercare'),
      'brands/test/pages/en/peel/aftercare': aftercare('Our aftercare', {
        rules: [{ id: 'retinol', action: 'avoid', text: 'Retinol', until: '48h' }],
      }),
    });
    const { guides } = await data();
    await expect(guides.resolveGuide('en', 'peel', 'aftercare')).rejects.toThrow(
      'content/brands/test/pages/en/peel/aftercare.mdx replaces content/guides/en/peel/aftercare.mdx but leaves out its safety items: rule "make-up". Keep each of them (in your own words, with the same id), and add your own.',
    );
  });
});

describe('windows named in text', () => {
  it('stop the build on an id the aftercare guide lacks, listing the ones it has', async () => {
    const { windows } = await data();
    await expect(windows.expandWindows('{rule:sauna}', 'en', 'peel')).rejects.toThrow(
      'A guide of "peel" names rule "sauna", which its aftercare guide does not have. rules: make-up, retinol',
    );
    await expect(windows.expandWindows('{rule:retinol:end}', 'en', 'peel')).resolves.toBe(
      '48 hours after your treatment',
    );
  });
});
