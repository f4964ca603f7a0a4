import { describe, expect, it } from 'vitest';
import { applyRuleOverrides } from '../../src/lib/overrides';
import { treatmentOverridesSchema } from '../../src/schemas/overrides';
import type { Rule } from '../../src/schemas/timeline';

const rules: Rule[] = [
  {
    id: 'make-up',
    action: 'avoid',
    text: 'Make-up',
    safety: true,
    from: { amount: 0, unit: 'hours' },
    until: { amount: 24, unit: 'hours' },
  },
  {
    id: 'retinol',
    action: 'avoid',
    text: 'Retinol',
    safety: false,
    from: { amount: 0, unit: 'hours' },
    until: { amount: 48, unit: 'hours' },
  },
  { id: 'coconut-oil', action: 'avoid', text: 'Coconut oil', safety: false, from: { amount: 0, unit: 'hours' } },
];
const overrides = treatmentOverridesSchema.parse({
  rules: { retinol: { until: '5d' } },
  dropRules: ['coconut-oil'],
  addRules: [{ id: 'no-alcohol', action: 'avoid', text: { en: 'Alcohol', es: 'Alcohol (bebidas)' }, until: '48h' }],
});

describe('clinic protocol overrides', () => {
  it('leave the rules alone when a clinic has none', () =>
    expect(applyRuleOverrides(rules, undefined, 'en', 'en')).toEqual(rules));

  it('change a window, drop a rule and add one, in order', () => {
    const result = applyRuleOverrides(rules, overrides, 'es', 'en');
    expect(result.map((rule) => rule.id)).toEqual(['make-up', 'retinol', 'no-alcohol']);
    expect(result[1]).toMatchObject({ from: { amount: 0, unit: 'hours' }, until: { amount: 5, unit: 'days' } });
    expect(result[2]).toMatchObject({
      text: 'Alcohol (bebidas)',
      action: 'avoid',
      until: { amount: 48, unit: 'hours' },
    });
  });

  it('take an added rule’s text from the clinic’s default language when a language lacks it', () =>
    expect(applyRuleOverrides(rules, overrides, 'ar', 'en')[2]?.text).toBe('Alcohol'));

  it('never change the guide’s own data', () => {
    applyRuleOverrides(rules, overrides, 'en', 'en');
    expect(rules[1]?.until).toEqual({ amount: 48, unit: 'hours' });
  });
});
