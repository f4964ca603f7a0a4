import { describe, expect, it } from 'vitest';
import { droppedSafetyItems } from '../../src/lib/safety-core';
import { guideSchema, type Guide } from '../../src/schemas/guide';

/** A valid guide of a kind, from its kind's own fields. */
const guide = (fields: Record<string, unknown>): Guide =>
  guideSchema.parse({
    title: 'A guide',
    description: 'For the test.',
    revision: 1,
    revised: '2026-11-01',
    review: { status: 'awaiting-clinical-review', lastChecked: '2026-11-01', nextCheck: '2027-11-01' },
    sources: [{ title: 'Source', publisher: 'NHS', year: 2026, url: 'https://www.nhs.uk/' }],
    ...fields,
  });
const step = (id: string, safety = false) => ({ id, text: id, safety });
const rule = (id: string, safety = false) => ({ id, action: 'avoid', text: id, safety, until: '24h' });
const card = (level: string) => ({ level, signs: ['A sign'] });

describe("a clinic's own page", () => {
  it('must keep the screening steps of the preparation it replaces, and may add its own', () => {
    const shared = guide({ kind: 'preparation', steps: [step('consultation'), step('cold-sores', true)] });
    expect(droppedSafetyItems(shared, guide({ kind: 'preparation', steps: [step('arrive-early')] }))).toEqual([
      'step "cold-sores"',
    ]);
    const keeps = guide({ kind: 'preparation', steps: [step('cold-sores'), step('arrive-early')] });
    expect(droppedSafetyItems(shared, keeps)).toEqual([]);
  });
  it('must keep the safety rules of the aftercare it replaces', () => {
    const phases = [{ id: 'red', from: '0d', until: '2d', title: 'Red', normal: ['Redness'] }];
    const shared = guide({ kind: 'aftercare', phases, rules: [rule('make-up', true), rule('coconut')] });
    expect(droppedSafetyItems(shared, guide({ kind: 'aftercare', phases, rules: [rule('coconut')] }))).toEqual([
      'rule "make-up"',
    ]);
  });
  it('must keep every level of care card', () => {
    const shared = guide({ kind: 'urgent', care: ['emergency', 'now', 'urgent', 'routine'].map(card) });
    const clinic = guide({ kind: 'urgent', care: ['emergency', 'urgent', 'routine'].map(card) });
    expect(droppedSafetyItems(shared, clinic)).toEqual(['care card "now"']);
  });
  it('must keep as many signs on each card as the page it replaces', () => {
    const signs = (level: string, count: number) => ({
      level,
      signs: Array.from({ length: count }, (_, i) => `Sign ${i}`),
    });
    const shared = guide({ kind: 'urgent', care: [signs('emergency', 3), signs('urgent', 2), signs('routine', 1)] });
    const fewer = guide({ kind: 'urgent', care: [signs('emergency', 2), signs('urgent', 4), signs('routine', 1)] });
    expect(droppedSafetyItems(shared, fewer)).toEqual(['1 of the 3 signs of care card "emergency"']);
    const more = guide({ kind: 'urgent', care: [signs('emergency', 3), signs('urgent', 2), signs('routine', 2)] });
    expect(droppedSafetyItems(shared, more)).toEqual([]);
  });
});
