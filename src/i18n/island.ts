/**
 * The messages an island needs in the browser, taken raw from the UI dictionaries with every
 * plural form the language needs, English where the language lacks one. The browser fills them
 * in (src/lib/messages.ts), so no dictionary and no i18next reach the reader's device.
 */
import en from './ui/en.json';
import { dictionaries } from '.';
import { localeTag, type Locale } from './locales';
import type { Messages, PluralForms } from '../lib/messages';

/** A key as the code names it: plural keys without their `_one`/`_other` ending. */
type Stem<K> = K extends `${infer S}_${Intl.LDMLPluralRule}` ? S : K;
type MessageKey = Stem<keyof typeof en>;

/** What a date field says when its date cannot be used: the tracker's, the home page's, the handout's. */
const dateErrors = [
  'tracker.error.empty',
  'tracker.error.format',
  'tracker.error.impossible',
  'tracker.error.tooFarAhead',
  'tracker.error.tooLongAgo',
  'tracker.error.time',
] as const;

/** The messages each island says in the browser. */
export const islandKeys = {
  search: [
    'search.results',
    'search.seeAll',
    'search.none',
    'search.searching',
    'search.unavailable',
    'search.filter.allTreatments',
    'search.filter.allKinds',
  ],
  start: [...dateErrors],
  /** The clinic's handout page, in the page's language. */
  handout: ['handout.ready', ...dateErrors],
  /** One block of the printed handout, in the block's own language. */
  handoutSheet: [
    'handout.when.from',
    'handout.when.fromTime',
    'handout.when.until',
    'handout.when.untilTime',
    'handout.when.both',
    'handout.when.noEnd',
    'handout.treatmentOn',
    'handout.treatmentAt',
  ],
  tracker: [
    'tracker.dayZero',
    'tracker.dayAfter',
    'tracker.countdown',
    'tracker.treatmentDate',
    'tracker.today',
    'tracker.progress',
    'tracker.progressDone',
    'tracker.complete',
    'tracker.sessionPlan',
    'tracker.sessionFrom',
    'tracker.stepFrom',
    'tracker.more',
    'tracker.aboutHours',
    'tracker.when.day',
    'tracker.when.exact',
    'tracker.when.about',
    'tracker.until.day',
    'tracker.until.exact',
    'tracker.until.about',
    'tracker.until.ongoing',
    'tracker.until.shortDay',
    'tracker.until.shortExact',
    'tracker.event.fine',
    'tracker.event.ends',
    'tracker.event.endsAfterwards',
    'tracker.event.avoid',
    'tracker.event.do',
    'tracker.event.phase',
    'tracker.event.session',
    'tracker.event.readMore',
    'tracker.next.item',
    'tracker.plan.window',
    'tracker.calendarName',
    'tracker.forgotten',
    ...dateErrors,
  ],
} as const satisfies Record<string, readonly MessageKey[]>;

export function islandMessages(locale: Locale, keys: readonly MessageKey[]): Messages {
  const strings = dictionaries[locale] as Record<string, string | undefined>;
  const english = en as Record<string, string>;
  const categories = new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories;
  const messages: Messages = {};
  for (const key of keys) {
    if (key in english) {
      messages[key] = strings[key] ?? english[key]!;
      continue;
    }
    const forms: PluralForms = {};
    for (const category of categories)
      forms[category] = strings[`${key}_${category}`] ?? english[`${key}_${category}`] ?? english[`${key}_other`];
    messages[key] = forms;
  }
  return messages;
}

/** The JSON for a `<script type="application/json">`: `<` escaped, so no message can close the tag. */
export const messagesJson = (messages: Messages) => JSON.stringify(messages).replace(/</g, '\\u003c');
