/**
 * What the tracker needs to know about a treatment, read from its guides alone: the aftercare
 * guide's phases, rules and next session, and the preparation guide's steps.
 */
import type { Locale } from '../i18n/locales';
import { localizedPath } from '../lib/paths';
import type { PreparationStep } from '../schemas/guide';
import type { NextSession, Phase, Rule } from '../schemas/timeline';
import { resolveGuide, treatmentName } from './guides';
import { treatmentPage } from './pages';

export interface TrackerGuide {
  treatment: string;
  /** The treatment's name in the reader's language. */
  name: string;
  /** The treatment's aftercare page. */
  href: string;
  /** The language the aftercare guide is written in (a fallback when not the reader's). */
  contentLocale: Locale;
  phases: Phase[];
  rules: Rule[];
  nextSession?: NextSession | undefined;
  steps: PreparationStep[];
  stepsLocale: Locale;
}

/** The tracker's data for a treatment, or `undefined` when it has no aftercare guide. */
export async function trackerGuide(locale: Locale, treatment: string): Promise<TrackerGuide | undefined> {
  const aftercare = await resolveGuide(locale, treatment, 'aftercare');
  if (!aftercare) return undefined;
  const preparation = await resolveGuide(locale, treatment, 'preparation');
  return {
    treatment,
    name: await treatmentName(locale, treatment),
    href: localizedPath(import.meta.env.BASE_URL, locale, treatmentPage(treatment, 'aftercare')),
    contentLocale: aftercare.contentLocale,
    phases: aftercare.data.phases,
    rules: aftercare.data.rules,
    nextSession: aftercare.data.nextSession,
    steps: preparation?.data.steps ?? [],
    stepsLocale: preparation?.contentLocale ?? aftercare.contentLocale,
  };
}
