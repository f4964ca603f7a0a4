/** Dates in the reader's language through `Intl`, never hand-made. */

/** A calendar date from frontmatter (stored as UTC midnight), e.g. "26 November 2026". */
export function formatCalendarDate(date: Date, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The name of a language in another language: `es` in French is "espagnol". */
export function languageName(tag: string, inTag: string): string {
  return new Intl.DisplayNames([inTag], { type: 'language' }).of(tag) ?? tag;
}

/**
 * A treatment's name without the explanation in brackets at its end ("Fotorrejuvenecimiento IPL
 * (luz pulsada intensa)" → "Fotorrejuvenecimiento IPL"), for where the page's title has already
 * explained it and a phone has little room: the tracker's day heading and calendar events.
 */
export function withoutGloss(name: string): string {
  const plain = name.replace(/\s*[(（][^()（）]*[)）]$/u, '').trim();
  return plain || name;
}

/**
 * A treatment's name as it reads inside a sentence ("after your chemical peel"): the first
 * letter in lower case, unless the name is an abbreviation ("IPL") or has no letter case.
 */
export function inSentence(name: string, tag: string): string {
  const [first = '', second = ''] = name;
  const isLower = (char: string) => char !== char.toLocaleUpperCase(tag) && char === char.toLocaleLowerCase(tag);
  return isLower(second) ? first.toLocaleLowerCase(tag) + name.slice(first.length) : name;
}

/**
 * The tag dates and times are written with: the language in the clinic's country (`en` in `GB`
 * → `en-GB`: "27 November 2026", "15:00"). A tag that names its own region keeps it (`zh-CN`).
 */
export function regionalTag(tag: string, region: string | undefined): string {
  if (!region || tag.includes('-')) return tag;
  const regional = `${tag}-${region}`;
  return Intl.DateTimeFormat.supportedLocalesOf([regional]).length ? regional : tag;
}
