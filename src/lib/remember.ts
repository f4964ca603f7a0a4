/**
 * "Remember on this device": the treatment date in the browser's local storage, only after the
 * reader opts in. The record is versioned, so a later format can tell an old one apart; a record
 * this code does not understand is ignored and removed, never guessed at.
 */
import { storageVersion } from './storage-key';
import { parseIsoDate, parseTime } from './treatment-date';

export { storageKey, storageVersion } from './storage-key';

export interface Remembered {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, when the reader gave it. */
  time?: string | undefined;
}

export function encodeRecord({ date, time }: Remembered): string {
  return JSON.stringify(time ? { version: storageVersion, date, time } : { version: storageVersion, date });
}

/** The stored record, or `undefined` when there is none or it is not one this version wrote. */
export function decodeRecord(raw: string | null): Remembered | undefined {
  if (!raw) return undefined;
  try {
    const record: unknown = JSON.parse(raw);
    if (typeof record !== 'object' || record === null) return undefined;
    const { version, date, time } = record as Record<string, unknown>;
    if (version !== storageVersion || typeof date !== 'string' || !parseIsoDate(date).ok) return undefined;
    if (time === undefined) return { date };
    if (typeof time !== 'string' || !time || !parseTime(time).ok) return undefined;
    return { date, time };
  } catch {
    return undefined;
  }
}
