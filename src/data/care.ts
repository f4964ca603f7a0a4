/** A treatment's care cards (from its "when to get help" guide), durations written out. */
import type { Locale } from '../i18n/locales';
import type { CareCard } from '../schemas/guide';
import { resolveGuide } from './guides';
import { expandWindows } from './windows';

export interface CareCards {
  cards: CareCard[];
  /** The language the cards are written in (a fallback when not the reader's). */
  contentLocale: Locale;
}

export async function careCardsOf(locale: Locale, treatment: string): Promise<CareCards | undefined> {
  const urgent = await resolveGuide(locale, treatment, 'urgent');
  if (!urgent) return undefined;
  const expand = (text: string) => expandWindows(text, urgent.contentLocale, treatment);
  const cards = await Promise.all(
    urgent.data.care.map(async (card) => ({
      ...card,
      signs: await Promise.all(card.signs.map(expand)),
      ...(card.advice ? { advice: await expand(card.advice) } : {}),
    })),
  );
  return { cards, contentLocale: urgent.contentLocale };
}
