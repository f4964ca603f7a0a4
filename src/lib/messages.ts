/**
 * UI messages in the browser, without i18next: each island (the tracker, search) gets one JSON
 * object of its language's messages, written by the build (src/i18n/island.ts,
 * `/<lang>/messages.json`), and says them through `say`: it fills in `{{name}}` and
 * `{{name, number}}` and picks the plural form with `Intl.PluralRules`, which follows the same
 * CLDR rules as i18next on the server.
 */

/** One message per plural category the language uses (`one`, `other`; Arabic has six). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/** A message, or its plural forms. */
export type Messages = Record<string, string | PluralForms>;

type Values = Record<string, string | number>;

/** Fills `{{name}}` and `{{name, number}}` placeholders; numbers in the language's digits and separators. */
export function fill(template: string, values: Values, tag: string): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*number\s*)?\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(tag).format(value) : value;
  });
}

/** The message `key`, filled in; a plural message takes its form from `values.count`. */
export function say(messages: Messages, key: string, values: Values = {}, tag: string): string {
  const message = messages[key];
  if (message === undefined) return key;
  if (typeof message === 'string') return fill(message, values, tag);
  const count = typeof values.count === 'number' ? values.count : 0;
  return fill(message[new Intl.PluralRules(tag).select(count)] ?? message.other ?? '', values, tag);
}
