import { describe, expect, it } from 'vitest';
import type { GuideOf } from '../../src/schemas/guide';
import { readGuides, type GuideFile } from '../helpers/content';
import { checkTranslations, compareWithSource } from '../helpers/facts-match';

const guides = readGuides();

describe('translations say what the English guides say', () => {
  it('every translated guide has the same rules, phases, questions, care levels and steps, and is not stale', () => {
    expect(checkTranslations(guides)).toEqual([]);
  });
});

describe('the comparison', () => {
  const aftercare = guides.find((guide) => guide.locale === 'en' && guide.kind === 'aftercare')!;
  const data = aftercare.data as GuideOf<'aftercare'>;
  const [first, ...rest] = data.rules;

  /** An in-memory Spanish copy of the English aftercare guide, changed by `change`. */
  function fakeTranslation(change: (copy: GuideOf<'aftercare'>) => GuideOf<'aftercare'>): GuideFile {
    const copy: GuideOf<'aftercare'> = {
      ...structuredClone(data),
      translation: { from: 'en', method: 'professional', clinicallyReviewed: false, sourceRevision: data.revision },
    };
    return { ...aftercare, locale: 'es', file: 'content/guides/es/micro-needling/aftercare.mdx', data: change(copy) };
  }

  it('passes a faithful translation', () => {
    expect(
      compareWithSource(
        aftercare,
        fakeTranslation((copy) => copy),
      ),
    ).toEqual([]);
  });

  it('fails a translation whose rules and phases differ, or whose source has changed, naming the file and each difference', () => {
    const translation = fakeTranslation((copy) => ({
      ...copy,
      rules: [{ ...first!, until: { amount: 12, unit: 'hours' } }, ...rest.slice(1)],
      phases: [...copy.phases, { ...copy.phases[0]!, id: 'extra-phase' }],
    }));
    // The English page has changed since: its revision is one ahead of the translation's record.
    const source = { ...aftercare, data: { ...data, revision: data.revision + 1 } };
    const problems = compareWithSource(source, translation);
    expect(problems.every((problem) => problem.startsWith('content/guides/es/micro-needling/aftercare.mdx'))).toBe(
      true,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`rule "${first!.id}" is ${first!.action}`),
        expect.stringContaining(`rule "${rest[0]!.id}" is missing`),
        expect.stringContaining('phase "extra-phase" is not in the English page'),
        expect.stringContaining('stale translation'),
      ]),
    );
  });

  it('reports a translated page that has no English original', () => {
    const orphan = { ...fakeTranslation((copy) => copy), treatment: 'no-such-treatment' };
    expect(checkTranslations([aftercare, orphan])).toEqual([expect.stringContaining('has no English page to match')]);
  });
});
