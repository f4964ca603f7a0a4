/** A treatment's care cards (from its "when to get help" guide), durations written out. */
import type { Locale } from '../i18n/locales';
import type { CareCard } from '../schemas/guide';
import { resolveGuide } from './guides';
import { expandWindows } from './windows';

export async function careCardsOf(locale: Locale, treatment: string): Promise<CareCard[] | undefined> {
  const urgent = await resolveGuide(locale, treatment, 'urgent');
  if (!urgent) return undefined;
  return Promise.all(
    urgent.data.care.map(async (card) => ({
      ...card,
      signs: await Promise.all(card.signs.map((sign) => expandWindows(sign, urgent.contentLocale, treatment))),
    })),
  );
}
