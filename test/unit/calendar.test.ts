import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addYears,
  daysBetween,
  daysInMonth,
  epochDay,
  fromEpochDay,
  instantAt,
  isoDate,
  zonedDateTime,
} from '../../src/lib/calendar';
import { nowIn } from '../../src/lib/recovery';
import { civilDate, d, minutes, zone } from '../helpers/arbitraries';

const at = (iso: string) => Date.parse(iso);
/** The recovery day of an instant, for a treatment on `date` in `timeZone`. */
const dayOf = (date: string, instant: string, timeZone: string) => nowIn({ date: d(date), timeZone }, at(instant)).day;

describe('calendar dates', () => {
  it('counts days across month and year ends', () => {
    expect(daysBetween(d('2026-01-31'), d('2026-02-01'))).toBe(1);
    expect(daysBetween(d('2026-12-31'), d('2027-01-01'))).toBe(1);
    expect(daysBetween(d('2026-03-01'), d('2026-02-26'))).toBe(-3);
    expect(isoDate(addDays(d('2026-12-25'), 14))).toBe('2027-01-08');
  });

  it('knows leap days', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isoDate(addDays(d('2028-02-28'), 1))).toBe('2028-02-29');
    expect(isoDate(addDays(d('2028-02-29'), 1))).toBe('2028-03-01');
    expect(daysBetween(d('2028-02-28'), d('2028-03-01'))).toBe(2);
    expect(isoDate(addYears(d('2028-02-29'), 1))).toBe('2029-02-28');
    expect(isoDate(addYears(d('2028-02-29'), -4))).toBe('2024-02-29');
  });

  it('round-trips dates through day numbers', () => {
    fc.assert(
      fc.property(civilDate, (date) => {
        expect(fromEpochDay(epochDay(date))).toEqual(date);
      }),
    );
  });

  it('day N + 1 is the calendar day after day N', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: -400, max: 400 }), (date, n) => {
        const dayN = addDays(date, n);
        const next = addDays(date, n + 1);
        expect(daysBetween(date, dayN)).toBe(n);
        expect(daysBetween(dayN, next)).toBe(1);
        // The next date on the calendar: the same month's next day, or the 1st of the next month.
        if (dayN.day < daysInMonth(dayN.year, dayN.month)) expect(next).toEqual({ ...dayN, day: dayN.day + 1 });
        else expect(next.day).toBe(1);
      }),
    );
  });
});

describe('wall clocks in a time zone', () => {
  it('finds the instant of a wall-clock time, and back', () => {
    fc.assert(
      fc.property(civilDate, minutes, zone, (date, time, timeZone) => {
        const instant = instantAt(date, time, timeZone);
        const wall = zonedDateTime(instant, timeZone);
        // A time skipped by clocks going forward lands later the same day; all others are exact.
        expect(wall.date).toEqual(date);
        expect(wall.minutes).toBeGreaterThanOrEqual(time);
        if (wall.minutes !== time) expect(wall.minutes - time).toBeLessThanOrEqual(60);
      }),
    );
  });

  it('counts the day the same at every time of day (day count is invariant to the time)', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: -30, max: 400 }), minutes, minutes, zone, (date, n, a, b, timeZone) => {
        const on = addDays(date, n);
        const treatment = { date, timeZone };
        expect(nowIn(treatment, instantAt(on, a, timeZone)).day).toBe(n);
        expect(nowIn(treatment, instantAt(on, b, timeZone)).day).toBe(n);
      }),
    );
  });

  it('moves to the next day exactly at local midnight', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: 0, max: 100 }), zone, (date, n, timeZone) => {
        const treatment = { date, timeZone };
        const midnight = instantAt(addDays(date, n + 1), 0, timeZone);
        expect(nowIn(treatment, midnight).day).toBe(n + 1);
        expect(nowIn(treatment, midnight - 60_000).day).toBe(n);
      }),
    );
  });

  it('America/New_York: the 23-hour and 25-hour days still count as one day each', () => {
    // 8 March 2026, 02:00 EST → 03:00 EDT; 1 November 2026, 02:00 EDT → 01:00 EST.
    expect(dayOf('2026-03-07', '2026-03-08T04:59:00Z', 'America/New_York')).toBe(0); // 23:59 EST
    expect(dayOf('2026-03-07', '2026-03-08T05:00:00Z', 'America/New_York')).toBe(1); // 00:00 EST
    expect(dayOf('2026-03-07', '2026-03-09T03:59:00Z', 'America/New_York')).toBe(1); // 23:59 EDT
    expect(dayOf('2026-03-07', '2026-03-09T04:00:00Z', 'America/New_York')).toBe(2); // 00:00 EDT
    expect(dayOf('2026-10-31', '2026-11-02T04:59:00Z', 'America/New_York')).toBe(1); // 23:59 EST
    expect(dayOf('2026-10-31', '2026-11-02T05:00:00Z', 'America/New_York')).toBe(2);
    // The skipped 02:30 reads as 03:30 EDT; the repeated 01:30 is its first (EDT) occurrence.
    expect(new Date(instantAt(d('2026-03-08'), 150, 'America/New_York')).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    expect(new Date(instantAt(d('2026-11-01'), 90, 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('Europe/Paris: days change at local midnight on both sides of summer time', () => {
    // 29 March 2026, 02:00 CET → 03:00 CEST; 25 October 2026, 03:00 CEST → 02:00 CET.
    expect(dayOf('2026-03-28', '2026-03-28T22:59:00Z', 'Europe/Paris')).toBe(0); // 23:59 CET
    expect(dayOf('2026-03-28', '2026-03-28T23:00:00Z', 'Europe/Paris')).toBe(1);
    expect(dayOf('2026-03-28', '2026-03-29T21:59:00Z', 'Europe/Paris')).toBe(1); // 23:59 CEST
    expect(dayOf('2026-03-28', '2026-03-29T22:00:00Z', 'Europe/Paris')).toBe(2);
    expect(dayOf('2026-10-24', '2026-10-25T22:59:00Z', 'Europe/Paris')).toBe(1); // 23:59 CET
    expect(dayOf('2026-10-24', '2026-10-25T23:00:00Z', 'Europe/Paris')).toBe(2);
  });

  it('Pacific/Auckland: a new year starts a new day there, hours before UTC', () => {
    // New Zealand daylight time (UTC+13) in December and January.
    expect(dayOf('2026-12-30', '2026-12-31T10:59:00Z', 'Pacific/Auckland')).toBe(1); // 23:59, 31 Dec
    expect(dayOf('2026-12-30', '2026-12-31T11:00:00Z', 'Pacific/Auckland')).toBe(2); // 00:00, 1 Jan
    expect(zonedDateTime(at('2026-12-31T11:00:00Z'), 'Pacific/Auckland').date).toEqual(d('2027-01-01'));
    expect(dayOf('2026-12-30', '2027-01-01T21:00:00Z', 'Pacific/Auckland')).toBe(3); // 10:00, 2 Jan
  });

  it('a leap day is a day like any other', () => {
    expect(dayOf('2028-02-28', '2028-02-29T12:00:00Z', 'Europe/Paris')).toBe(1);
    expect(dayOf('2028-02-28', '2028-03-01T12:00:00Z', 'Europe/Paris')).toBe(2);
    expect(dayOf('2028-02-29', '2028-03-07T12:00:00Z', 'America/New_York')).toBe(7);
  });
});
