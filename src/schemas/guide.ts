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
export type GuideKind = (typeof guideKinds)[number];

export const questionSchema = z.object({
  /** Stable across languages, e.g. `make-up`: search results and links point at it. */
  id: slug('make-up'),
  question: text('When can I wear make-up again?'),
  /** Markdown. The short answer first, then the detail. */
  answer: text('After 24 hours. Use clean brushes or a new sponge.'),
  /** The words patients use: lay terms, regional words, common misspellings. */
  keywords: z.array(text('makeup'), { error: expected('a list of words, like [makeup, foundation]') }).default([]),
  /** Shown on the home page among the questions people ask most. */
  top: z.boolean({ error: expected('true or false') }).default(false),
});

/** The three levels of ../CONTENT.md "When to get help"; the clinic's numbers come from the brand. */
export const careLevels = ['emergency', 'urgent', 'routine'] as const;
export type CareLevel = (typeof careLevels)[number];

export const careCardSchema = z.object({
  level: z.enum(careLevels, { error: expected(`one of ${careLevels.join(', ')}`) }),
  /** The signs that call for this level of care, one each. */
  signs: list(text('Swelling of the face, lips or tongue'), 'sign'),
});

export const preparationStepSchema = z.object({
  id: slug('pause-retinol'),
  text: text('Stop using retinol'),
  detail: text('It makes your skin more sensitive.').optional(),
  /** How long before the treatment it starts, e.g. `3d`; left out for the day itself. */
  before: durationSchema.optional(),
});

const common = {
  /** The page's heading and `<title>`. */
  title: text('Aftercare after your chemical peel'),
  /** One or two sentences for search engines and link previews. */
  description: text('What to do and avoid, day by day, after your chemical peel.'),
  ...governanceFields,
};

const kinds = {
  about: z.object({ kind: z.literal('about'), ...common, treatmentName: text('Chemical peel') }),
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
    care: list(careCardSchema, 'care card').refine(
      (cards) => careLevels.every((level) => cards.some((card) => card.level === level)),
      { error: `needs one card for each level: ${careLevels.join(', ')}` },
    ),
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
