/**
 * Durations in aftercare rules. Clinics write them the way their protocols speak: `24h` for
 * "24 hours after the treatment", `2d` for "from day 2" (day 0 is the treatment day).
 */
export type DurationUnit = 'hours' | 'days';

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

const pattern = /^(\d{1,4})([hd])$/;

/** Reads `24h` or `2d`; anything else gives `undefined`. */
export function parseDuration(value: string): Duration | undefined {
  const match = pattern.exec(value.trim());
  if (!match) return undefined;
  return { amount: Number(match[1]), unit: match[2] === 'h' ? 'hours' : 'days' };
}

/** The inverse of `parseDuration`, for data attributes and messages. */
export function formatDuration(duration: Duration): string {
  return `${duration.amount}${duration.unit === 'hours' ? 'h' : 'd'}`;
}

/**
 * The latest hour after the treatment at which a duration can end, used to order and compare
 * windows without knowing the time of day: day N ends at most 24·(N+1) hours after treatment,
 * but starts at least 24·(N-1) hours after it.
 */
export function approximateHours(duration: Duration): number {
  return duration.unit === 'hours' ? duration.amount : duration.amount * 24;
}

/** The calendar day (0 = treatment day) on which a duration ends at the latest. */
export function latestDay(duration: Duration): number {
  return duration.unit === 'days' ? duration.amount : Math.ceil(duration.amount / 24);
}
