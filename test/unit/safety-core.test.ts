import { describe, expect, it } from 'vitest';
import { droppedSafetyItems } from '../../src/lib/safety-core';
import type { Guide } from '../../src/schemas/guide';

const governance = {
  title: 't',
  description: 'd',
  revision: 1,
  revised: new Date('2026-11-01'),
  review: { status: 'awaiting-clinical-review', lastChecked: new Date(), nextCheck: new Date() },
  sources: [],
} as const;
const step = (id: string, safety = false) => ({ id, text: id, safety });
const rule = (id: string, safety = false) => ({
  id,
  action: 'avoid' as const,
  text: id,
  safety,
  from: { amount: 0, unit: 'hours' as const },
});

describe("a clinic's own page", () => {
  it('must keep the screening steps of the preparation it replaces, and may add its own', () => {
    const shared = { ...governance, kind: 'preparation', steps: [step('consultation'), step('cold-sores', true)] };
    const clinic = { ...governance, kind: 'preparation', steps: [step('arrive-early')] };
    expect(droppedSafetyItems(shared as Guide, clinic as Guide)).toEqual(['step "cold-sores"']);
    const keeps = { ...clinic, steps: [step('cold-sores'), step('arrive-early')] };
    expect(droppedSafetyItems(shared as Guide, keeps as Guide)).toEqual([]);
  });
  it('must keep the safety rules of the aftercare it replaces', () => {
    const shared = { ...governance, kind: 'aftercare', phases: [], rules: [rule('make-up', true), rule('coconut')] };
    const clinic = { ...shared, rules: [rule('coconut')] };
    expect(droppedSafetyItems(shared as Guide, clinic as Guide)).toEqual(['rule "make-up"']);
  });
  it('must keep every level of care card', () => {
    const card = (level: string) => ({ level, signs: ['x'] });
    const shared = { ...governance, kind: 'urgent', care: ['emergency', 'now', 'urgent', 'routine'].map(card) };
    const clinic = { ...shared, care: ['emergency', 'urgent', 'routine'].map(card) };
    expect(droppedSafetyItems(shared as Guide, clinic as Guide)).toEqual(['care card "now"']);
  });
});
