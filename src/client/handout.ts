/**
 * `<clinic-handout>`: the clinic's handout page. From the treatment, its date and time and the
 * patient's language (the form, or the page's `#treatment=…&date=…&time=…&lang=…`), it shows
 * the patient's block and, when it is another, the clinic's default language's block beside
 * it; fills in every date of the plan with the tracker's own logic (src/lib/plan-dates.ts); draws
 * the QR code to the patient's aftercare page on the clinic's own address with the date in its
 * fragment; and shrinks the type until the sheet fits its one printed page. The choice is kept
 * in this page's fragment only, so a clinic can bookmark it; nothing is sent or stored.
 */
import { zonedDateTime, type CivilDate } from '../lib/calendar';
import { parseDuration, type Duration } from '../schemas/duration';
import { handoutFragment, readHandoutFragment } from '../lib/handout-fragment';
import { dateFragment } from '../lib/link-fragment';
import { say, type Messages } from '../lib/messages';
import { loadMessages } from './messages';
import { planDates, type PlanPoint } from '../lib/plan-dates';
import type { Treatment, Window } from '../lib/recovery';
import { dateLimits, isoTime, parseTime, parseTreatmentDate } from '../lib/treatment-date';

const smallest = 0.55;

/** A block's sentences, said in its own language (its `messages.json`). */
async function speaker(block: HTMLElement) {
  const messages = await loadMessages('handoutSheet', block.dataset.messages);
  const tag = block.dataset.dateTag ?? block.lang;
  const day = (date: CivilDate) =>
    new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      Date.UTC(date.year, date.month - 1, date.day),
    );
  const time = (minutes: number) =>
    new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: 'UTC' }).format(minutes * 60_000);
  const point = (key: 'from' | 'until', at: PlanPoint) =>
    at.minutes === undefined
      ? say(messages, `handout.when.${key}`, { date: day(at.date) }, tag)
      : say(messages, `handout.when.${key}Time`, { date: day(at.date), time: time(at.minutes) }, tag);
  return {
    when(window: Window, treatment: Treatment): string {
      const { from, until } = planDates(window, treatment);
      if (from && until)
        return say(messages, 'handout.when.both', { from: point('from', from), until: point('until', until) }, tag);
      if (from) return point('from', from);
      if (until) return point('until', until);
      return say(messages, 'handout.when.noEnd', {}, tag);
    },
    treatment({ date, minutes }: Treatment): string {
      const long = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' }).format(
        Date.UTC(date.year, date.month - 1, date.day),
      );
      return minutes === undefined
        ? say(messages, 'handout.treatmentOn', { date: long }, tag)
        : say(messages, 'handout.treatmentAt', { date: long, time: time(minutes) }, tag);
    },
  };
}

const durationOf = (value?: string): Duration | undefined => (value ? parseDuration(value) : undefined);

class ClinicHandout extends HTMLElement {
  /** The page language's messages, loaded before the element is defined (see `ready`). */
  static messages: Messages = {};
  private messages = ClinicHandout.messages;
  private form!: HTMLFormElement;
  private targets: Record<string, Record<string, string>> = {};

  connectedCallback() {
    this.targets = JSON.parse(this.dataset.targets ?? '{}') as typeof this.targets;
    this.form = this.querySelector('form')!;
    this.form.hidden = false;
    this.find('.handout-nojs').hidden = true;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update(true);
    });
    this.form.addEventListener('change', () => void this.update(false));
    this.find('[data-action=print]').addEventListener('click', () => window.print());
    const choice = readHandoutFragment(location.hash);
    for (const name of ['treatment', 'date', 'time', 'lang'] as const) {
      const field = this.field(name);
      const value = choice[name];
      if (!field || value === undefined) continue;
      // A select keeps its choice when the link names an option it does not have.
      if (field instanceof HTMLSelectElement && ![...field.options].some((option) => option.value === value)) continue;
      field.value = value;
    }
    if (choice.date) void this.update(false);
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private field(name: string) {
    return this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  }

  private problem(name: string, message: string) {
    const input = this.field(name)!;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    this.find(`#handout-${name}-error`).textContent = message;
  }

  /** Reads the form, then shows and fills the sheet, or says what is wrong with the date. */
  async update(focus: boolean) {
    const tag = document.documentElement.lang;
    const dateInput = this.field('date') as HTMLInputElement;
    // Choosing the treatment or language before the date is no mistake: wait for the date.
    if (!focus && !dateInput.value && !dateInput.validity.badInput) return;
    const date = dateInput.validity.badInput
      ? ({ ok: false, problem: 'impossible' } as const)
      : parseTreatmentDate(dateInput.value, zonedDateTime(Date.now()).date);
    const time = parseTime(this.field('time')!.value);
    const count = !date.ok && date.problem === 'tooLongAgo' ? dateLimits.yearsBack : dateLimits.yearsAhead;
    this.problem('date', date.ok ? '' : say(this.messages, `tracker.error.${date.problem}`, { count }, tag));
    this.problem('time', time.ok ? '' : say(this.messages, 'tracker.error.time', {}, tag));
    const frame = this.find('[data-part=frame]');
    const print = this.find('[data-action=print]');
    if (!date.ok || !time.ok) {
      frame.hidden = print.hidden = true;
      if (focus) (date.ok ? this.field('time')! : dateInput).focus();
      return;
    }
    const treatment: Treatment = { date: date.value, minutes: time.value };
    const choice = {
      treatment: this.field('treatment')!.value,
      date: dateInput.value,
      time: time.value === undefined ? undefined : isoTime(time.value),
      lang: this.field('lang')!.value,
    };
    history.replaceState(history.state, '', `#${handoutFragment(choice)}`);
    const blocks = this.show(choice.treatment, choice.lang);
    await Promise.all(blocks.map((block) => this.fill(block, treatment)));
    const target = this.targets[choice.treatment]?.[choice.lang] ?? '';
    const url = `${target}#${dateFragment(choice)}`;
    this.find('[data-part=url]').textContent = url;
    const { qrSvg } = await import('./qr');
    this.find('[data-part=qr]').replaceChildren(qrSvg(url, url));
    frame.hidden = print.hidden = false;
    this.fit();
    this.find('[data-part=status]').textContent = say(this.messages, 'handout.ready', {}, tag);
    this.dataset.ready = url;
  }

  /** Shows the patient's block and, when it is another one, the clinic's; hides every other. */
  private show(treatment: string, lang: string): HTMLElement[] {
    const all = [...this.querySelectorAll<HTMLElement>('.sheet-block')];
    const serving = (code: string) =>
      all.find((block) => block.dataset.treatment === treatment && block.dataset.serves!.split(' ').includes(code));
    const shown = [...new Set([serving(lang), serving(this.dataset.clinicLocale!)])].filter(
      (block): block is HTMLElement => Boolean(block),
    );
    for (const block of all) block.hidden = !shown.includes(block);
    // The patient's language first, and the sheet laid out in its direction.
    this.find('[data-part=blocks]').prepend(...shown);
    this.find('[data-part=sheet]').dir = shown[0]?.dir ?? '';
    for (const caption of this.querySelectorAll<HTMLElement>('[data-caption]'))
      caption.hidden = !shown.some((block) => block.dataset.locale === caption.dataset.caption);
    this.find('[data-part=blocks]').classList.toggle('single', shown.length === 1);
    return shown;
  }

  private async fill(block: HTMLElement, treatment: Treatment) {
    const speak = await speaker(block);
    block.querySelector('[data-part=date]')!.textContent = speak.treatment(treatment);
    for (const item of block.querySelectorAll<HTMLElement>('[data-window]')) {
      const window: Window = {
        kind: item.dataset.kind === 'phase' ? 'phase' : 'rule',
        action: item.dataset.action as Window['action'],
        from: durationOf(item.dataset.from) ?? { amount: 0, unit: 'days' },
        until: durationOf(item.dataset.until),
      };
      item.querySelector('[data-when]')!.textContent = speak.when(window, treatment);
    }
  }

  /** Shrinks the sheet's type, step by step, until nothing overflows its printed page. */
  private fit() {
    const sheet = this.find('[data-part=sheet]');
    let scale = 1;
    sheet.style.setProperty('--sheet-scale', '1');
    while (sheet.scrollHeight > sheet.clientHeight + 1 && scale > smallest) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      sheet.style.setProperty('--sheet-scale', String(scale));
    }
  }
}

/** The element is defined once its messages are here. */
export const ready = loadMessages('handout').then((messages) => {
  ClinicHandout.messages = messages;
  customElements.define('clinic-handout', ClinicHandout);
});
