/**
 * A clinic's branded copy, in one file: `content/brands/<id>.yaml`, its logo beside it.
 * Read at build start by `src/lib/brand.ts`, which adds the checks a schema cannot make alone
 * (the logo exists, colours pass WCAG AA, the treatments exist).
 */
import { z } from 'astro/zod';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import { date, expected, list, slug, strictObject, text, textPerLanguage, url } from './fields';
import { overridesSchema } from './overrides';

const hexColour = z
  .string({ error: expected('a colour like "#0b5cad"') })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour as 6 hex digits, like "#0b5cad"' });

const paletteSchema = strictObject({
  /** Links, buttons and headings' accents. Must reach 4.5:1 against `background`. */
  primary: hexColour,
  /** Borders and focus rings. Must reach 3:1 against `background`. */
  accent: hexColour,
  /** Body text. Must reach 4.5:1 against `background`. */
  text: hexColour,
  background: hexColour,
});

/** International format, as dialled: `+44 20 7946 0000`; short numbers like `999` or `112` too. */
const phone = z
  .string({ error: expected('a phone number like "+44 20 7946 0000"') })
  .trim()
  .regex(/^(\+?[0-9][0-9 ()-]{5,22}[0-9]|[0-9]{3,4})$/, {
    error: 'expected a phone number in international format, like "+44 20 7946 0000" (digits, spaces, +, -, brackets)',
  });

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const timeFormat = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string({ error: expected('a time like "09:00"') }).regex(timeFormat, {
  error: 'expected a 24-hour time like "09:00" or "17:30"',
});

/** A name shown in the header and in every page title: it must fit there (search engines cut titles at about 60–70). */
export const maxNameLength = 60;
const shortText = (example: string) =>
  text(example).max(maxNameLength, {
    error: (issue) =>
      `is ${typeof issue.input === 'string' ? issue.input.length : 'too many'} characters long: keep it to ${maxNameLength} or fewer, so it fits the header and page titles`,
  });

/** An opening time closes after it opens: "09:00" to "17:30", on the 24-hour clock. */
function closesAfterOpening(hours: { opens: string; closes: string }, ctx: z.RefinementCtx) {
  // A time already wrong is reported as such; "HH:MM" times compare as text.
  if (timeFormat.test(hours.opens) && timeFormat.test(hours.closes) && hours.closes <= hours.opens)
    ctx.addIssue({
      code: 'custom',
      path: ['closes'],
      message: `is ${hours.closes}, not after the opening time ${hours.opens}: write the time the clinic closes, on the 24-hour clock (17:30, not 5:30)`,
    });
}

/** Each weekday in one opening time only: two would leave the hours a patient reads ambiguous. */
function eachDayOnce(hours: { days: readonly Weekday[] }[], ctx: z.RefinementCtx) {
  const seen = new Map<Weekday, number>();
  hours.forEach((entry, index) =>
    entry.days.forEach((day, position) => {
      const first = seen.get(day);
      if (first === undefined) seen.set(day, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: [index, 'days', position],
          message: `"${day}" is listed twice (also in hours[${first}]): give each day one opening time`,
        });
    }),
  );
}

const localeEnum = z.enum(localeCodes as [Locale, ...Locale[]], {
  error: expected(`a language code: one of ${localeCodes.join(', ')}`),
});

export const brandSchema = strictObject({
  /** The clinic's name, shown as written in every language. */
  name: shortText('Lumen Skin Clinic'),
  /**
   * The name under the icon on a phone's home screen, 12 characters at most, e.g. "Lumen". Left
   * out, the name itself when it is that short, else its first word.
   */
  shortName: text('Lumen').max(12, { error: 'is longer than 12 characters: a phone would cut it short' }).optional(),
  logo: strictObject({
    /** A path relative to the brand file, e.g. `./demo-logo.svg` (SVG or PNG). */
    src: z.string({ error: expected('a path like "./demo-logo.svg"') }).regex(/\.(svg|png)$/i, {
      error: 'expected an SVG or PNG file, like "./demo-logo.svg"',
    }),
    /** What the logo says, for screen readers; usually the clinic's name. */
    alt: shortText('Lumen Skin Clinic'),
  }),
  colors: strictObject({ light: paletteSchema, dark: paletteSchema }),
  contacts: strictObject({
    phone,
    /** The clinic's line for urgent questions after treatment. */
    urgentPhone: phone,
    /** The country's emergency number: 999, 911, 112... */
    emergencyNumber: phone,
    /**
     * Where patients get urgent advice when the clinic is closed: the clinic's own on-call line
     * or a public service (NHS 111 in England). Every care card that says "call the clinic"
     * names it; without it, cards say "your local urgent care service".
     */
    outOfHours: strictObject({
      /** As patients know it, e.g. "NHS 111". */
      name: shortText('NHS 111'),
      phone,
      /** Its website, if it has one, e.g. https://111.nhs.uk/ */
      url: url.optional(),
    }).optional(),
    email: z.email({ error: expected('an email address like "care@clinic.example"') }),
    /** Lines of the postal address. */
    address: list(text('12 Example Street'), 'address line'),
    hours: list(
      strictObject({
        days: list(z.enum(weekdays, { error: expected(`a weekday: ${weekdays.join(', ')}`) }), 'weekday'),
        opens: time,
        closes: time,
      }).superRefine(closesAfterOpening),
      'opening time',
    ).superRefine(eachDayOnce),
    booking: url,
  }),
  /**
   * The clinic's country (ISO 3166 code, e.g. `GB`, `US`): dates and times read as they are
   * written there ("27 November 2026", "15:00" in `GB`). A reader's own regional setting wins.
   */
  region: z
    .string({ error: expected('a country code like "GB" or "US"') })
    .regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code in capitals, like "GB" or "US"' })
    .optional(),
  /** The languages this clinic publishes, in the order of its language picker. */
  locales: list(localeEnum, 'language').default([...localeCodes]),
  defaultLocale: localeEnum.default(defaultLocale),
  /** The treatments this clinic offers, by their folder name in `content/guides/<lang>/`. */
  treatments: list(slug('chemical-peel'), 'treatment'),
  /** The clinic's own disclaimer, per language; the standard one is used where left out. */
  disclaimer: textPerLanguage(localeCodes as [Locale, ...Locale[]], 'This is general information...').optional(),
  /** Where the copy is served, when the build does not say (SITE_URL and BASE_PATH win). */
  site: strictObject({
    /** The origin, e.g. `https://clinic.example`. */
    url: url.optional(),
    /** A sub-path, e.g. `/aftercare/`. */
    basePath: z.string({ error: expected('a path like "/aftercare/"') }).optional(),
  }).optional(),
  /** The clinic's own protocol where it differs from the guides (src/schemas/overrides.ts). */
  overrides: overridesSchema,
  /**
   * The clinic's own clinical lead's sign-off of its copy, after reading the review pack
   * (`npm run review-pack -- --brand <id>`). Pages of these treatments then say "Reviewed for
   * <clinic> by <by>, <credential>, on <date>". The build refuses a sign-off older than any of
   * those treatments' guides' `revised`: a guide that changed since needs a new sign-off.
   */
  review: strictObject({
    /** The clinician, as they wish to be named, e.g. "Dr Jane Doe". */
    by: shortText('Dr Jane Doe'),
    /** Their qualification and registration, e.g. "Consultant dermatologist, GMC 1234567". */
    credential: text('Consultant dermatologist, GMC 1234567'),
    /** The day they signed the review pack, e.g. 2026-12-01: not after the build. */
    date,
    /** The treatments they signed off, by folder name: among the clinic's `treatments`. */
    treatments: list(slug('micro-needling'), 'treatment'),
  }).optional(),
}).superRefine((brand, ctx) => {
  for (const treatment of Object.keys(brand.overrides))
    if (!brand.treatments.includes(treatment))
      ctx.addIssue({
        code: 'custom',
        path: ['overrides', treatment],
        message: `"${treatment}" is not among the clinic's treatments (${brand.treatments.join(', ')}): add it there or remove its overrides`,
      });
  for (const [treatment, overrides] of Object.entries(brand.overrides))
    overrides.addRules.forEach((rule, index) => {
      const missing = brand.locales.filter((locale) => !rule.text[locale]);
      if (missing.length)
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', treatment, 'addRules', index, 'text'],
          message: `has no text in ${missing.join(', ')}: write the rule in every language the clinic offers`,
        });
    });
  brand.review?.treatments.forEach((treatment, index) => {
    if (!brand.treatments.includes(treatment))
      ctx.addIssue({
        code: 'custom',
        path: ['review', 'treatments', index],
        message: `"${treatment}" is not among the clinic's treatments (${brand.treatments.join(', ')}): sign off only treatments the clinic offers`,
      });
  });
  if (!brand.locales.includes(brand.defaultLocale))
    ctx.addIssue({
      code: 'custom',
      path: ['defaultLocale'],
      message: `"${brand.defaultLocale}" is not in locales: add it there or pick one of ${brand.locales.join(', ')}`,
    });
});

/** A brand as written in its file. */
export type BrandInput = z.input<typeof brandSchema>;
/** A validated brand, with defaults applied. */
export type BrandData = z.infer<typeof brandSchema>;
export type Palette = z.infer<typeof paletteSchema>;
/** A clinic's clinical sign-off of its copy. */
export type ClinicReview = NonNullable<BrandData['review']>;
export type Weekday = (typeof weekdays)[number];
