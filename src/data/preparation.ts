/** A treatment's preparation steps, soonest-starting first, windows in their text written out. */
import type { Locale } from '../i18n/locales';
import { approximateHours } from '../schemas/duration';
import type { PreparationStep } from '../schemas/guide';
import { resolveGuide } from './guides';
import { expandWindows } from './windows';

export interface Preparation {
  steps: PreparationStep[];
  contentLocale: Locale;
}

export async function preparationOf(locale: Locale, treatment: string): Promise<Preparation | undefined> {
  const preparation = await resolveGuide(locale, treatment, 'preparation');
  if (!preparation?.data.steps) return undefined;
  const { contentLocale } = preparation;
  const expand = (text: string) => expandWindows(text, contentLocale, treatment);
  const hoursBefore = (step: PreparationStep) => (step.before ? approximateHours(step.before) : 0);
  const steps = await Promise.all(
    [...preparation.data.steps]
      .sort((a, b) => hoursBefore(b) - hoursBefore(a))
      .map(async (step) => ({
        ...step,
        text: await expand(step.text),
        ...(step.detail ? { detail: await expand(step.detail) } : {}),
      })),
  );
  return { steps, contentLocale };
}
