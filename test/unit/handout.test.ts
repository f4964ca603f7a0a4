/**
 * The handout's pure parts: the plan's dates from the tracker's own windows, and the fragment a
 * clinic can bookmark. The windows are micro-needling's (content/guides/en/micro-needling/aftercare.mdx).
 */
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/schemas/duration';
import { handoutFragment, readHandoutFragment } from '../../src/lib/handout-fragment';
import { planDates } from '../../src/lib/plan-dates';
import type { Window } from '../../src/lib/recovery';

const d = (value: string) => parseDuration(value)!;
const rule = (action: 'avoid' | 'do', from: string, until?: string): Window => ({
  kind: 'rule',
  action,
  from: d(from),
  until: until ? d(until) : undefined,
});
const treatment = { date: { year: 2026, month: 3, day: 3 }, timeZone: 'Europe/London' };
const at3pm = { ...treatment, minutes: 15 * 60 };
const date = (day: number) => ({ year: 2026, month: 3, day });

describe('the plan’s dates', () => {
  it('end a window of days on the last day it covers', () =>
    expect(planDates(rule('avoid', '0d', '7d'), treatment)).toEqual({ from: undefined, until: { date: date(9) } }));

  it('end a window of hours, without the time, as late as it could', () =>
    expect(planDates(rule('avoid', '0h', '24h'), treatment)).toEqual({ from: undefined, until: { date: date(4) } }));

  it('end a window of hours at the exact time when the time is known', () =>
    expect(planDates(rule('avoid', '0h', '48h'), at3pm)).toEqual({
      from: undefined,
      until: { date: date(5), minutes: 15 * 60 },
    }));

  it('start a window that begins after the treatment on its day', () =>
    expect(planDates(rule('do', '1d', '15d'), treatment)).toEqual({
      from: { date: date(4), minutes: undefined },
      until: { date: date(17) },
    }));

  it('leave advice that goes on without an end', () => {
    expect(planDates(rule('avoid', '0d'), treatment)).toEqual({ from: undefined });
    expect(planDates(rule('do', '24h'), at3pm)).toEqual({ from: { date: date(4), minutes: 15 * 60 } });
  });
});

describe('the handout’s fragment', () => {
  it('round-trips a choice, in a fixed order', () => {
    const choice = { lang: 'ar', time: '15:00', date: '2026-03-03', treatment: 'micro-needling' };
    expect(handoutFragment(choice)).toBe('treatment=micro-needling&date=2026-03-03&time=15%3A00&lang=ar');
    expect(readHandoutFragment(`#${handoutFragment(choice)}`)).toEqual(choice);
  });

  it('ignores unknown fields and overlong values', () =>
    expect(readHandoutFragment('#treatment=micro-needling&q=x&date=' + '9'.repeat(40))).toEqual({
      treatment: 'micro-needling',
    }));
});
