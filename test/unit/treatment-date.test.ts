import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDate } from '../../src/lib/calendar';
import { isoTime, parseIsoDate, parseTime, parseTreatmentDate } from '../../src/lib/treatment-date';
import { civilDate, d } from '../helpers/arbitraries';

const today = d('2026-03-10');
const problem = (input: string) => {
  const parsed = parseTreatmentDate(input, today);
  return parsed.ok ? undefined : parsed.problem;
};

describe('the treatment date, read strictly', () => {
  it('accepts real dates in range', () => {
    expect(parseTreatmentDate('2026-03-10', today)).toEqual({ ok: true, value: d('2026-03-10') });
    expect(parseTreatmentDate(' 2026-02-28 ', today)).toEqual({ ok: true, value: d('2026-02-28') });
    expect(parseTreatmentDate('2027-03-10', today).ok).toBe(true);
    expect(parseTreatmentDate('2021-03-10', today).ok).toBe(true);
  });

  it('names what is wrong', () => {
    expect(problem('')).toBe('empty');
    expect(problem('   ')).toBe('empty');
    for (const input of [
      '10/03/2026',
      '2026-3-10',
      '2026-03-10T00:00',
      '20260310',
      '2026-03-1O',
      'tomorrow',
      '+02026-03-10',
      '2026-03-10;x',
    ])
      expect(problem(input), input).toBe('format');
    for (const input of [
      '2026-02-29',
      '2027-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-01-00',
      '0000-01-01',
    ])
      expect(problem(input), input).toBe('impossible');
    expect(problem('2027-03-11')).toBe('tooFarAhead');
    expect(problem('2099-01-01')).toBe('tooFarAhead');
    expect(problem('2021-03-09')).toBe('tooLongAgo');
    expect(problem('1999-12-31')).toBe('tooLongAgo');
  });

  it('knows leap days: 2028-02-29 exists, 2100-02-29 does not', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ ok: true, value: d('2028-02-29') });
    expect(parseIsoDate('2100-02-29')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseIsoDate('2000-02-29').ok).toBe(true);
  });

  it('reads back every date it writes', () => {
    fc.assert(
      fc.property(civilDate, (date) => {
        expect(parseIsoDate(isoDate(date))).toEqual({ ok: true, value: date });
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const parsed = parseTreatmentDate(input, today);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
  });
});

describe('the treatment time', () => {
  it('is optional, HH:MM, seconds ignored', () => {
    expect(parseTime('')).toEqual({ ok: true, value: undefined });
    expect(parseTime('00:00')).toEqual({ ok: true, value: 0 });
    expect(parseTime('14:30')).toEqual({ ok: true, value: 870 });
    expect(parseTime('23:59:30')).toEqual({ ok: true, value: 1439 });
    for (const input of ['24:00', '9:30', '12:60', '12h30', 'noon', '12:30 pm'])
      expect(parseTime(input), input).toEqual({ ok: false, problem: 'time' });
    expect(isoTime(870)).toBe('14:30');
    expect(isoTime(5)).toBe('00:05');
  });
});
