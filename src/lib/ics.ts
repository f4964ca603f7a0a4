/**
 * A minimal iCalendar (RFC 5545) writer for the tracker's "Add to calendar": all-day events
 * (`VALUE=DATE`, RFC 5545 §3.6.1) or timed events in UTC, lines ending in CRLF and folded at 75
 * octets (§3.1), text escaped (§3.3.11). It runs on the reader's device: nothing is sent anywhere.
 */
import { addDays, isoDate, type CivilDate } from './calendar';

export interface CalendarEvent {
  /** Unique and stable for the same treatment date, so importing twice updates, not duplicates. */
  uid: string;
  summary: string;
  description?: string | undefined;
  /** An all-day event on a date, or a timed one at an instant (ms). */
  start: CivilDate | number;
  /** All-day: the last day it covers (default: `start`). Timed: the end instant (default: 30 minutes on). */
  end?: CivilDate | number | undefined;
}

export interface Calendar {
  /** The calendar's name, e.g. "Aftercare: chemical peel". */
  name: string;
  /** A BCP 47 tag: the language of the summaries and descriptions. */
  language: string;
  events: CalendarEvent[];
  /** When the file is made (ms): every event's DTSTAMP. */
  stamp: number;
}

/** §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** §3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

const basicDate = (date: CivilDate) => isoDate(date).replace(/-/g, '');
const utc = (instant: number) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function eventLines(event: CalendarEvent, calendar: Calendar): string[] {
  const lang = `;LANGUAGE=${calendar.language}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utc(calendar.stamp)}`,
    `SUMMARY${lang}:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION${lang}:${escapeText(event.description)}`);
  if (typeof event.start === 'number') {
    const end = typeof event.end === 'number' ? event.end : event.start + 30 * 60_000;
    lines.push(`DTSTART:${utc(event.start)}`, `DTEND:${utc(end)}`);
  } else {
    // DTEND of an all-day event is the day after the last one it covers (non-inclusive).
    const last = event.end && typeof event.end !== 'number' ? event.end : event.start;
    lines.push(`DTSTART;VALUE=DATE:${basicDate(event.start)}`, `DTEND;VALUE=DATE:${basicDate(addDays(last, 1))}`);
  }
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The whole `.ics` file. */
export function calendarFile(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Aftercare//Recovery tracker//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
