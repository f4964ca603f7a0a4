/**
 * What the clinic's handout page can print: for each treatment, one block of its plan per
 * language the content is written in (a language that lacks the treatment's guides is served by
 * its fallback's block), with the rules after the clinic's overrides, the phases and the care
 * cards, and where the patient's QR code leads in each of the clinic's languages.
 */
import { brand } from 'virtual:aftercare/brand';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { localeTag, type Locale } from '../i18n/locales';
import { careCardsOf, type CareCards } from './care';
import { treatmentPage } from './pages';
import { timelineOf, type Timeline } from './timeline';

export interface HandoutBlock {
  treatment: string;
  /** The language the block is written in. */
  contentLocale: Locale;
  /** The clinic's languages this block serves: its own, and those that fall back to it. */
  serves: Locale[];
  timeline: Timeline;
  care: CareCards | undefined;
}

export interface HandoutTreatment {
  id: string;
  /** The name in the page's language. */
  name: string;
  /** The aftercare page the QR code opens, on the clinic's origin and base path, per patient language. */
  targets: Partial<Record<Locale, string>>;
  blocks: HandoutBlock[];
}

/** Every treatment of the clinic that has an aftercare guide, with its blocks. */
export async function handoutTreatments(locale: Locale): Promise<HandoutTreatment[]> {
  const treatments: HandoutTreatment[] = [];
  for (const id of brand.treatments) {
    const blocks = new Map<Locale, HandoutBlock>();
    for (const reader of brand.locales) {
      const timeline = await timelineOf(reader, id);
      if (!timeline) continue;
      const block = blocks.get(timeline.contentLocale);
      if (block) block.serves.push(reader);
      else
        blocks.set(timeline.contentLocale, {
          treatment: id,
          contentLocale: timeline.contentLocale,
          serves: [reader],
          timeline,
          care: await careCardsOf(reader, id),
        });
    }
    if (!blocks.size) continue;
    const own = await timelineOf(locale, id);
    const targets = Object.fromEntries(
      brand.locales.map((reader) => [reader, getAbsoluteLocaleUrl(localeTag(reader), treatmentPage(id, 'aftercare'))]),
    );
    treatments.push({ id, name: own?.name ?? id, targets, blocks: [...blocks.values()] });
  }
  return treatments;
}
