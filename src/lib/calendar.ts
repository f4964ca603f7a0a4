/**
 * Calendar dates and wall-clock times in a time zone, for the recovery tracker. Day 0 is the
 * treatment date on the reader's own calendar, and "day N" is N calendar days later, however
 * many hours that is: days are counted on dates (a spring-forward day has 23 hours, a fall-back
 * day 25), never as multiples of 24 hours. Time zones are IANA names; left out, the reader's own.
 */

/** A date on the (proleptic Gregorian) calendar, with no time zone: `{ year: 2026, month: 3, day: 8 }`. */
export interface CivilDate {
  year: number;
  /** 1 to 12. */
  month: number;
  /** 1 to 31. */
  day: number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Days since 1970-01-01. Pure date arithmetic: `Date.UTC` has no daylight-saving time. */
export function epochDay({ year, month, day }: CivilDate): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromEpochDay(days: number): CivilDate {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Calendar days from `from` to `to`: 1 from any date to the next, across any month or year end. */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return epochDay(to) - epochDay(from);
}

/** 28 to 31; February has 29 days in leap years (every 4th year, not centuries unless by 400). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same date `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: CivilDate, years: number): CivilDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** `2026-03-08`, as in `<input type="date">` and `?date=`. */
export function isoDate({ year, month, day }: CivilDate): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date and wall-clock time (minutes after midnight) at an instant in a time zone. */
export function zonedDateTime(instant: number, timeZone?: string): { date: CivilDate; minutes: number } {
  const key = timeZone ?? '';
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(key, format);
  }
  const parts: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) parts[type] = Number(value);
  return {
    date: { year: parts.year!, month: parts.month!, day: parts.day! },
    minutes: parts.hour! * 60 + parts.minute!,
  };
}

/** The offset of a zone from UTC at an instant, in milliseconds (whole minutes). */
function offsetAt(instant: number, timeZone?: string): number {
  const { date, minutes } = zonedDateTime(instant, timeZone);
  const floored = Math.floor(instant / MINUTE_MS) * MINUTE_MS;
  return Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS - floored;
}

/**
 * The instant at which the wall clock in `timeZone` shows `minutes` after midnight on `date`.
 * A time that happens twice (clocks going back) is its first occurrence; a time skipped when the
 * clocks go forward is read with the offset from before the change (02:30 → 03:30), as JavaScript's
 * `Date` and Temporal's "compatible" disambiguation do.
 */
export function instantAt(date: CivilDate, minutes: number, timeZone?: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  return candidates.length ? Math.min(...candidates) : wall - before;
}
