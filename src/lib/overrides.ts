/**
 * Applies a clinic's protocol to a guide's rules: new windows, added rules, dropped rules. Every
 * consumer (timeline, tracker, calendar, prose and FAQ durations) reads rules after this, so an
 * override reaches every place a duration appears.
 */
import type { Locale } from '../i18n/locales';
import type { TreatmentOverrides } from '../schemas/overrides';
import type { Rule } from '../schemas/timeline';
import { approximateHours } from '../schemas/duration';

/** The rules a clinic's readers of `locale` see; `fallback` supplies text a language lacks. */
export function applyRuleOverrides(
  rules: readonly Rule[],
  overrides: TreatmentOverrides | undefined,
  locale: Locale,
  fallback: Locale,
): Rule[] {
  if (!overrides) return [...rules];
  const pick = (texts: Partial<Record<Locale, string>> | undefined) => texts?.[locale] ?? texts?.[fallback];
  const kept = rules
    .filter((rule) => !overrides.dropRules.includes(rule.id))
    .map((rule) => {
      const change = overrides.rules[rule.id];
      return change ? { ...rule, from: change.from ?? rule.from, until: change.until ?? rule.until } : rule;
    });
  const added = overrides.addRules.map(({ text, detail, afterwards, ...rule }): Rule => ({
    ...rule,
    text: pick(text) ?? rule.id,
    ...(pick(detail) ? { detail: pick(detail) } : {}),
    ...(pick(afterwards) ? { afterwards: pick(afterwards) } : {}),
  }));
  return [...kept, ...added];
}

/** What is wrong with a clinic's overrides of a guide's rules, as [path, message] pairs. */
export function overrideProblems(
  rules: readonly Rule[],
  overrides: TreatmentOverrides,
): [(string | number)[], string][] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const known = [...byId.keys()].join(', ');
  const problems: [(string | number)[], string][] = [];
  for (const [id, change] of Object.entries(overrides.rules)) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push([['rules', id], `the guide has no rule "${id}": use one of ${known}`]);
      continue;
    }
    const from = change.from ?? rule.from;
    const until = change.until ?? rule.until;
    if (until && approximateHours(until) <= approximateHours(from))
      problems.push([['rules', id, 'until'], 'must end after it starts: make "until" later than "from"']);
  }
  overrides.dropRules.forEach((id, index) => {
    if (!byId.has(id)) problems.push([['dropRules', index], `the guide has no rule "${id}": use one of ${known}`]);
  });
  overrides.addRules.forEach((rule, index) => {
    if (byId.has(rule.id))
      problems.push([
        ['addRules', index, 'id'],
        `"${rule.id}" is already a rule of the guide: change its window under "rules" instead, or pick a new id`,
      ]);
  });
  return problems;
}
