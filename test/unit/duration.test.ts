import { describe, expect, it } from 'vitest';
import { approximateHours, formatDuration, latestDay, parseDuration } from '../../src/schemas/duration';

describe('durations', () => {
  it('reads hours and days', () => {
    expect(parseDuration('24h')).toEqual({ amount: 24, unit: 'hours' });
    expect(parseDuration('2d')).toEqual({ amount: 2, unit: 'days' });
  });
  it('rejects anything else', () => {
    for (const bad of ['24', 'h', '2 days', '-1d', '1.5h', '2w', '']) expect(parseDuration(bad)).toBeUndefined();
  });
  it('round-trips', () => {
    expect(formatDuration(parseDuration('48h')!)).toBe('48h');
    expect(formatDuration(parseDuration('7d')!)).toBe('7d');
  });
  it('orders hours against days', () => {
    expect(approximateHours({ amount: 2, unit: 'days' })).toBe(48);
    expect(latestDay({ amount: 25, unit: 'hours' })).toBe(2);
    expect(latestDay({ amount: 24, unit: 'hours' })).toBe(1);
  });
});
