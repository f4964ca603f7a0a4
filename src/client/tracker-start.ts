/**
 * `<tracker-start>` on the home page: checks the date as the tracker does, then opens the chosen
 * treatment's aftercare page with the date (and time) in the URL's fragment, where the tracker
 * shows the day at a glance. The fragment is never sent to a server.
 */
import { zonedDateTime } from '../lib/calendar';
import { dateFragment } from '../lib/link-fragment';
import { say, type Messages } from '../lib/messages';
import { loadMessages } from './messages';
import { dateLimits, parseTime, parseTreatmentDate } from '../lib/treatment-date';

class TrackerStart extends HTMLElement {
  static messages: Messages = {};

  connectedCallback() {
    const { messages } = TrackerStart;
    const form = this.querySelector('form')!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    form.hidden = false;
    this.querySelector<HTMLElement>('.tracker-nojs')!.hidden = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const dateInput = field('date');
      const date = dateInput.validity.badInput
        ? ({ ok: false, problem: 'impossible' } as const)
        : parseTreatmentDate(dateInput.value, zonedDateTime(Date.now()).date);
      const time = parseTime(field('time').value);
      const count = !date.ok && date.problem === 'tooLongAgo' ? dateLimits.yearsBack : dateLimits.yearsAhead;
      const problems = {
        date: date.ok ? '' : say(messages, `tracker.error.${date.problem}`, { count }, document.documentElement.lang),
        time: time.ok ? '' : say(messages, 'tracker.error.time', {}, document.documentElement.lang),
      };
      for (const [name, message] of Object.entries(problems)) {
        const input = field(name);
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
        this.querySelector(`#tracker-${name}-error`)!.textContent = message;
      }
      if (!date.ok || !time.ok) return (date.ok ? field('time') : dateInput).focus();
      const target = new URL(field('treatment').value, location.href);
      target.hash = dateFragment({ date: dateInput.value, time: field('time').value || undefined });
      location.assign(target);
    });
  }
}

/** The element is defined once its messages are here. */
export const ready = loadMessages('start').then((messages) => {
  TrackerStart.messages = messages;
  customElements.define('tracker-start', TrackerStart);
});
