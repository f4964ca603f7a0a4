/**
 * Strict reading of the treatment date and time, from the date input, a `?date=` link or the
 * device's storage. Anything else than a real date in range gives a typed problem, which the page
 * shows as a plain sentence in the reader's language next to the field.
 */
import { addYears, daysInMonth, epochDay, type CivilDate } from './calendar';

/** How far ahead a treatment can be booked, and how far back a recovery is still worth tracking. */
export const dateLimits = { yearsAhead: 1, yearsBack: 5 } as const;

export type DateProblem =
  /** Nothing entered. */
  | 'empty'
  /** Not written as YYYY-MM-DD. */
  | 'format'
  /** Written right, but no such day: 2027-02-29, 2026-13-01. */
  | 'impossible'
  /** More than `dateLimits.yearsAhead` years after today. */
  | 'tooFarAhead'
  /** More than `dateLimits.yearsBack` years before today. */
  | 'tooLongAgo';

export type TimeProblem = 'time';

export type Parsed<T, P> = { ok: true; value: T } | { ok: false; problem: P };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d{1,3})?)?$/;

/** `YYYY-MM-DD` as a real calendar date; no range check. */
export function parseIsoDate(input: string): Parsed<CivilDate, 'empty' | 'format' | 'impossible'> {
  if (!input) return { ok: false, problem: 'empty' };
  const match = datePattern.exec(input);
  if (!match) return { ok: false, problem: 'format' };
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, problem: 'impossible' };
  return { ok: true, value: { year, month, day } };
}

/** A treatment date: a real date, no more than a year ahead of `today` nor years before it. */
export function parseTreatmentDate(input: string, today: CivilDate): Parsed<CivilDate, DateProblem> {
  const parsed = parseIsoDate(input.trim());
  if (!parsed.ok) return parsed;
  const day = epochDay(parsed.value);
  if (day > epochDay(addYears(today, dateLimits.yearsAhead))) return { ok: false, problem: 'tooFarAhead' };
  if (day < epochDay(addYears(today, -dateLimits.yearsBack))) return { ok: false, problem: 'tooLongAgo' };
  return parsed;
}

/** `HH:MM` (seconds, as some time inputs send them, are ignored) as minutes after midnight; empty is no time. */
export function parseTime(input: string): Parsed<number | undefined, TimeProblem> {
  const value = input.trim();
  if (!value) return { ok: true, value: undefined };
  const match = timePattern.exec(value);
  if (!match) return { ok: false, problem: 'time' };
  return { ok: true, value: Number(match[1]) * 60 + Number(match[2]) };
}

/** `14:05` from minutes after midnight. */
export function isoTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
