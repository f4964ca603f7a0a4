import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, instantAt, isoDate } from '../../src/lib/calendar';
import { parseDuration, type Duration } from '../../src/schemas/duration';
import { dayOf, endOf, momentOf, nowIn, resolve, startOf, type Treatment, type Window } from '../../src/lib/recovery';
import { milestones } from '../../src/lib/milestones';
import { civilDate, d, minutes, zone } from '../helpers/arbitraries';

const dur = (value: string): Duration => parseDuration(value)!;
const rule = (id: string, action: 'avoid' | 'do', from: string, until?: string) => ({
  id,
  kind: 'rule' as const,
  action,
  from: dur(from),
  until: until ? dur(until) : undefined,
});
const phase = (id: string, from: string, until: string) => ({
  id,
  kind: 'phase' as const,
  from: dur(from),
  until: dur(until),
});

/** A made-up treatment's windows, in days and in hours. */
const windows = [
  rule('hands-off-day', 'avoid', '0d', '1d'),
  rule('first-24h', 'avoid', '0h', '24h'),
  rule('first-48h', 'avoid', '0h', '48h'),
  rule('week', 'avoid', '0d', '7d'),
  rule('cream', 'do', '1d', '14d'),
  rule('wash', 'do', '8h'),
  rule('forever', 'avoid', '0h'),
  phase('red', '0d', '2d'),
  phase('calm', '2d', '10d'),
  { id: 'session', kind: 'session' as const, from: dur('28d'), until: undefined },
];

/** Noon on day `day`, in `timeZone`: the reader looks at the tracker. */
const noonOn = (treatment: Treatment, day: number) => instantAt(addDays(treatment.date, day), 720, treatment.timeZone);
const idsBy = (treatment: Treatment, instant: number, status: string, kind = 'rule') =>
  dayOf(windows, treatment, instant)
    .items.filter((item) => item.status === status && item.window.kind === kind)
    .map((item) => item.window.id);

describe('what applies on a day', () => {
  const treatment: Treatment = { date: d('2026-03-03'), timeZone: 'Europe/London' };

  it('day windows are half-open: until 7d is through day 6', () => {
    const week = windows[3]!;
    expect(resolve(week, treatment, nowIn(treatment, noonOn(treatment, 6))).status).toBe('active');
    expect(resolve(week, treatment, nowIn(treatment, noonOn(treatment, 7))).status).toBe('ended');
    expect(isoDate(endOf(week.until!, treatment).date)).toBe('2026-03-10');
  });

  it('without a time, "until 24h" lasts through the end of day 1, and says it is about 24 hours', () => {
    expect(idsBy(treatment, noonOn(treatment, 0), 'active')).toEqual([
      'hands-off-day',
      'first-24h',
      'first-48h',
      'week',
      'forever',
    ]);
    expect(idsBy(treatment, noonOn(treatment, 1), 'active')).toEqual([
      'first-24h',
      'first-48h',
      'week',
      'cream',
      'wash',
      'forever',
    ]);
    expect(idsBy(treatment, noonOn(treatment, 2), 'ended')).toEqual(['hands-off-day', 'first-24h']);
    expect(endOf(dur('24h'), treatment)).toEqual({ day: 2, date: d('2026-03-05'), aboutHours: 24 });
  });

  it('with a time, hours are exact to the minute', () => {
    const timed = { ...treatment, minutes: 14 * 60 + 30 };
    const end = endOf(dur('24h'), timed);
    expect(end).toMatchObject({ day: 1, date: d('2026-03-04'), minutes: 870 });
    const first24h = windows[1]!;
    expect(resolve(first24h, timed, nowIn(timed, end.instant! - 60_000)).status).toBe('active');
    expect(resolve(first24h, timed, nowIn(timed, end.instant!)).status).toBe('ended');
  });

  it('advice to do something starts as late as it could; things to avoid as early', () => {
    expect(startOf(rule('x', 'do', '8h'), treatment).day).toBe(1);
    expect(startOf(rule('x', 'avoid', '8h'), treatment).day).toBe(0);
    expect(startOf(rule('x', 'do', '8h'), { ...treatment, minutes: 9 * 60 }).day).toBe(0);
    expect(startOf(rule('x', 'do', '8h'), { ...treatment, minutes: 17 * 60 }).day).toBe(1);
  });

  it('phases: what is normal today', () => {
    expect(idsBy(treatment, noonOn(treatment, 1), 'active', 'phase')).toEqual(['red']);
    expect(idsBy(treatment, noonOn(treatment, 2), 'active', 'phase')).toEqual(['calm']);
    expect(idsBy(treatment, noonOn(treatment, 10), 'active', 'phase')).toEqual([]);
  });

  it('before the treatment nothing has started, and the first changes come next', () => {
    const before = dayOf(windows, treatment, noonOn(treatment, -3));
    expect(before.now.day).toBe(-3);
    expect(before.items.every((item) => item.status === 'upcoming')).toBe(true);
    expect(before.next.map((change) => change.item.window.id)).toEqual([
      'hands-off-day',
      'first-24h',
      'first-48h',
      'week',
      'forever',
      'red',
      'cream',
      'wash',
    ]);
  });

  it('what comes next: the changes of the next two days on which something changes', () => {
    const next = dayOf(windows, treatment, noonOn(treatment, 2)).next;
    expect(next.map((change) => [change.item.window.id, change.edge, change.at.day])).toEqual([
      ['first-48h', 'end', 3],
      ['week', 'end', 7],
    ]);
  });

  it('is complete once every window with an end has ended; the next session does not count', () => {
    expect(dayOf(windows, treatment, noonOn(treatment, 13)).complete).toBe(false);
    expect(dayOf(windows, treatment, noonOn(treatment, 14)).complete).toBe(true);
    expect(dayOf(windows, treatment, noonOn(treatment, 800)).complete).toBe(true);
  });

  it('preparation steps count back from the treatment', () => {
    expect(momentOf(dur('3d'), treatment, false, -1).day).toBe(-3);
    expect(momentOf(dur('24h'), treatment, false, -1).day).toBe(-1);
    expect(momentOf(dur('30h'), treatment, false, -1).day).toBe(-2);
    expect(momentOf(dur('24h'), { ...treatment, minutes: 600 }, false, -1)).toMatchObject({ day: -1, minutes: 600 });
  });
});

describe('across daylight-saving changes', () => {
  it('America/New_York: 24 hours after 10:00 the day before clocks go forward is 11:00', () => {
    const treatment = { date: d('2026-03-07'), minutes: 600, timeZone: 'America/New_York' };
    expect(endOf(dur('24h'), treatment)).toMatchObject({
      day: 1,
      minutes: 660,
      instant: Date.parse('2026-03-08T15:00:00Z'),
    });
  });

  it('America/New_York: 24 hours after 10:00 the day before clocks go back is 09:00', () => {
    const treatment = { date: d('2026-10-31'), minutes: 600, timeZone: 'America/New_York' };
    expect(endOf(dur('24h'), treatment)).toMatchObject({ day: 1, minutes: 540 });
  });

  it('Europe/Paris: 48 hours across the spring change, days unchanged', () => {
    const treatment = { date: d('2026-03-28'), minutes: 720, timeZone: 'Europe/Paris' };
    expect(endOf(dur('48h'), treatment)).toMatchObject({ day: 2, date: d('2026-03-30'), minutes: 780 });
    expect(endOf(dur('7d'), treatment)).toEqual({ day: 7, date: d('2026-04-04') });
  });

  it('without a time, a late treatment on the eve of the spring change still counts conservatively', () => {
    // 23:59 on 7 March + 24 real hours = 00:59 on 9 March in New York (8 March has 23 hours).
    const treatment = { date: d('2026-03-07'), timeZone: 'America/New_York' };
    expect(endOf(dur('24h'), treatment)).toEqual({ day: 3, date: d('2026-03-10'), aboutHours: 24 });
  });

  it('Pacific/Auckland: windows run across the year end', () => {
    const treatment = { date: d('2026-12-28'), timeZone: 'Pacific/Auckland' };
    expect(isoDate(endOf(dur('7d'), treatment).date)).toBe('2027-01-04');
    const newYear = Date.parse('2027-01-01T09:00:00Z'); // 22:00 on 1 January there
    expect(dayOf(windows, treatment, newYear).now.day).toBe(4);
  });

  it('a leap day: a week from 29 February 2028', () => {
    const treatment = { date: d('2028-02-29'), timeZone: 'Europe/Paris' };
    expect(isoDate(endOf(dur('7d'), treatment).date)).toBe('2028-03-07');
    expect(isoDate(endOf(dur('24h'), treatment).date)).toBe('2028-03-02');
  });
});

describe('properties over dates, zones and windows', () => {
  const hours = fc.integer({ min: 1, max: 24 * 30 });
  const window = fc
    .tuple(
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 1, max: 60 }),
      fc.constantFrom('h', 'd'),
      fc.constantFrom('h', 'd'),
    )
    .map(([from, length, fromUnit, untilUnit]) => {
      const toHours = (value: number, unit: string) => (unit === 'h' ? value : value * 24);
      const until =
        fromUnit === untilUnit
          ? from + length
          : untilUnit === 'h'
            ? toHours(from, fromUnit) + length
            : Math.ceil(toHours(from, fromUnit) / 24) + length;
      return { from: dur(`${from}${fromUnit}`), until: dur(`${until}${untilUnit}`) };
    });

  it('a window of days covers exactly its days, whatever the time of day', () => {
    fc.assert(
      fc.property(
        civilDate,
        zone,
        minutes,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: -5, max: 70 }),
        minutes,
        (date, timeZone, time, from, length, day, clock) => {
          const treatment = { date, timeZone, minutes: time };
          const window: Window = {
            kind: 'rule',
            action: 'avoid',
            from: dur(`${from}d`),
            until: dur(`${from + length}d`),
          };
          const now = nowIn(treatment, instantAt(addDays(date, day), clock, timeZone));
          const expected = day < from ? 'upcoming' : day < from + length ? 'active' : 'ended';
          expect(resolve(window, treatment, now).status).toBe(expected);
        },
      ),
    );
  });

  it('without a time, an avoid rule covers every hour it could cover with any time', () => {
    fc.assert(
      fc.property(civilDate, zone, minutes, window, (date, timeZone, time, { from, until }) => {
        const vague = { date, timeZone };
        const exact = { date, timeZone, minutes: time };
        const exactStart = momentOf(from, exact, false);
        const exactEnd = endOf(until, exact);
        // The last day the exact window touches: the day it ends on, unless it ends at midnight.
        const exactLast = exactEnd.minutes ? exactEnd.day : exactEnd.day - 1;
        expect(momentOf(from, vague, false).day).toBeLessThanOrEqual(exactStart.day);
        expect(endOf(until, vague).day - 1).toBeGreaterThanOrEqual(exactLast);
      }),
    );
  });

  it('without a time, advice to do something never starts before it could', () => {
    fc.assert(
      fc.property(civilDate, zone, minutes, hours, (date, timeZone, time, amount) => {
        const from = dur(`${amount}h`);
        expect(momentOf(from, { date, timeZone }, true).day).toBeGreaterThanOrEqual(
          momentOf(from, { date, timeZone, minutes: time }, true).day,
        );
      }),
    );
  });

  it('once ended, a window stays ended; it is never active before it starts', () => {
    fc.assert(
      fc.property(
        civilDate,
        zone,
        fc.option(minutes, { nil: undefined }),
        window,
        fc.integer({ min: -3, max: 90 }),
        (date, timeZone, time, { from, until }, day) => {
          const treatment = { date, timeZone, minutes: time };
          const w: Window = { kind: 'rule', action: 'avoid', from, until };
          const statuses = [day, day + 1].map(
            (n) => resolve(w, treatment, nowIn(treatment, instantAt(addDays(date, n), 720, timeZone))).status,
          );
          const order = ['upcoming', 'active', 'ended'];
          expect(order.indexOf(statuses[1]!)).toBeGreaterThanOrEqual(order.indexOf(statuses[0]!));
          expect(startOf(w, treatment).day).toBeLessThanOrEqual(endOf(until, treatment).day);
        },
      ),
    );
  });
});

describe('calendar milestones', () => {
  it('are the end of every rule that ends, and the next session, from the data alone', () => {
    const treatment = { date: d('2026-03-03'), timeZone: 'Europe/London' };
    const found = milestones(windows, treatment).map((m) => [m.window.id, m.kind, isoDate(m.at.date)]);
    expect(found).toEqual([
      ['hands-off-day', 'fine', '2026-03-04'],
      ['first-24h', 'fine', '2026-03-05'],
      ['first-48h', 'fine', '2026-03-06'],
      ['week', 'fine', '2026-03-10'],
      ['cream', 'ends', '2026-03-17'],
      ['session', 'session', '2026-03-31'],
    ]);
  });

  it('are exact instants when the time is known', () => {
    const treatment = { date: d('2026-03-03'), minutes: 600, timeZone: 'Europe/London' };
    const first24h = milestones(windows, treatment).find((m) => m.window.id === 'first-24h')!;
    expect(first24h.at.instant).toBe(Date.parse('2026-03-04T10:00:00Z'));
  });
});
