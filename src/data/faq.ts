/** FAQ answers as a page shows them, with `{rule:…}`/`{phase:…}` windows written out. */
import type { Locale } from '../i18n/locales';
import type { Question } from '../schemas/guide';
import { resolveGuide, type ResolvedGuide } from './guides';
import { expandWindows } from './windows';

/** A treatment's FAQ in the reader's language (or its fallback), answers expanded. */
export async function faqOf(
  locale: Locale,
  treatment: string,
): Promise<(ResolvedGuide<'faq'> & { questions: Question[] }) | undefined> {
  const faq = await resolveGuide(locale, treatment, 'faq');
  if (!faq) return undefined;
  const questions = await Promise.all(
    faq.data.questions.map(async (question) => ({
      ...question,
      answer: await expandWindows(question.answer, faq.contentLocale, treatment),
    })),
  );
  return { ...faq, questions };
}
