/**
 * The search UI's messages in the browser, without i18next: the page hands over its language's
 * templates (src/i18n/search.ts), and this fills in `{{query}}` and `{{count, number}}` and picks
 * the plural form with `Intl.PluralRules`, as i18next does on the server.
 */

/** One message per plural category the language uses (`one`, `other`; Arabic has six). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

export interface SearchMessages {
  /** "{{count, number}} answers for “{{query}}”", by plural form. */
  results: PluralForms;
  seeAll: string;
  none: string;
  searching: string;
  unavailable: string;
  allTreatments: string;
  allKinds: string;
}

/** Fills `{{name}}` and `{{name, number}}` placeholders; numbers in the language's digits and separators. */
export function fill(template: string, values: Record<string, string | number>, tag: string): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*number\s*)?\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(tag).format(value) : value;
  });
}

/** The plural form of `forms` for `count` in the language `tag`, filled in. */
export function plural(forms: PluralForms, count: number, values: Record<string, string | number>, tag: string) {
  const category = new Intl.PluralRules(tag).select(count);
  return fill(forms[category] ?? forms.other ?? '', { ...values, count }, tag);
}
