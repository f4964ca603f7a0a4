/**
 * How a rule's or phase's window reads: "for the first 24 hours", "for 7 days (days 0 to 6)",
 * "from day 1 to day 13". Returns a translation key and its values, so the wording lives in the
 * UI dictionaries and every duration shown comes from the data (and so from clinic overrides).
 */
import type { Duration } from '../schemas/duration';

export type WindowKey =
  | 'window.firstHours'
  | 'window.firstDays'
  | 'window.treatmentDay'
  | 'window.days'
  | 'window.day'
  | 'window.fromDay'
  | 'window.fromHours'
  | 'window.hours'
  | 'window.hoursToDay'
  | 'window.dayToHours'
  | 'window.always'
  | 'window.endDay'
  | 'window.endHours';

export interface WindowText {
  key: WindowKey;
  values: Record<string, number>;
}

/** Windows are half-open: `until: 7d` means the last day of the window is day 6. */
export function describeWindow(from: Duration, until?: Duration): WindowText {
  const starts = from.amount === 0;
  if (!until) {
    if (starts) return { key: 'window.always', values: {} };
    return from.unit === 'days'
      ? { key: 'window.fromDay', values: { from: from.amount } }
      : { key: 'window.fromHours', values: { count: from.amount } };
  }
  if (until.unit === 'hours') {
    if (starts) return { key: 'window.firstHours', values: { count: until.amount } };
    return from.unit === 'hours'
      ? { key: 'window.hours', values: { from: from.amount, until: until.amount } }
      : { key: 'window.dayToHours', values: { from: from.amount, until: until.amount } };
  }
  const last = until.amount - 1;
  if (starts && last === 0) return { key: 'window.treatmentDay', values: {} };
  if (starts) return { key: 'window.firstDays', values: { count: until.amount, last } };
  if (from.unit === 'hours') return { key: 'window.hoursToDay', values: { from: from.amount, to: last } };
  return last === from.amount
    ? { key: 'window.day', values: { day: last } }
    : { key: 'window.days', values: { from: from.amount, to: last } };
}

/**
 * Where a window ends, as a point to name in a sentence: "day 2" or "48 hours after your
 * treatment". Care signs say "redness that gets worse after day 2" this way, from the data.
 */
export function describeEnd(until: Duration): WindowText {
  return until.unit === 'days'
    ? { key: 'window.endDay', values: { day: until.amount } }
    : { key: 'window.endHours', values: { count: until.amount } };
}
