/**
 * A treatment's recovery, as its aftercare page shows it and the tracker runs it: the aftercare
 * guide's phases, rules (after the clinic's overrides) and next session, with the preparation
 * steps that have a time before the treatment (for the countdown), windows in text written out.
 */
import type { Locale } from '../i18n/locales';
import type { PreparationStep } from '../schemas/guide';
import type { NextSession, Phase, Rule } from '../schemas/timeline';
import { resolveGuide, treatmentName } from './guides';
import { expandWindows } from './windows';

export interface Timeline {
  treatment: string;
  /** The treatment's name in the reader's language. */
  name: string;
  /** The language the aftercare guide is written in (a fallback when not the reader's). */
  contentLocale: Locale;
  phases: Phase[];
  rules: Rule[];
  nextSession?: NextSession | undefined;
  /** Preparation steps with a time before the treatment, for the days before it. */
  steps: PreparationStep[];
  stepsLocale: Locale;
}

/** The recovery of a treatment, or `undefined` when it has no aftercare guide. */
export async function timelineOf(locale: Locale, treatment: string): Promise<Timeline | undefined> {
  const aftercare = await resolveGuide(locale, treatment, 'aftercare');
  if (!aftercare) return undefined;
  const preparation = await resolveGuide(locale, treatment, 'preparation');
  const { nextSession } = aftercare.data;
  return {
    treatment,
    name: await treatmentName(locale, treatment),
    contentLocale: aftercare.contentLocale,
    phases: aftercare.data.phases,
    rules: aftercare.data.rules,
    nextSession: nextSession && {
      ...nextSession,
      text: await expandWindows(nextSession.text, aftercare.contentLocale, treatment),
    },
    steps: (preparation?.data.steps ?? []).filter((step) => step.before),
    stepsLocale: preparation?.contentLocale ?? aftercare.contentLocale,
  };
}
