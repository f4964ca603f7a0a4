/**
 * What applies on a given day of the recovery: which rules and phases have started or ended,
 * read from their windows (src/schemas/timeline.ts) alone, so any treatment works from its data.
 *
 * Windows are half-open. Days count calendar days (day 0 = treatment day). Hours count real hours
 * from the treatment: exact when the reader gave the time; without it the treatment could have
 * been at any minute of day 0, so the tracker is conservative: a rule to avoid something starts as
 * early and ends as late as it could ("until 24h" lasts through the end of day 1), advice to do
 * something starts as late as it could, and the page says the hour is approximate.
 */
import { addDays, daysBetween, instantAt, zonedDateTime, type CivilDate } from './calendar';
import type { Duration } from '../schemas/duration';

/** The treatment as the reader entered it. */
export interface Treatment {
  date: CivilDate;
  /** Minutes after midnight, when the reader gave the time. */
  minutes?: number | undefined;
  /** An IANA time zone; the reader's own when left out. */
  timeZone?: string | undefined;
}

/** A rule (`avoid`/`do`), a phase, or the next-session window: what the tracker resolves. */
export interface Window {
  kind: 'rule' | 'phase' | 'session';
  action?: 'avoid' | 'do' | undefined;
  /** A phase about results rather than healing: the recovery is complete without waiting for it. */
  results?: boolean | undefined;
  from: Duration;
  until?: Duration | undefined;
}

/** When a window starts or ends, as well as we can know it. */
export interface Moment {
  /** The calendar day, 0 = the treatment day; negative before it. */
  day: number;
  date: CivilDate;
  /** The exact instant (ms): an hours duration when the time of the treatment is known. */
  instant?: number;
  /** The wall-clock time of `instant`, in minutes after midnight. */
  minutes?: number;
  /** An hours duration without a time: its hours, for "about 24 hours after your treatment". */
  aboutHours?: number;
}

export type Status = 'upcoming' | 'active' | 'ended';

export interface Resolved<W extends Window> {
  window: W;
  start: Moment;
  /** The first moment the window no longer applies; none for advice that goes on. */
  end?: Moment;
  status: Status;
}

/** Where the reader is: the calendar day (0 = treatment day), its date and the instant. */
export interface Now {
  day: number;
  date: CivilDate;
  instant: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** The reader's day of the recovery at an instant, in the treatment's time zone. */
export function nowIn(treatment: Treatment, instant: number): Now {
  const { date } = zonedDateTime(instant, treatment.timeZone);
  return { day: daysBetween(treatment.date, date), date, instant };
}

/**
 * The moment `duration` after the treatment (or before it, with `sign` -1). Without the time of
 * the treatment, an hours duration counts from the first minute of day 0, or with `late` from its
 * last minute, on the reader's clock, so a daylight-saving change in between counts too.
 */
export function momentOf(duration: Duration, treatment: Treatment, late: boolean, sign: 1 | -1 = 1): Moment {
  const { date, minutes, timeZone } = treatment;
  if (duration.unit === 'days') {
    const day = sign * duration.amount;
    return { day, date: addDays(date, day) };
  }
  const from =
    minutes !== undefined
      ? instantAt(date, minutes, timeZone)
      : late
        ? instantAt(addDays(date, 1), 0, timeZone) - MINUTE_MS
        : instantAt(date, 0, timeZone);
  const instant = from + sign * duration.amount * HOUR_MS;
  const wall = zonedDateTime(instant, timeZone);
  const day = daysBetween(date, wall.date);
  if (minutes === undefined) return { day, date: wall.date, aboutHours: duration.amount };
  return { day, date: wall.date, instant, minutes: wall.minutes };
}

/** When a window starts: an `avoid` rule (or a phase) as early as it can, a `do` rule as late. */
export function startOf(window: Window, treatment: Treatment): Moment {
  return momentOf(window.from, treatment, window.action === 'do');
}

/**
 * When a window is over. Without a time, an hours window is over the day after the last day it
 * can end on: "until 24h" is over from day 2, so it applies through the end of day 1.
 */
export function endOf(until: Duration, treatment: Treatment): Moment {
  const moment = momentOf(until, treatment, true);
  if (moment.aboutHours === undefined) return moment;
  return { day: moment.day + 1, date: addDays(moment.date, 1), aboutHours: moment.aboutHours };
}

/** Whether the reader has reached a moment: by the instant when it is exact, else by the day. */
export function reached(moment: Moment, now: Now): boolean {
  return moment.instant === undefined ? now.day >= moment.day : now.instant >= moment.instant;
}

export function resolve<W extends Window>(window: W, treatment: Treatment, now: Now): Resolved<W> {
  const start = startOf(window, treatment);
  const end = window.until && endOf(window.until, treatment);
  const status: Status = end && reached(end, now) ? 'ended' : reached(start, now) ? 'active' : 'upcoming';
  return end ? { window, start, end, status } : { window, start, status };
}

/** Orders moments in time; an exact moment comes after the start of its day. */
export function compareMoments(a: Moment, b: Moment): number {
  return a.day - b.day || (a.instant ?? -Infinity) - (b.instant ?? -Infinity) || 0;
}

/** A change the reader will see: a window starting, or a rule ending. */
export interface Change<W extends Window> {
  item: Resolved<W>;
  edge: 'start' | 'end';
  at: Moment;
}

export interface Day<W extends Window> {
  now: Now;
  items: Resolved<W>[];
  /** Every rule and healing phase that has an end has ended: the recovery is complete. */
  complete: boolean;
  /** What comes next: every change on the next `changeDays` days on which something changes. */
  next: Change<W>[];
}

/** Resolves every window at `instant`, and finds what comes next. */
export function dayOf<W extends Window>(windows: W[], treatment: Treatment, instant: number, changeDays = 2): Day<W> {
  const now = nowIn(treatment, instant);
  const items = windows.map((window) => resolve(window, treatment, now));
  const complete = items.every(
    (item) => item.window.kind === 'session' || item.window.results || !item.end || item.status === 'ended',
  );
  const changes: Change<W>[] = [];
  for (const item of items) {
    if (item.status === 'upcoming') changes.push({ item, edge: 'start', at: item.start });
    else if (item.status === 'active' && item.end && item.window.kind === 'rule')
      changes.push({ item, edge: 'end', at: item.end });
  }
  changes.sort((a, b) => compareMoments(a.at, b.at));
  const days = [...new Set(changes.map((change) => change.at.day))].slice(0, changeDays);
  return { now, items, complete, next: changes.filter((change) => days.includes(change.at.day)) };
}
