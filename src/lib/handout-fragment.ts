/**
 * What a clinic's handout page is filled in with, in its URL's fragment:
 * `#treatment=micro-needling&date=2026-03-03&time=15:00&lang=ar`. A clinic can bookmark a
 * pre-filled link; the fragment never reaches a server, so neither does the date.
 */
export interface HandoutChoice {
  treatment?: string | undefined;
  /** `YYYY-MM-DD`, checked by the page like a typed date. */
  date?: string | undefined;
  /** `HH:MM`. */
  time?: string | undefined;
  /** The patient's language, e.g. `ar`. */
  lang?: string | undefined;
}

const fields = ['treatment', 'date', 'time', 'lang'] as const;

/** The choice a fragment (`#…`, with or without its `#`) holds; anything unknown or overlong is ignored. */
export function readHandoutFragment(hash: string): HandoutChoice {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const choice: HandoutChoice = {};
  for (const field of fields) {
    const value = params.get(field);
    if (value && value.length <= 32) choice[field] = value;
  }
  return choice;
}

/** The fragment for a choice, without its `#`: only the fields that are set, in a fixed order. */
export function handoutFragment(choice: HandoutChoice): string {
  const params = new URLSearchParams();
  for (const field of fields) if (choice[field]) params.set(field, choice[field]);
  return params.toString();
}
