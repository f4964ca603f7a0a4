/**
 * A treatment date in a link: `#date=2026-03-03&time=15:00`. The fragment never reaches a server
 * or a Referer, so a clinic's printed QR code or a shared link can carry the date without it
 * leaving the reader's device. Old links put it in the query (`?date=`); those are read too,
 * and the page moves the date into the fragment.
 */
import { parseIsoDate, parseTime } from './treatment-date';

export interface LinkedDate {
  /** `YYYY-MM-DD`, as written; checked by the tracker like a typed date. */
  date: string;
  /** `HH:MM`, when the link has a valid one. */
  time?: string | undefined;
}

/** The date (and time) a URL carries in its fragment, or in its query for old links. */
export function linkedDate(url: URL): (LinkedDate & { fromQuery: boolean }) | undefined {
  const fragment = new URLSearchParams(url.hash.slice(1));
  const fromQuery = !fragment.has('date') && url.searchParams.has('date');
  const params = fromQuery ? url.searchParams : fragment;
  const date = params.get('date');
  if (date === null) return undefined;
  const time = params.get('time') ?? '';
  return { date: date.slice(0, 32), time: time && parseTime(time).ok ? time : undefined, fromQuery };
}

/** The URL an old `?date=` link should read as: the date (and time) moved into the fragment. */
export function moveDateToFragment(url: URL): URL {
  const linked = linkedDate(url);
  if (!linked?.fromQuery) return url;
  const moved = new URL(url);
  moved.searchParams.delete('date');
  moved.searchParams.delete('time');
  moved.hash = dateFragment(linked);
  return moved;
}

/** `date=2026-03-03&time=15:00`, for a link or a QR code; only a real date goes in. */
export function dateFragment({ date, time }: LinkedDate): string {
  if (!parseIsoDate(date).ok) return '';
  return new URLSearchParams(time ? { date, time } : { date }).toString();
}
