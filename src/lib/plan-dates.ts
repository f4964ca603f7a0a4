/**
 * A window of the recovery as a printed plan states it, with real dates: "from" only when it
 * starts after the treatment, and "until" the last moment it applies: the exact end when the
 * time of the treatment is known and the window is in hours, else the last day it covers (a
 * window of hours without the time ends as late as it could, as the tracker counts it). The
 * moments come from the tracker's own logic (src/lib/recovery.ts), so paper and phone agree.
 */
import { addDays, type CivilDate } from './calendar';
import { endOf, startOf, type Treatment, type Window } from './recovery';

export interface PlanPoint {
  date: CivilDate;
  /** Minutes after midnight, when the moment is exact. */
  minutes?: number | undefined;
}

export interface PlanDates {
  /** When it starts, if later than the treatment itself. */
  from?: PlanPoint | undefined;
  /** The last moment it applies; none for advice that goes on. */
  until?: PlanPoint | undefined;
}

export function planDates(window: Window, treatment: Treatment): PlanDates {
  const start = startOf(window, treatment);
  const startsLater = window.from.amount > 0 && (start.day > 0 || start.minutes !== undefined);
  const from = startsLater ? { date: start.date, minutes: start.minutes } : undefined;
  if (!window.until) return { from };
  const end = endOf(window.until, treatment);
  // A window of days (or of hours, without the time) is over on `end`: it applies through the day before.
  const until = end.minutes !== undefined ? { date: end.date, minutes: end.minutes } : { date: addDays(end.date, -1) };
  return { from, until };
}
