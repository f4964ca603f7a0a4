/**
 * Text that states a duration names it instead: `{rule:make-up}` or `{phase:red-and-warm}`
 * become that window in the reader's words ("for the first 24 hours"), and `{phase:red-and-warm:end}`
 * the point where it ends ("day 2"). The number is written once, in the aftercare data, so a
 * clinic's override reaches every answer and care card.
 */
import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { describeEnd, describeWindow } from '../lib/window-text';
import { findWindow } from './guides';

const placeholder = /\{(rule|phase):([a-z0-9-]+)(:end)?\}/g;

/** The window of a rule or phase (or with `end`, where it ends), in words of its guide's language. */
export async function windowText(
  locale: Locale,
  treatment: string,
  type: 'rule' | 'phase',
  id: string,
  end = false,
): Promise<string> {
  const { window, contentLocale } = await findWindow(locale, treatment, type, id);
  if (end && !window.until)
    throw new Error(`A guide of "${treatment}" names the end of ${type} "${id}", which has no "until"`);
  const { key, values } = end ? describeEnd(window.until!) : describeWindow(window.from, window.until);
  return useTranslations(contentLocale)(key, values);
}

/** Replaces every `{rule:id}`, `{phase:id}` and `{…:id:end}` in a text. */
export async function expandWindows(text: string, locale: Locale, treatment: string): Promise<string> {
  const found = new Map<string, string>();
  for (const [match, type, id, end] of text.matchAll(placeholder))
    if (!found.has(match))
      found.set(match, await windowText(locale, treatment, type as 'rule' | 'phase', id!, Boolean(end)));
  return text.replace(placeholder, (match) => found.get(match)!);
}
