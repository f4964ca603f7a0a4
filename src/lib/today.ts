/**
 * The day at a glance: which of today's rules come first, and how far into the recovery the
 * reader is. The order of importance is the guide's, never code's: rules marked `safety` first,
 * then the order the guide lists them in. Pure, so the tracker and the tests share it.
 */
import type { Duration } from '../schemas/duration';

export interface Ranked {
  /** Rules whose neglect risks harm come first. */
  safety: boolean;
  /** The rule's place in its guide. */
  order: number;
}

/** The first `size` items by importance, and how many more there are. */
export function mostImportant<T extends Ranked>(items: T[], size = 3): { top: T[]; more: number } {
  const ranked = [...items].sort((a, b) => Number(b.safety) - Number(a.safety) || a.order - b.order);
  return { top: ranked.slice(0, size), more: Math.max(0, items.length - size) };
}

/**
 * The last day of healing: the last day of the last phase that is about healing rather than
 * results ("results come slowly"), or undefined when every phase is about results. Phases in
 * days end at a calendar day; phases in hours are rounded up to the day they end in.
 */
export function healingDays(phases: { until: Duration; results?: boolean | undefined }[]): number | undefined {
  const ends = phases
    .filter((phase) => !phase.results)
    .map(({ until }) => (until.unit === 'days' ? until.amount - 1 : Math.ceil(until.amount / 24)));
  return ends.length ? Math.max(...ends) : undefined;
}

/** Where the reader is: `day` of about `total` days of healing, as a fraction for the bar. */
export function progress(day: number, total: number | undefined) {
  if (total === undefined || total <= 0 || day < 0) return undefined;
  return { day, total, done: day > total, fraction: Math.min(1, day / total) };
}
