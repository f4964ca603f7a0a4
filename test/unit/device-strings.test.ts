import { describe, expect, it } from 'vitest';
import { clientTemplate, deviceStrings, pluralSamples } from '../../src/i18n/templates';

describe('strings rendered for the device', () => {
  it('leave device-only values as placeholders', () => {
    expect(clientTemplate('until the end of day {{day}} ({{date}})')).toBe('until the end of day {day} ({date})');
    expect(clientTemplate('Day {{count, number}} after')).toBe('Day {count} after');
    expect(deviceStrings('en', 'tracker.until.day')).toEqual([['', 'until the end of day {day} ({date})']]);
  });

  it('fill in what the server knows', () => {
    expect(deviceStrings('en', 'tracker.event.session', { treatment: 'peel' })).toEqual([
      ['', 'Window for your next peel session'],
    ]);
    expect(deviceStrings('en', 'tracker.error.tooLongAgo', { count: 5 })).toEqual([
      ['', 'This date is more than 5 years ago. Check the year.'],
    ]);
  });

  it('render every plural category of the language', () => {
    expect([...pluralSamples('ar').keys()].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect([...pluralSamples('fr').keys()].sort()).toEqual(['many', 'one', 'other']);
    expect([...pluralSamples('zh-CN').keys()]).toEqual(['other']);
    expect(Object.fromEntries(deviceStrings('en', 'tracker.countdown', { treatment: 'peel' }, true))).toEqual({
      one: '{count} day until your peel',
      other: '{count} days until your peel',
    });
    // Arabic falls back to English strings until they are translated, in all six forms.
    expect(deviceStrings('ar', 'tracker.countdown', { treatment: 'peel' }, true)).toHaveLength(6);
  });
});
