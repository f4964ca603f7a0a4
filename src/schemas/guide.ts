/**
 * A guide: one MDX page of one kind, for one treatment, in one language
 * (`content/guides/<lang>/<treatment>/<kind>.mdx`). The literal `kind` field picks the fields a
 * page carries, so an aftercare page cannot forget its timeline and an FAQ its questions.
 */
import { z } from 'astro/zod';
import { durationSchema, nextSessionSchema, phasesSchema, rulesSchema } from './timeline';
import { governanceFields } from './governance';
import { expected, list, listWithIds, slug, text } from './fields';

export const guideKinds = ['about', 'preparation', 'aftercare', 'urgent', 'faq'] as const;

/** Kinds of treatment, for grouping: skin treatments, injections, light and laser. */
export const treatmentCategories = ['skin', 'injection', 'light'] as const;
export type TreatmentCategory = (typeof treatmentCategories)[number];

/** Where on the body a treatment is done, so a patient finds theirs at once: face, body or both. */
export const treatmentAreas = ['face', 'body'] as const;
export type GuideKind = (typeof guideKinds)[number];

/**
 * What a question is about, for the FAQ page's jump list: a fixed set, so every treatment and
 * language groups the same way (the headings are UI strings, `faq.topic.<topic>`).
 */
export const questionTopics = ['before', 'healing', 'daily-life', 'skin-care', 'results', 'safety'] as const;
export type QuestionTopic = (typeof questionTopics)[number];

export const questionSchema = z.object({
  /** Stable across languages, e.g. `make-up`: search results and links point at it. */
  id: slug('make-up'),
  /**
   * `before` (getting ready, who it suits), `healing` (what is normal while it heals),
   * `daily-life` (washing, make-up, work, exercise, travel), `skin-care` (products and sun),
   * `results` (results, sessions, how long it lasts), `safety` (risks and warning signs).
   */
  topic: z.enum(questionTopics, { error: expected(`a topic: one of ${questionTopics.join(', ')}`) }),
  question: text('When can I wear make-up again?'),
  /** Markdown. The short answer first, then the detail. */
  answer: text('After 24 hours. Use clean brushes or a new sponge.'),
  /** The words patients use: lay terms, regional words, common misspellings. */
  keywords: z.array(text('makeup'), { error: expected('a list of words, like [makeup, foundation]') }).default([]),
  /** Shown on the home page among the questions people ask most. */
  top: z.boolean({ error: expected('true or false') }).default(false),
});

/**
 * The levels of "when to get help" (docs/content-standard.md, "Care cards"), most urgent first:
 * `emergency` (the emergency number), `now` (the clinic's urgent line at once, day or night: a
 * filler in a blood vessel cannot wait for the morning), `urgent` (the clinic today) and
 * `routine` (the clinic in opening hours). Every guide has emergency, urgent and routine; `now`
 * only where a treatment needs it. The numbers come from the brand.
 */
export const careLevels = ['emergency', 'now', 'urgent', 'routine'] as const;
export type CareLevel = (typeof careLevels)[number];
export const requiredCareLevels: readonly CareLevel[] = ['emergency', 'urgent', 'routine'];

export const careCardSchema = z.object({
  level: z.enum(careLevels, { error: expected(`one of ${careLevels.join(', ')}`) }),
  /** The signs that call for this level of care, one each; `{rule:id}` and `{phase:id}` name a window. */
  signs: list(text('Sudden swelling of the lips, tongue or throat'), 'sign'),
  /** What to do besides calling, when the treatment needs it: "Say that you had dermal filler." */
  advice: text('Say that you had dermal filler, and when.').optional(),
});

export const preparationStepSchema = z.object({
  id: slug('pause-retinol'),
  text: text('Stop using retinol'),
  detail: text('It makes your skin more sensitive.').optional(),
  /** How long before the treatment it starts, e.g. `3d`; left out for the day itself. */
  before: durationSchema.optional(),
  /**
   * A screening step that keeps the patient safe (cold sores, pregnancy, medicines, numbing
   * cream): a clinic's own preparation page must keep it.
   */
  safety: z.boolean({ error: expected('true or false') }).default(false),
});

const common = {
  /** The page's heading and `<title>`. */
  title: text('Aftercare after your chemical peel'),
  /** One or two sentences for search engines and link previews. */
  description: text('What to do and avoid, day by day, after your chemical peel.'),
  ...governanceFields,
};

const kinds = {
  about: z.object({
    kind: z.literal('about'),
    ...common,
    treatmentName: text('Chemical peel'),
    /** How the home page and the FAQ index group treatments: `skin`, `injection` or `light` (and laser). */
    category: z.enum(treatmentCategories, { error: expected(`one of ${treatmentCategories.join(', ')}`) }),
    /** Where it is done: `[face]`, `[body]` or `[face, body]`, shown beside the treatment's name. */
    areas: z
      .array(z.enum(treatmentAreas, { error: expected(`one of ${treatmentAreas.join(', ')}`) }))
      .min(1, { error: 'needs at least one area: face, body' }),
  }),
  preparation: z.object({
    kind: z.literal('preparation'),
    ...common,
    steps: listWithIds(preparationStepSchema, 'step').optional(),
  }),
  aftercare: z.object({
    kind: z.literal('aftercare'),
    ...common,
    phases: phasesSchema,
    rules: rulesSchema,
    nextSession: nextSessionSchema.optional(),
  }),
  urgent: z.object({
    kind: z.literal('urgent'),
    ...common,
    care: list(careCardSchema, 'care card').superRefine((cards, ctx) => {
      const levels = cards.map((card) => card.level);
      const missing = requiredCareLevels.filter((level) => !levels.includes(level));
      if (missing.length)
        ctx.addIssue({
          code: 'custom',
          message: `needs a card for each of ${requiredCareLevels.join(', ')}: add ${missing.join(', ')}`,
        });
      const twice = levels.filter((level, index) => levels.indexOf(level) !== index);
      if (twice.length)
        ctx.addIssue({ code: 'custom', message: `has two "${twice[0]}" cards: put their signs in one card` });
      if (levels.join() !== careLevels.filter((level) => levels.includes(level)).join())
        ctx.addIssue({ code: 'custom', message: `lists its cards out of order: write them ${careLevels.join(', ')}` });
    }),
  }),
  faq: z.object({ kind: z.literal('faq'), ...common, questions: listWithIds(questionSchema, 'question') }),
};

export const guideSchema = z.discriminatedUnion(
  'kind',
  [kinds.about, kinds.preparation, kinds.aftercare, kinds.urgent, kinds.faq],
  {
    error: (issue) =>
      expected(`a kind: one of ${guideKinds.join(', ')}, matching the file name`)({
        input: (issue.input as { kind?: unknown } | undefined)?.kind,
      }),
  },
);

export type Guide = z.infer<typeof guideSchema>;
export type GuideOf<K extends GuideKind> = Extract<Guide, { kind: K }>;
export type Question = z.infer<typeof questionSchema>;
export type CareCard = z.infer<typeof careCardSchema>;
export type PreparationStep = z.infer<typeof preparationStepSchema>;
