/**
 * "Add to calendar": the milestones of the recovery as an `.ics` file, made on the device and
 * saved from a Blob, never sent anywhere.
 */
import { addDays, epochDay, isoDate, zonedDateTime } from '../lib/calendar';
import { calendarFile } from '../lib/ics';
import { milestones, type Milestone } from '../lib/milestones';
import type { Treatment, Window } from '../lib/recovery';

export interface CalendarRequest<W extends Window & { id: string }> {
  windows: W[];
  treatment: Treatment;
  /** The treatment's id, for the file name and the events' UIDs. */
  id: string;
  /** The calendar's name, in the reader's language. */
  name: string;
  language: string;
  /** Now, so a next-session window already open is left out: the clinic plans that session. */
  now: number;
  /** An event's summary and description, in the reader's language. */
  describe: (milestone: Milestone<W>) => [string, string | undefined];
}

export function saveCalendar<W extends Window & { id: string }>(request: CalendarRequest<W>) {
  const day = isoDate(request.treatment.date);
  const today = zonedDateTime(request.now).date;
  const upcoming = milestones(request.windows, request.treatment).filter(
    (milestone) => milestone.kind !== 'session' || epochDay(milestone.at.date) > epochDay(today),
  );
  const events = upcoming.map((milestone) => {
    const { window, kind, at, end } = milestone;
    const [summary, description] = request.describe(milestone);
    return {
      // The same treatment date gives the same UIDs: importing the file again updates the events.
      uid: `${request.id}-${window.id}-${kind}-${day}@${location.hostname || 'aftercare'}`,
      summary,
      description,
      // An exact moment (hours, with the time given) is a timed event; the next session a window of days.
      start: kind === 'session' ? at.date : (at.instant ?? at.date),
      end: end && addDays(end.date, -1),
    };
  });
  const file = calendarFile({ name: request.name, language: request.language, events, stamp: Date.now() });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file], { type: 'text/calendar;charset=utf-8' }));
  link.download = `${request.id}-${day}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
