/** Opening hours in the reader's language: "Monday – Friday: 09:00 – 18:00". */
import type { BrandData, Weekday } from '../schemas/brand';

const order: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// 2024-01-01 was a Monday: a fixed week to ask Intl for weekday names.
const dateOf = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + order.indexOf(day), 12));

export function formatOpeningHours(hours: BrandData['contacts']['hours'], tag: string): string[] {
  const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const at = (hhmm: string) => time.format(new Date(`2024-01-01T${hhmm}:00Z`));
  return hours.map(({ days, opens, closes }) => {
    const sorted = [...days].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const consecutive = sorted.every((day, i) => i === 0 || order.indexOf(day) === order.indexOf(sorted[i - 1]!) + 1);
    const names = sorted.map((day) => weekday.format(dateOf(day)));
    const span =
      consecutive && names.length > 2 ? `${names[0]} – ${names.at(-1)}` : new Intl.ListFormat(tag).format(names);
    return `${span}: ${at(opens)} – ${at(closes)}`;
  });
}
