import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/schemas/duration';
import { describeEnd, describeWindow } from '../../src/lib/window-text';
import { useTranslations } from '../../src/i18n';

const t = useTranslations('en');
const say = (from: string, until?: string) => {
  const { key, values } = describeWindow(parseDuration(from)!, until ? parseDuration(until) : undefined);
  return t(key, values);
};

describe('rule windows in words', () => {
  it.each([
    ['0h', '24h', 'for the first 24 hours'],
    ['0h', '1h', 'for the first hour'],
    ['0d', '7d', 'for 7 days (days 0 to 6)'],
    ['0d', '1d', 'on the day of your treatment (day 0)'],
    ['1d', '14d', 'from day 1 to day 13'],
    ['3d', '4d', 'on day 3'],
    ['1d', undefined, 'from day 1 onwards'],
    ['48h', undefined, 'from 48 hours after your treatment'],
    ['0h', undefined, 'from your treatment onwards'],
    ['24h', '72h', 'from 24 to 72 hours after your treatment'],
    ['48h', '7d', 'from 48 hours after your treatment to day 6'],
    ['1d', '72h', 'from day 1 until 72 hours after your treatment'],
  ])('%s–%s reads "%s"', (from, until, expected) => expect(say(from, until)).toBe(expected));
});

describe('where a window ends, in words', () => {
  it.each([
    ['2d', 'day 2'],
    ['48h', '48 hours after your treatment'],
    ['1h', '1 hour after your treatment'],
  ])('%s reads "%s"', (until, expected) => {
    const { key, values } = describeEnd(parseDuration(until)!);
    expect(t(key, values)).toBe(expected);
  });
});
