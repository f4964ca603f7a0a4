/**
 * `<aftercare-tracker>`: works out the reader's day from the date they enter, and shows what
 * applies, by cloning and annotating the rules, phases and steps that src/components/Tracker.astro
 * rendered. Every word comes from that HTML; text is only ever set with `textContent`. The date
 * stays on the device: in local storage only after the reader opts in, and in the `.ics` file it
 * makes (src/scripts/tracker-calendar.ts).
 */
import { addDays, isoDate, zonedDateTime, type CivilDate } from '../lib/calendar';
import { parseDuration, type Duration } from '../lib/duration';
import { dayOf, momentOf, type Moment, type Treatment, type Window } from '../lib/recovery';
import { decodeRecord, encodeRecord, storageKey } from '../lib/remember';
import { isoTime, parseTime, parseTreatmentDate, type Parsed } from '../lib/treatment-date';

interface Item extends Window {
  id: string;
  li: HTMLElement;
}

const durationOf = (value?: string): Duration | undefined => (value ? parseDuration(value) : undefined);
const textOf = (li: HTMLElement) => li.querySelector('[data-part=text]')!.textContent;

class AftercareTracker extends HTMLElement {
  private strings = new Map<string, string>();
  private items: Item[] = [];
  private steps: Item[] = [];
  private treatment = '';
  private current?: Treatment | undefined;
  private form!: HTMLFormElement;
  /** The page's language, in the reader's regional variant when they have one (`en` → `en-GB`). */
  private tag = '';

  connectedCallback() {
    this.tag =
      (!this.lang.includes('-') && navigator.languages.find((tag) => tag.split('-')[0] === this.lang)) || this.lang;
    this.form = this.find<HTMLFormElement>('form');
    this.form.hidden = false;
    this.find('.tracker-nojs').hidden = true;
    this.read(this.find('[data-part=strings]'));
    const select = this.form.elements.namedItem('treatment') as HTMLSelectElement | null;
    const first = this.querySelector<HTMLElement>('template[data-treatment]')!.dataset.treatment!;
    const remembered = [...(select?.options ?? [])].find((option) => this.stored(option.value))?.value;
    this.pick(remembered ?? first);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update();
    });
    this.form.addEventListener('change', (event) => this.changed(event.target as HTMLInputElement));
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('[data-action]')?.getAttribute('data-action');
      if (action === 'forget') this.forget();
      if (action === 'ics') void this.download();
      if (action === 'print') this.print();
    });
    document.addEventListener('visibilitychange', () => document.hidden || !this.current || this.update());

    const linked = new URLSearchParams(location.search).get('date');
    if (linked !== null) {
      if (parseTreatmentDate(linked, this.today()).ok) this.field('date').value = linked;
      this.update(linked);
    } else if (this.restore()) this.update();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private field(name: string): HTMLInputElement {
    return this.form.elements.namedItem(name) as HTMLInputElement;
  }

  /** Reads `<i data-k data-c>` strings: `key` or `key:category`. */
  private read(template: HTMLElement) {
    for (const i of (template as HTMLTemplateElement).content.querySelectorAll<HTMLElement>('[data-k]'))
      this.strings.set(i.dataset.k + (i.dataset.c ? `:${i.dataset.c}` : ''), i.textContent);
  }

  private say(key: string, values: Record<string, string> = {}, count?: number): string {
    const category = count === undefined ? '' : `:${new Intl.PluralRules(this.tag).select(count)}`;
    const text = this.strings.get(key + category) ?? this.strings.get(`${key}:other`) ?? '';
    return text.replace(
      /\{(\w+)\}/g,
      (_, name: string) => values[name] ?? (name === 'count' ? this.number(count!) : ''),
    );
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.tag).format(value);
  }

  private date(date: CivilDate): string {
    const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' };
    return new Intl.DateTimeFormat(this.tag, { ...options, timeZone: 'UTC' }).format(
      Date.UTC(date.year, date.month - 1, date.day),
    );
  }

  private today(): CivilDate {
    return zonedDateTime(Date.now()).date;
  }

  /** Switches to a treatment: its items, its strings, and its remembered date. */
  private pick(treatment: string) {
    this.treatment = treatment;
    const template = [...this.querySelectorAll<HTMLTemplateElement>('template[data-treatment]')].find(
      (candidate) => candidate.dataset.treatment === treatment,
    )!;
    this.read(template);
    const items = [...template.content.querySelectorAll<HTMLElement>('li[data-kind]')].map((li) => {
      const { kind, id, action, from, until, before } = li.dataset;
      return {
        li,
        id: id!,
        kind: kind as Item['kind'],
        action: action as Item['action'],
        from: durationOf(from ?? before) ?? { amount: 0, unit: 'days' },
        until: durationOf(until),
      };
    });
    this.items = items.filter((item) => item.li.dataset.kind !== 'step');
    this.steps = items.filter((item) => item.li.dataset.kind === 'step');
    const select = this.form.elements.namedItem('treatment') as HTMLSelectElement | null;
    if (select) select.value = treatment;
  }

  private changed(target: HTMLInputElement) {
    if (target.name === 'treatment') {
      this.pick(target.value);
      this.field('remember').checked = false;
      this.restore();
    }
    if (target.name !== 'remember' || target.checked) this.update();
    this.remember();
  }

  private stored(treatment: string): string | null {
    try {
      return localStorage.getItem(storageKey(treatment));
    } catch {
      return null;
    }
  }

  /** Fills the form from the remembered record; a record this version cannot read is removed. */
  private restore(): boolean {
    const raw = this.stored(this.treatment);
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
    const key = storageKey(this.treatment);
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
  }

  private forget() {
    this.remember(true);
    this.form.reset();
    this.pick(this.treatment);
    this.current = undefined;
    this.show(undefined, this.say('forgotten'));
    for (const name of ['date', 'time']) this.problem(name, '');
  }

  private problem(name: string, message: string) {
    const input = this.field(name);
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    this.find(`#tracker-${name}-error`).textContent = message;
  }

  /** Reads the form (or a linked date) and shows the day, or says what is wrong. */
  update(linked?: string) {
    const input = this.field('date');
    const date: Parsed<CivilDate, string> = input.validity.badInput
      ? { ok: false, problem: 'impossible' }
      : parseTreatmentDate(linked ?? input.value, this.today());
    const time = parseTime(this.field('time').value);
    const dateError = date.ok ? '' : this.say(`error.${date.problem}`);
    const timeError = time.ok ? '' : this.say('error.time');
    this.problem('date', dateError);
    this.problem('time', timeError);
    this.current = date.ok && time.ok ? { date: date.value, minutes: time.value } : undefined;
    this.show(this.current, dateError || timeError);
  }

  private show(treatment: Treatment | undefined, message: string) {
    const panel = this.find('[data-part=today]');
    panel.hidden = !treatment;
    if (treatment) message = this.render(treatment);
    this.find('[data-part=status]').textContent = message;
  }

  /** "day 3 (Thu, 5 March 2026)", or "until …", for a moment of the recovery. */
  private when(moment: Moment, item: Item, edge: 'from' | 'until', kind: 'when' | 'until') {
    const exact = moment.instant !== undefined;
    // An "until" of days names the last day the window covers: the day before it is over.
    const back = kind === 'until' && !exact ? 1 : 0;
    return this.say(`${kind}.${exact ? 'exact' : moment.aboutHours ? 'about' : 'day'}`, {
      day: this.number(moment.day - back),
      date: this.date(addDays(moment.date, -back)),
      time: exact
        ? new Intl.DateTimeFormat(this.tag, { timeStyle: 'short', timeZone: 'UTC' }).format(moment.minutes! * 60_000)
        : '',
      about: item.li.dataset[edge === 'from' ? 'aboutFrom' : 'aboutUntil'] ?? '',
    });
  }

  private clone(item: Item, when: string, ended = false): HTMLElement {
    const li = item.li.cloneNode(true) as HTMLElement;
    li.querySelector('.when')!.textContent = when;
    if (ended) li.dataset.status = 'ended';
    return li;
  }

  private render(treatment: Treatment): string {
    const { now, items, complete, next } = dayOf(this.items, treatment, Date.now());
    const lists: Record<string, HTMLElement[]> = { steps: [], avoid: [], do: [], fine: [], normal: [], next: [] };
    const until = (item: Item, end?: Moment) =>
      end ? this.when(end, item, 'until', 'until') : this.say('until.ongoing');
    for (const { window: item, status, end } of items) {
      if (status === 'active' && item.kind !== 'session')
        lists[item.kind === 'phase' ? 'normal' : item.action!]!.push(this.clone(item, until(item, end)));
      if (
        status === 'ended' &&
        item.kind === 'rule' &&
        (item.action === 'avoid' || item.li.querySelector('.afterwards'))
      )
        lists[item.action === 'avoid' ? 'fine' : 'do']!.push(this.clone(item, '', true));
    }
    for (const { item, edge, at } of next) {
      const { window } = item;
      const kind =
        edge === 'end'
          ? window.action === 'avoid'
            ? 'fine'
            : 'ends'
          : window.kind === 'rule'
            ? window.action
            : window.kind;
      const li = document.createElement('li');
      li.textContent = this.say('next.item', {
        event: this.say(`event.${kind}`, { text: textOf(window.li) }),
        when: this.when(at, window, edge === 'start' ? 'from' : 'until', 'when'),
      });
      lists.next!.push(li);
    }
    if (now.day < 0)
      for (const step of this.steps) {
        // A step with no `before` (no source gives a time for it) gets no date either.
        const start = step.li.dataset.before ? momentOf(step.from, treatment, false, -1) : undefined;
        lists.steps!.push(this.clone(step, start ? this.say('stepFrom', { date: this.date(start.date) }) : ''));
      }
    for (const [name, children] of Object.entries(lists)) {
      const section = this.find(`[data-list=${name}]`);
      section.querySelector('ul')!.replaceChildren(...children);
      section.hidden = !children.length;
    }

    const done = this.find('[data-part=complete]');
    done.hidden = !complete || now.day < 0;
    const sessions = items.filter(({ window }) => window.kind === 'session');
    done
      .querySelector('ul')!
      .replaceChildren(
        ...sessions.map(({ window, start }) => this.clone(window, this.when(start, window, 'from', 'when'))),
      );
    this.find('[data-part=plan] ol').replaceChildren(
      ...items
        .slice()
        .sort((a, b) => a.start.day - b.start.day)
        .map(({ window, start, end }) =>
          this.clone(
            window,
            this.say('plan.window', { from: this.when(start, window, 'from', 'when'), until: until(window, end) }),
          ),
        ),
    );

    const heading =
      now.day < 0
        ? this.say('countdown', {}, -now.day)
        : now.day
          ? this.say('dayAfter', {}, now.day)
          : this.say('dayZero');
    this.find('[data-part=day]').textContent = heading;
    const dates = `${this.say('treatmentDate', { date: this.date(treatment.date) })} · ${this.say('today', { date: this.date(now.date) })}`;
    this.find('[data-part=dates]').textContent = dates;
    return `${heading}. ${dates}`;
  }

  /** "Add to calendar": its code loads on the first click, as few readers use it. */
  private async download() {
    const treatment = this.current;
    if (!treatment) return;
    const { saveCalendar } = await import('./tracker-calendar');
    saveCalendar({
      windows: this.items,
      treatment,
      id: this.treatment,
      name: this.say('calendarName'),
      language: this.lang,
      describe: ({ window, kind }) =>
        kind === 'session'
          ? [this.say('event.session'), textOf(window.li)]
          : [
              this.say(`event.${kind}`, { text: textOf(window.li) }),
              window.li.querySelector('.afterwards')?.textContent ?? undefined,
            ],
    });
  }

  private print() {
    const plan = this.find<HTMLDetailsElement>('[data-part=plan]');
    const open = plan.open;
    const root = document.documentElement;
    plan.open = true;
    root.classList.add('tracker-print');
    window.addEventListener(
      'afterprint',
      () => {
        plan.open = open;
        root.classList.remove('tracker-print');
      },
      { once: true },
    );
    window.print();
  }
}

customElements.define('aftercare-tracker', AftercareTracker);
