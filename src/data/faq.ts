/**
 * FAQ answers as a page shows them. An answer states a duration as `{rule:make-up}`, which
 * becomes that rule's window in the reader's words ("for the first 24 hours"): the number is
 * written once, in the aftercare rules, so a clinic's override reaches every answer.
 */
import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { describeWindow } from '../lib/window-text';
import type { Question } from '../schemas/guide';
import { findRule, resolveGuide, type ResolvedGuide } from './guides';

const placeholder = /\{rule:([a-z0-9-]+)\}/g;

/** Replaces every `{rule:id}` in a Markdown answer with the rule's window. */
export async function expandRuleWindows(markdown: string, locale: Locale, treatment: string): Promise<string> {
  const ids = [...new Set([...markdown.matchAll(placeholder)].map((match) => match[1]!))];
  const windows = new Map<string, string>();
  for (const id of ids) {
    const { rule, contentLocale } = await findRule(locale, treatment, id);
    const { key, values } = describeWindow(rule.from, rule.until);
    windows.set(id, useTranslations(contentLocale)(key, values));
  }
  return markdown.replace(placeholder, (_, id: string) => windows.get(id)!);
}

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
      answer: await expandRuleWindows(question.answer, faq.contentLocale, treatment),
    })),
  );
  return { ...faq, questions };
}
