/**
 * Text that states a duration names it instead: `{rule:make-up}` or `{phase:red-and-warm}`
 * become that window in the reader's words ("for the first 24 hours"). The number is written
 * once, in the aftercare data, so a clinic's override reaches every answer and care card.
 */
import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { describeWindow } from '../lib/window-text';
import { findWindow } from './guides';

const placeholder = /\{(rule|phase):([a-z0-9-]+)\}/g;

/** The window of a rule or phase, in words of the language its guide is written in. */
export async function windowText(locale: Locale, treatment: string, type: 'rule' | 'phase', id: string) {
  const { window, contentLocale } = await findWindow(locale, treatment, type, id);
  const { key, values } = describeWindow(window.from, window.until);
  return useTranslations(contentLocale)(key, values);
}

/** Replaces every `{rule:id}` and `{phase:id}` in a text. */
export async function expandWindows(text: string, locale: Locale, treatment: string): Promise<string> {
  const found = new Map<string, string>();
  for (const [match, type, id] of text.matchAll(placeholder))
    if (!found.has(match)) found.set(match, await windowText(locale, treatment, type as 'rule' | 'phase', id!));
  return text.replace(placeholder, (match) => found.get(match)!);
}
