/**
 * The tracker's data, written in an aftercare guide's frontmatter: what is normal by day
 * (`phases`) and what to avoid or do, from when and until when (`rules`). Windows are
 * half-open: `from: 0h, until: 24h` means "from the treatment until 24 hours after it".
 */
import { z } from 'astro/zod';
import { approximateHours, parseDuration, type Duration } from './duration';
import { expected, list, listWithIds, slug, text } from './fields';

/** `24h` (hours after the treatment) or `2d` (calendar day 2; day 0 is the treatment day). */
export const durationSchema = z
  .string({ error: expected('a duration like "24h" (hours) or "2d" (days)') })
  .transform((value, ctx) => {
    const duration = parseDuration(value);
    if (duration) return duration;
    ctx.addIssue({
      code: 'custom',
      message: `expected a duration like "24h" (hours) or "2d" (days), found "${value}"`,
    });
    return z.NEVER;
  });

function endsAfterStart(window: { from: Duration; until?: Duration | undefined }) {
  return !window.until || approximateHours(window.until) > approximateHours(window.from);
}
const untilAfterFrom = { error: 'must end after it starts: make "until" later than "from"', path: ['until'] };

export const phaseSchema = z
  .object({
    /** Stable across languages, e.g. `red-and-warm`. */
    id: slug('red-and-warm'),
    /** e.g. `0d`. */
    from: durationSchema,
    /** e.g. `2d`: the phase covers days 0 and 1. */
    until: durationSchema,
    /** A short name for the phase, e.g. "Red, warm and tight". */
    title: text('Red, warm and tight'),
    /** What is normal to see or feel, one item each. */
    normal: list(text('Redness like a mild sunburn'), 'normal sign'),
    /**
     * A phase about results building rather than healing ("results come slowly"): the
     * tracker's progress line ("day 2 of about 10") ends where the last healing phase ends.
     */
    results: z.boolean({ error: expected('true or false') }).default(false),
  })
  .refine(endsAfterStart, untilAfterFrom);

export const ruleSchema = z
  .object({
    /** Stable across languages and named by clinic overrides, e.g. `make-up`. */
    id: slug('make-up'),
    /** `avoid` something during the window, or `do` something during it. */
    action: z.enum(['avoid', 'do'], { error: expected('"avoid" or "do"') }),
    /** What it is about, short: "Make-up", "Sunscreen SPF 30+ every day". */
    text: text('Make-up'),
    /** Why, or how: one or two plain sentences. */
    detail: text('It can carry germs into the tiny channels in your skin.').optional(),
    /** What to do once the window has ended, e.g. "Use clean brushes or a new sponge." */
    afterwards: text('Use clean brushes or a new sponge.').optional(),
    /** When it starts; the treatment itself (`0h`) when left out. */
    from: durationSchema.default({ amount: 0, unit: 'hours' }),
    /** When it ends; left out for advice that goes on ("keep using sunscreen"). */
    until: durationSchema.optional(),
    /**
     * A rule whose neglect risks harm (infection, a burn, dark patches, a moved product): it
     * comes first in the day's summary, and a clinic's own aftercare page must keep it.
     * Among equals, the order of the list is the order of importance.
     */
    safety: z.boolean({ error: expected('true or false') }).default(false),
  })
  .refine(endsAfterStart, untilAfterFrom);

/**
 * When the next session can be, for treatments done as a course. The tracker points to it once
 * recovery is complete and puts it in the reader's calendar.
 */
export const nextSessionSchema = z
  .object({
    /** The earliest, e.g. `28d` (about four weeks after this session). */
    from: durationSchema,
    /** The latest, when the clinic gives a window, e.g. `43d` (through day 42). */
    until: durationSchema.optional(),
    /** The advice in plain words, e.g. "If you plan more sessions, the next one is usually about a month after this one." */
    text: text('If you plan more sessions, the next one is usually about a month after this one.'),
  })
  .refine(endsAfterStart, untilAfterFrom);

export const phasesSchema = listWithIds(phaseSchema, 'phase');
export const rulesSchema = listWithIds(ruleSchema, 'rule');

export type Phase = z.infer<typeof phaseSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type NextSession = z.infer<typeof nextSessionSchema>;
