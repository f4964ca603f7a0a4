import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFile, escapeText, foldLine, type CalendarEvent } from '../../src/lib/ics';
import { d } from '../helpers/arbitraries';

const stamp = Date.parse('2026-03-03T18:45:10Z');
const events: CalendarEvent[] = [
  {
    uid: 'peel-1-fine-20260304@example.org',
    summary: 'Fine again: Make-up',
    description: 'Put it on clean skin, with clean brushes; or a new sponge.\nNever a used one.',
    start: d('2026-03-04'),
  },
  {
    uid: 'peel-2-fine-20260304@example.org',
    summary: 'Fine again: Retinol, other retinoids and vitamin C serums',
    start: Date.parse('2026-03-05T14:30:00Z'),
  },
  {
    uid: 'peel-3-session-20260331@example.org',
    summary: 'Window for your next session: about a month after this one, if your clinic plans more sessions',
    start: d('2026-03-31'),
    end: d('2026-04-13'),
  },
  {
    uid: 'peel-4-ends-20260317@example.org',
    summary: 'انتهاء: واقي شمس واسع الطيف بعامل حماية 30 أو أعلى كل يوم، ثم استمر في استخدامه',
    description: '防晒霜：每天使用广谱防晒霜，SPF 30 或更高。之后继续每天使用。',
    start: d('2026-03-17'),
  },
];
const file = calendarFile({ name: 'Aftercare: a peel', language: 'ar', events, stamp });

describe('the calendar file', () => {
  it('is valid iCalendar that a real parser reads, event by event', () => {
    const calendar = new ICAL.Component(ICAL.parse(file));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const parsed = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(parsed).toHaveLength(events.length);
    parsed.forEach((event, index) => {
      const source = events[index]!;
      expect(event.uid).toBe(source.uid);
      expect(event.summary).toBe(source.summary);
      expect(event.description ?? undefined).toBe(source.description);
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-03T18:45:10Z');
      expect(event.component.getFirstProperty('summary')?.getParameter('language')).toBe('ar');
    });
    const [allDay, timed, window] = parsed as [ICAL.Event, ICAL.Event, ICAL.Event];
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2026-03-04');
    expect(allDay.endDate.toString()).toBe('2026-03-05');
    expect(timed.startDate.isDate).toBe(false);
    expect(timed.startDate.toJSDate().toISOString()).toBe('2026-03-05T14:30:00.000Z');
    expect(timed.endDate.toJSDate().toISOString()).toBe('2026-03-05T15:00:00.000Z');
    expect(window.startDate.toString()).toBe('2026-03-31');
    expect(window.endDate.toString()).toBe('2026-04-14');
  });

  it('ends every line with CRLF and folds lines at 75 octets, never inside a character', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = file.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    // Unfolding gives back the long summary.
    expect(file.replace(/\r\n /g, '')).toContain(
      'SUMMARY;LANGUAGE=ar:Window for your next session: about a month after this one\\, if',
    );
  });

  it('escapes text and folds by octets', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine('X'.repeat(74) + 'é' + 'Y');
    expect(folded.split('\r\n ')).toEqual(['X'.repeat(74), 'éY']);
    expect(foldLine('short')).toBe('short');
  });
});
