/**
 * A clinic's own protocol, over the shared guides: change a rule's window ("we pause retinol for
 * 5 days, not 2"), add a rule, drop a rule. Keyed by treatment, then by rule id, so an override
 * names exactly what it changes; src/lib/brand.ts checks those ids exist.
 */
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { durationSchema } from './timeline';
import { expected, slug, strictObject, textPerLanguage } from './fields';

/** Text in each of the clinic's languages: `{ en: "...", es: "..." }`. */
function perLanguage(example: string) {
  return textPerLanguage(localeCodes as [Locale, ...Locale[]], example);
}

/** A new window for an existing rule; what is left out stays as the guide has it. */
export const windowOverrideSchema = strictObject({
  /** e.g. `0h` */
  from: durationSchema.optional(),
  /** e.g. `5d` */
  until: durationSchema.optional(),
}).refine((window) => window.from || window.until, { error: 'is empty: give a new "from", "until" or both' });

/** A rule the clinic adds, written in each of its languages. */
export const addedRuleSchema = strictObject({
  id: slug('no-alcohol'),
  action: z.enum(['avoid', 'do'], { error: expected('"avoid" or "do"') }),
  text: perLanguage('Alcohol'),
  detail: perLanguage('It widens blood vessels and can make redness worse.').optional(),
  afterwards: perLanguage('Drink in moderation.').optional(),
  from: durationSchema.default({ amount: 0, unit: 'hours' }),
  until: durationSchema.optional(),
  /** A rule whose neglect risks harm: first in the day's summary (src/schemas/timeline.ts). */
  safety: z.boolean({ error: expected('true or false') }).default(false),
});

export const treatmentOverridesSchema = strictObject({
  /** New windows for the guide's rules, by rule id: `retinol-vitamin-c: { until: 5d }`. */
  rules: z.record(slug('retinol-vitamin-c'), windowOverrideSchema).default({}),
  /** Rules the clinic adds to the guide's. */
  addRules: z.array(addedRuleSchema, { error: expected('a list of rules') }).default([]),
  /** Rule ids the clinic does not use. */
  dropRules: z.array(slug('coconut-oil'), { error: expected('a list of rule ids') }).default([]),
});

/** Overrides by treatment: `{ chemical-peel: { rules: ..., addRules: ..., dropRules: ... } }`. */
export const overridesSchema = z.record(slug('chemical-peel'), treatmentOverridesSchema).default({});

export type TreatmentOverrides = z.infer<typeof treatmentOverridesSchema>;
export type AddedRule = z.infer<typeof addedRuleSchema>;
