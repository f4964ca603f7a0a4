/**
 * The care signs a frightened patient must find, pinned in the English guides (the translations
 * keep the same cards and the same number of signs on each: facts-match.test.ts). Every treatment's
 * emergency card names a serious allergic reaction and a reaction to numbing cream; its same-day
 * card names an infection that spreads fast; the eye is never left out. Each treatment's own red
 * flag comes first on its card, so it is never buried (docs/clinical/<treatment>.md, "Care cards").
 * Mild swelling is normal after these treatments, so no emergency sign is plain swelling.
 */
import { describe, expect, it } from 'vitest';
import { readGuides } from '../helpers/content';

type Level = 'emergency' | 'now' | 'urgent' | 'routine';

const anaphylaxis = /lips, tongue or throat/i;
const numbingCream = /numbing cream.*(fit|seizure)|(fit|seizure).*numbing cream/i;
const spreadingInfection = /(fever|high temperature).*spread|spread.*(fever|high temperature)/i;
const eyes = /eye pain|your sight|loss of sight|vision|eyes need a check|eye check/i;

/** Each treatment's own red flag: the card it belongs on, and the first sign there. */
const redFlags: Record<string, { level: Level; first: RegExp }[]> = {
  'micro-needling': [{ level: 'emergency', first: anaphylaxis }],
  'chemical-peel': [{ level: 'emergency', first: /peel liquid in your eye/i }],
  'anti-wrinkle-injections': [{ level: 'emergency', first: /trouble swallowing/i }],
  'dermal-fillers': [
    { level: 'emergency', first: /change in your sight/i },
    { level: 'now', first: /turns white or pale/i },
  ],
  'laser-hair-removal': [{ level: 'emergency', first: /loss of sight/i }],
  'ipl-photofacial': [{ level: 'emergency', first: /loss of sight/i }],
};

const urgentGuides = readGuides().filter((guide) => guide.locale === 'en' && guide.kind === 'urgent');

it('every treatment has its red flags pinned here', () => {
  expect(urgentGuides.map((guide) => guide.treatment).sort()).toEqual(Object.keys(redFlags).sort());
});

describe.each(urgentGuides.map((guide) => [guide.treatment, guide] as const))('%s', (treatment, guide) => {
  const data = guide.data as { care: { level: Level; signs: string[] }[] };
  const signs = (level: Level) => data.care.find((card) => card.level === level)?.signs ?? [];
  const anywhereUrgent = [...signs('emergency'), ...signs('now'), ...signs('urgent')];

  it('calls the emergency number for a serious allergic reaction and a reaction to numbing cream', () => {
    expect(signs('emergency').some((sign) => anaphylaxis.test(sign))).toBe(true);
    expect(signs('emergency').some((sign) => numbingCream.test(sign))).toBe(true);
  });

  it('asks for help the same day for a fever or redness that spreads fast, and for the eyes', () => {
    expect(anywhereUrgent.some((sign) => spreadingInfection.test(sign))).toBe(true);
    expect(anywhereUrgent.some((sign) => eyes.test(sign))).toBe(true);
  });

  it('puts its own red flag first on its card', () => {
    for (const { level, first } of redFlags[treatment]!) expect(signs(level)[0], level).toMatch(first);
  });

  it('never sends mild swelling to the emergency number', () => {
    for (const sign of signs('emergency'))
      if (/swelling/i.test(sign)) expect(sign).toMatch(/lips, tongue or throat|trouble breathing/i);
  });
});
