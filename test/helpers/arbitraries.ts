/** fast-check generators shared by the tracker's property tests. */
import fc from 'fast-check';
import { fromEpochDay, type CivilDate } from '../../src/lib/calendar';

/**
 * Zones with every kind of rule: DST north and south, half-hour and 45-minute offsets, a
 * 30-minute DST shift (Lord Howe), midnight transitions (São Paulo until 2019), +14 and -11.
 * Samoa is left out on purpose: it skipped 30 December 2011, so that date has no wall clock.
 */
export const zones = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Europe/London',
  'Europe/Paris',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'Asia/Tehran',
  'Asia/Shanghai',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

/** A date from 2000 to 2099. */
export const civilDate: fc.Arbitrary<CivilDate> = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
  .map(fromEpochDay);
export const zone = fc.constantFrom(...zones);
/** A time of day, in minutes after midnight. */
export const minutes = fc.integer({ min: 0, max: 1439 });

/** `2026-03-08` → `{ year: 2026, month: 3, day: 8 }`, for readable explicit cases. */
export function d(iso: string): CivilDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
