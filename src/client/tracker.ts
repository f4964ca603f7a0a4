/**
 * `<aftercare-tracker>`: works out the reader's day from the date they enter (or a link's
 * `#date=`), and shows it at a glance: the day, the progress through the healing, the three most
 * important things to avoid and to do today, then everything else below. It reads every rule,
 * phase and the next session from the page's timeline (src/components/Timeline.astro), where
 * each is rendered once, and says its sentences through the island's messages. Text is only
 * ever set with `textContent`. The date stays on the device: in local storage only after the
 * reader opts in, and in the `.ics` file it makes (tracker-calendar.ts).
 */
import { addDays, isoDate, zonedDateTime, type CivilDate } from '../lib/calendar';
import { parseDuration, type Duration } from '../schemas/duration';
import { linkedDate, moveDateToFragment } from '../lib/link-fragment';
import { say, type Messages } from '../lib/messages';
import { loadMessages } from './messages';
import { loadStylesheet } from './stylesheet';
import dayStyles from '../components/tracker-day.css?url';
import { dayOf, momentOf, type Moment, type Resolved, type Treatment, type Window } from '../lib/recovery';
import { decodeRecord, encodeRecord, storageKey } from '../lib/remember';
import { healingDays, mostImportant, progress } from '../lib/today';
import { dateLimits, isoTime, parseTime, parseTreatmentDate, type Parsed } from '../lib/treatment-date';

/** A rule, phase or the next session, as the timeline renders it. */
export interface Item extends Window {
  id: string;
  /** Its element in the timeline, for its language and its text. */
  source: HTMLElement;
  text: string;
  afterwards?: string | undefined;
  safety: boolean;
  order: number;
}

type Values = Record<string, string | number>;
const durationOf = (value?: string): Duration | undefined => (value ? parseDuration(value) : undefined);
const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Every window the page's timeline holds, in the guide's order. */
function readTimeline(): Item[] {
  const items = document.querySelectorAll<HTMLElement>(
    '.timeline [data-phase], .timeline [data-rule], .timeline [data-session]',
  );
  return [...items].map((source, order) => {
    const { phase, rule, action, from, until } = source.dataset;
    return {
      kind: phase ? 'phase' : rule ? 'rule' : 'session',
      id: phase ?? rule ?? 'next-session',
      action: action as Item['action'],
      results: 'results' in source.dataset,
      from: durationOf(from) ?? { amount: 0, unit: 'days' },
      until: durationOf(until),
      source,
      text: source.querySelector('[data-text]')?.textContent ?? '',
      afterwards: source.querySelector<HTMLElement>('[data-afterwards]')?.dataset.afterwards,
      safety: 'safety' in source.dataset,
      order,
    };
  });
}

class AftercareTracker extends HTMLElement {
  /** The page language's messages, loaded before the element is defined (see `ready`). */
  static messages: Messages = {};
  private messages: Messages = {};
  private items: Item[] = [];
  private current?: Treatment | undefined;
  private form!: HTMLFormElement;
  /** Dates and times: the reader's own regional variant of the page's language, else the clinic's. */
  private tag = '';

  connectedCallback() {
    this.messages = AftercareTracker.messages;
    const own = navigator.languages.find((tag) => tag.includes('-') && tag.split('-')[0] === this.lang.split('-')[0]);
    this.tag = own ?? this.dataset.dateTag ?? this.lang;
    this.items = readTimeline();
    this.form = this.find<HTMLFormElement>('form');
    this.form.hidden = false;
    this.find('.tracker-nojs').hidden = true;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update({ focus: true });
    });
    this.form.addEventListener('change', (event) => this.changed(event.target as HTMLInputElement));
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('[data-action]')?.getAttribute('data-action');
      if (action === 'forget') this.forget();
      if (action === 'ics') void this.download();
      if (action === 'print') this.print();
    });
    document.addEventListener('visibilitychange', () => document.hidden || !this.current || this.update());

    const url = new URL(location.href);
    const linked = linkedDate(url);
    // An old `?date=` link: the date moves into the fragment, which never reaches a server.
    if (linked?.fromQuery) history.replaceState(history.state, '', moveDateToFragment(url));
    if (linked) {
      this.field('date').value = parseTreatmentDate(linked.date, this.today()).ok ? linked.date : '';
      this.field('time').value = linked.time ?? '';
      this.update({ date: linked.date, focus: true });
      // A date typed while this code was loading (src/client/boot.ts loads it on first focus) counts too.
    } else if (this.restore() || this.field('date').value) this.update();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private field(name: string): HTMLInputElement {
    return this.form.elements.namedItem(name) as HTMLInputElement;
  }

  private say(key: string, values: Values = {}): string {
    return say(this.messages, key, values, this.tag);
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.tag).format(value);
  }

  private date(date: CivilDate, style: 'long' | 'short' = 'long'): string {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }
        : { weekday: 'short', day: 'numeric', month: 'short' };
    return new Intl.DateTimeFormat(this.tag, { ...options, timeZone: 'UTC' }).format(
      Date.UTC(date.year, date.month - 1, date.day),
    );
  }

  private time(minutes: number): string {
    return new Intl.DateTimeFormat(this.tag, { timeStyle: 'short', timeZone: 'UTC' }).format(minutes * 60_000);
  }

  private today(): CivilDate {
    return zonedDateTime(Date.now()).date;
  }

  private changed(target: HTMLInputElement) {
    if (target.name !== 'remember' || target.checked) this.update();
    this.remember();
  }

  private stored(): string | null {
    try {
      return localStorage.getItem(storageKey(this.dataset.treatment!));
    } catch {
      return null;
    }
  }

  /** Fills the form from the remembered record; a record this version cannot read is removed. */
  private restore(): boolean {
    const raw = this.stored();
    const record = decodeRecord(raw);
    if (raw && !record) this.remember(true);
    if (!record) return false;
    this.field('date').value = record.date;
    this.field('time').value = record.time ?? '';
    this.field('remember').checked = true;
    return true;
  }

  /** Saves the date when the reader opted in, removes it otherwise (or when `clear`). */
  private remember(clear = false) {
    const key = storageKey(this.dataset.treatment!);
    try {
      if (!clear && this.field('remember').checked && this.current) {
        const { date, minutes } = this.current;
        localStorage.setItem(
          key,
          encodeRecord({ date: isoDate(date), time: minutes === undefined ? undefined : isoTime(minutes) }),
        );
      } else localStorage.removeItem(key);
    } catch {
      // Storage can be blocked (private browsing); the tracker works without it.
    }
    this.find('[data-action=forget]').hidden = clear || !this.field('remember').checked;
  }

  private forget() {
    this.remember(true);
    this.form.reset();
    this.current = undefined;
    this.show(undefined, this.say('tracker.forgotten'));
    for (const name of ['date', 'time']) this.problem(name, '');
    this.field('date').focus();
  }

  private problem(name: string, message: string) {
    const input = this.field(name);
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    this.find(`#tracker-${name}-error`).textContent = message;
  }

  /** Reads the form (or a linked date) and shows the day, or says what is wrong. */
  update(options: { date?: string; focus?: boolean } = {}) {
    const input = this.field('date');
    const date: Parsed<CivilDate, string> = input.validity.badInput
      ? { ok: false, problem: 'impossible' }
      : parseTreatmentDate(options.date ?? input.value, this.today());
    const time = parseTime(this.field('time').value);
    const count = date.ok ? 0 : date.problem === 'tooLongAgo' ? dateLimits.yearsBack : dateLimits.yearsAhead;
    const dateError = date.ok ? '' : this.say(`tracker.error.${date.problem}`, { count });
    const timeError = time.ok ? '' : this.say('tracker.error.time');
    this.problem('date', dateError);
    this.problem('time', timeError);
    this.current = date.ok && time.ok ? { date: date.value, minutes: time.value } : undefined;
    this.show(this.current, dateError || timeError);
    if (this.current && this.field('remember').checked) this.remember();
    if (this.current && options.focus) this.reveal();
    else if (!this.current && options.focus) (dateError ? input : this.field('time')).focus();
  }

  /** Brings the day's answer to the top of the screen, and the focus to its heading. */
  private reveal() {
    const heading = this.find('#today-heading');
    heading.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
    heading.focus({ preventScroll: true });
  }

  private show(treatment: Treatment | undefined, message: string) {
    const panel = this.find('[data-part=today]');
    panel.hidden = !treatment;
    if (treatment) message = this.render(treatment);
    this.find('[data-part=status]').textContent = message;
  }

  /** "day 3 (Thu, 5 March 2026)", "until …", or their short forms, for a moment of the recovery. */
  private when(moment: Moment, edge: 'from' | 'until', style: 'long' | 'short' = 'long') {
    const exact = moment.instant !== undefined;
    // An "until" of days names the last day the window covers: the day before it is over.
    const back = edge === 'until' && !exact ? 1 : 0;
    const date = addDays(moment.date, -back);
    const values = {
      day: this.number(moment.day - back),
      date: this.date(date, style),
      time: exact ? this.time(moment.minutes!) : '',
      about: moment.aboutHours ? this.say('tracker.aboutHours', { count: moment.aboutHours }) : '',
    };
    if (style === 'short') return this.say(exact ? 'tracker.until.shortExact' : 'tracker.until.shortDay', values);
    const form = exact ? 'exact' : moment.aboutHours ? 'about' : 'day';
    return this.say(`tracker.${edge === 'until' ? 'until' : 'when'}.${form}`, values);
  }

  private until(resolved: Resolved<Item>, style: 'long' | 'short' = 'long') {
    return resolved.end ? this.when(resolved.end, 'until', style) : this.say('tracker.until.ongoing');
  }

  /** A list item: the item's text in its own language, and when. */
  private entry(item: Item, when: string, detail?: string): HTMLLIElement {
    const li = document.createElement('li');
    const text = document.createElement('strong');
    text.textContent = item.text;
    const language = item.source.closest<HTMLElement>('[lang]');
    if (language && language.lang !== this.lang) {
      text.lang = language.lang;
      text.dir = language.dir;
    }
    li.append(text);
    for (const [className, value] of [
      ['when', when],
      ['detail', detail],
    ] as const)
      if (value) {
        const span = document.createElement('span');
        span.className = className;
        span.textContent = value;
        li.append(span);
      }
    li.dataset.id = item.id;
    return li;
  }

  private fill(name: string, children: HTMLElement[], more = 0) {
    const section = this.find(`[data-list=${name}]`);
    section.querySelector('ul, ol')!.replaceChildren(...children);
    section.hidden = !children.length;
    const moreLine = section.querySelector<HTMLElement>('[data-more]');
    if (moreLine) {
      moreLine.textContent = more ? this.say('tracker.more', { count: more }) : '';
      moreLine.hidden = !more;
    }
  }

  private render(treatment: Treatment): string {
    const { now, items, complete, next } = dayOf(this.items, treatment, Date.now());
    const active = (action: 'avoid' | 'do') =>
      items.filter(({ window, status }) => status === 'active' && window.kind === 'rule' && window.action === action);
    const before = now.day < 0;
    for (const action of ['avoid', 'do'] as const) {
      const all = before ? [] : active(action);
      const { top, more } = mostImportant(all.map((resolved) => ({ ...resolved, ...resolved.window })));
      this.fill(
        action,
        top.map((resolved) => this.entry(resolved.window, this.until(resolved, 'short'))),
        more,
      );
      this.fill(
        `${action}-all`,
        all.map((resolved) => this.entry(resolved.window, this.until(resolved))),
      );
    }
    this.fill(
      'normal',
      items
        .filter(({ window, status }) => status === 'active' && window.kind === 'phase')
        .map(({ window }) =>
          this.entry(window, '', [...window.source.querySelectorAll('ul li')].map((li) => li.textContent).join(' · ')),
        ),
    );
    this.fill(
      'fine',
      items
        .filter(({ window, status }) => status === 'ended' && window.kind === 'rule' && window.action === 'avoid')
        .map(({ window }) => this.entry(window, '', window.afterwards)),
    );
    this.fill(
      'next',
      next.map(({ item, edge, at }) =>
        this.entry(item.window, this.when(at, edge === 'start' ? 'from' : 'until'), this.eventName(item.window, edge)),
      ),
    );
    this.fill(
      'plan',
      items
        .filter(({ window, start }) => window.kind !== 'session' || start.day > now.day)
        .sort((a, b) => a.start.day - b.start.day)
        .map((resolved) =>
          this.entry(
            resolved.window,
            this.say('tracker.plan.window', { from: this.when(resolved.start, 'from'), until: this.until(resolved) }),
          ),
        ),
    );
    this.fill('steps', before ? this.steps(treatment) : []);

    const heading = before
      ? this.say('tracker.countdown', { count: -now.day, treatment: this.dataset.name! })
      : now.day
        ? this.say('tracker.dayAfter', { count: now.day, treatment: this.dataset.name! })
        : this.say('tracker.dayZero', { treatment: this.dataset.name! });
    this.find('[data-part=day]').textContent = heading;
    const dates = `${this.say('tracker.treatmentDate', { date: this.date(treatment.date) })} · ${this.say('tracker.today', { date: this.date(now.date) })}`;
    this.find('[data-part=dates]').textContent = dates;
    const where = this.progress(now.day);
    const done = this.find('[data-part=complete]');
    done.hidden = !complete || before;
    done.textContent = [this.say('tracker.complete'), this.session(items, now.day)].filter(Boolean).join(' ');
    return [heading, dates, where].filter(Boolean).join('. ');
  }

  /** "Day 2 of about 10", and the bar: how far into the healing the reader is. */
  private progress(day: number): string {
    const part = this.find('[data-part=progress]');
    const total = healingDays(this.items.filter((item) => item.kind === 'phase') as { until: Duration }[]);
    const where = progress(day, total);
    part.hidden = !where;
    if (!where) return '';
    const text = where.done
      ? this.say('tracker.progressDone', { count: where.total })
      : this.say('tracker.progress', { count: where.total, day: where.day });
    this.find('[data-part=progress-text]').textContent = text;
    part.querySelector<HTMLElement>('.fill')!.style.inlineSize = `${Math.round(where.fraction * 100)}%`;
    return text;
  }

  /** The next session, when its time has not passed; else the clinic plans it. */
  private session(items: Resolved<Item>[], today: number): string {
    const session = items.find(({ window }) => window.kind === 'session');
    if (!session) return '';
    if (session.start.day <= today) return this.say('tracker.sessionPlan');
    return `${session.window.text} ${this.say('tracker.sessionFrom', { when: this.when(session.start, 'from') })}`;
  }

  private steps(treatment: Treatment): HTMLElement[] {
    const template = this.querySelector<HTMLTemplateElement>('template[data-steps]');
    return [...(template?.content.querySelectorAll<HTMLElement>('[data-step]') ?? [])].map((step) => {
      const start = momentOf(parseDuration(step.dataset.before!)!, treatment, false, -1);
      const li = step.cloneNode(true) as HTMLElement;
      const when = document.createElement('span');
      when.className = 'when';
      when.textContent = this.say('tracker.stepFrom', { date: this.date(start.date) });
      li.append(when);
      return li;
    });
  }

  /** What a change means, in words: "You can start again: make-up". */
  private eventName(window: Item, edge: 'start' | 'end'): string {
    const text = window.text;
    if (edge === 'start')
      return this.say(`tracker.event.${window.kind === 'rule' ? window.action! : window.kind}`, { text });
    if (window.action === 'avoid') return this.say('tracker.event.fine', { text });
    return window.afterwards
      ? this.say('tracker.event.endsAfterwards', { text, afterwards: window.afterwards })
      : this.say('tracker.event.ends', { text });
  }

  /** "Add to calendar": its code loads on the first click, as few readers use it. */
  private async download() {
    const treatment = this.current;
    if (!treatment) return;
    const { saveCalendar } = await import('./tracker-calendar');
    const page = `${location.origin}${location.pathname}`;
    saveCalendar({
      windows: this.items,
      treatment,
      id: this.dataset.treatment!,
      name: this.say('tracker.calendarName', { treatment: this.dataset.name! }),
      language: this.lang,
      now: Date.now(),
      describe: ({ window, kind }) => {
        const readMore = this.say('tracker.event.readMore', {
          url: `${page}#${window.source.id || 'timeline'}`,
        });
        if (kind === 'session')
          return [
            this.say('tracker.event.session', { treatment: this.dataset.name! }),
            `${window.text}\n\n${readMore}`,
          ];
        return [this.eventName(window, 'end'), [window.afterwards, readMore].filter(Boolean).join('\n\n')];
      },
    });
  }

  private print() {
    const details = this.find<HTMLDetailsElement>('[data-part=details]');
    const open = details.open;
    const root = document.documentElement;
    details.open = true;
    root.classList.add('tracker-print');
    window.addEventListener(
      'afterprint',
      () => {
        details.open = open;
        root.classList.remove('tracker-print');
      },
      { once: true },
    );
    window.print();
  }
}

/**
 * The element is defined, and upgrades the page's tracker, once its messages and the day view's
 * styles are here (fetched side by side with this script's own imports).
 */
export const ready = Promise.all([loadMessages('tracker'), loadStylesheet(dayStyles)]).then(([messages]) => {
  AftercareTracker.messages = messages;
  customElements.define('aftercare-tracker', AftercareTracker);
});
