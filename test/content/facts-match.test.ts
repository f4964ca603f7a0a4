import { describe, expect, it } from 'vitest';
import type { GuideOf } from '../../src/schemas/guide';
import { readGuides, type GuideFile } from '../helpers/content';
import { checkTranslations, compareWithSource } from '../helpers/facts-match';
import { checkTranslations as buildCheck, translationError } from '../../src/data/translation-facts';

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

describe('what the build says about a translation that drops an id', () => {
  const english = (kind: string) =>
    guides.find((g) => g.locale === 'en' && g.treatment === 'micro-needling' && g.kind === kind)!;
  const spanish = (guide: GuideFile, data: GuideFile['data']): GuideFile => ({
    ...guide,
    locale: 'es',
    file: guide.file.replace('/en/', '/es/'),
    data,
  });

  it('names the file and every missing rule, phase, care sign and question, and leaves a stale one to a warning', () => {
    const aftercare = english('aftercare');
    const urgent = english('urgent');
    const faq = english('faq');
    const after = aftercare.data as GuideOf<'aftercare'>;
    const cards = urgent.data as GuideOf<'urgent'>;
    const questions = faq.data as GuideOf<'faq'>;
    const translations = [
      spanish(aftercare, {
        ...after,
        rules: after.rules.filter((rule) => rule.id !== 'make-up'),
        phases: after.phases.slice(1),
        translation: { from: 'en', method: 'machine', clinicallyReviewed: false, sourceRevision: after.revision - 1 },
      }),
      spanish(urgent, {
        ...cards,
        care: cards.care.map((card) => (card.level === 'urgent' ? { ...card, signs: card.signs.slice(1) } : card)),
      }),
      spanish(faq, { ...questions, questions: questions.questions.filter((q) => q.id !== 'make-up') }),
    ];
    const found = buildCheck([aftercare, urgent, faq, ...translations]);
    const firstPhase = after.phases[0]!.id;
    const urgentSigns = cards.care.find((card) => card.level === 'urgent')!.signs.length;
    expect(
      translationError(found.differences)
        .replaceAll(`"${firstPhase}"`, '"<first phase>"')
        .replace(/from [^,\n]*until [^)\n]*\)/g, 'from … until …)')
        .replaceAll(`${urgentSigns - 1} signs`, '<n - 1> signs')
        .replaceAll(`${urgentSigns} signs`, '<n> signs'),
    ).toMatchInlineSnapshot(`
      "Translations say something other than the English guide: fix the translation, or the English page, so their ids, windows and signs match.
        - content/guides/es/micro-needling/aftercare.mdx (compared with content/guides/en/micro-needling/aftercare.mdx): rule "make-up" is missing (English: avoid (safety), from … until …)
        - content/guides/es/micro-needling/aftercare.mdx (compared with content/guides/en/micro-needling/aftercare.mdx): phase "<first phase>" is missing (English: from … until …)
        - content/guides/es/micro-needling/urgent.mdx (compared with content/guides/en/micro-needling/urgent.mdx): care card "urgent" is <n - 1> signs, the English page says <n> signs
        - content/guides/es/micro-needling/faq.mdx (compared with content/guides/en/micro-needling/faq.mdx): question "make-up" is missing (English: about daily-life)"
    `);
    expect(found.stale).toHaveLength(after.revision > 1 ? 1 : 0);
  });
});
