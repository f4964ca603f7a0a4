/**
 * Field builders shared by every schema. Each one carries an error message that says what was
 * expected and shows an example, because the people who edit these files are clinic staff, not
 * developers: "expected a date like 2026-03-01" beats "Expected type date, received object".
 */
import { z } from 'astro/zod';
import { closest } from './closest';

/** How a wrong value is named in a message: `the number 42`, `nothing`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `a date (${value.toISOString().slice(0, 10)})`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

/** A message for a value of the wrong type, or a missing one. */
export function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is missing: add ${what}` : `expected ${what}, found ${describeValue(issue.input)}`;
}

/** Text a reader sees, never empty. */
export function text(example: string) {
  const what = `text, like "${example}"`;
  return z
    .string({ error: expected(what) })
    .trim()
    .min(1, { error: `is empty: write ${what}` });
}

/** A stable identifier: lowercase words joined by hyphens, shared across languages. */
export function slug(example: string) {
  return z.string({ error: expected(`an id like "${example}"`) }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: `must be lowercase letters, digits and hyphens, like "${example}"`,
  });
}

/**
 * A calendar date. YAML reads `2026-03-01` as a date, but rolls `2026-02-30` over into March, so
 * dates are read from their text (the `yaml` package keeps it as a string where no schema
 * converts it) and a day the month lacks is an error.
 */
export const date = z.preprocess(
  (value, ctx) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: 'custom', message: `${value} is not a day of the calendar: check the month and day` });
      return z.NEVER;
    }
    return parsed;
  },
  z.date({ error: expected('a date like 2026-03-01') }),
);

/** A web address a reader can open. */
export const url = z.url({
  protocol: /^https?$/,
  error: expected('a web address starting with https://, like "https://www.nhs.uk/"'),
});

/** A count or year. */
export function integer(what: string, min: number, max: number) {
  return z
    .number({ error: expected(`${what} (a whole number)`) })
    .int({ error: `expected ${what} as a whole number` })
    .min(min, { error: `expected ${what} of at least ${min}` })
    .max(max, { error: `expected ${what} of at most ${max}` });
}

/** A list that must not be empty. */
export function list<T extends z.ZodType>(item: T, what: string) {
  return z
    .array(item, { error: expected(`a list of ${what}s`) })
    .min(1, { error: `is empty: add at least one ${what}` });
}

/** A list whose items have unique `id`s, so that translations and overrides can name them. */
export function listWithIds<T extends z.ZodType<{ id: string }>>(item: T, what: string) {
  return list(item, what).superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((entry, index) => {
      if (seen.has(entry.id))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `"${entry.id}" is used twice: give each ${what} its own id`,
        });
      seen.add(entry.id);
    });
  });
}

/** What a key nobody reads is called in a message: `"overide" is not a setting: did you mean "overrides"?` */
function unknownKeys(
  keys: readonly string[],
  known: readonly string[],
  what: string,
  suggest: (key: string) => string | undefined = (key) => closest(key, known),
): string {
  return keys
    .map((key) => {
      const suggestion = suggest(key);
      return suggestion
        ? `"${key}" is not a ${what}: did you mean "${suggestion}"?`
        : `"${key}" is not a ${what} here: use one of ${known.join(', ')}, or remove it`;
    })
    .join('; ');
}

/**
 * An object that refuses keys it does not know, naming each with the closest known one: a
 * misspelt setting (`overide:`) would otherwise be dropped in silence, and the clinic's protocol
 * with it.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, what = 'setting') {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeys(issue.keys, known, what) : undefined),
  });
}

/** A code of the same language (`zh` → `zh-cn`, `en-GB` → `en`): spelling distance says nothing here. */
const sameLanguage = (languages: readonly string[]) => (key: string) =>
  languages.find((code) => code.split('-')[0] === key.toLowerCase().split(/[-_]/)[0]);

/**
 * Text per language, `{ en: "...", es: "..." }`: a key that is not one of `languages` is named,
 * with the closest one (`zh` → did you mean "zh-cn"?), instead of a bare "unrecognized key".
 */
export function textPerLanguage<L extends string>(languages: readonly [L, ...L[]], example: string) {
  const what = `text per language, like { en: "${example}" }`;
  return z.partialRecord(z.enum(languages), text(example), {
    // Zod reports keys outside an enum as `unrecognized_keys`, which its types for records leave out.
    error: (issue) => {
      const keys = (issue as { keys?: string[] }).keys;
      return String(issue.code) === 'unrecognized_keys' && keys
        ? unknownKeys(keys, languages, 'language code', sameLanguage(languages))
        : expected(what)(issue);
    },
  });
}
