/**
 * Who stands behind a guide, and how fresh it is: the fields every guide carries and shows
 * (docs/content-standard.md, "Governance"). Checking a page against its sources is not a clinical
 * review, so the two have their own fields: `lastChecked` always, `reviewedBy` (with its date)
 * only when a real clinician reviewed the page, tied to the status by the schema.
 */
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { date, expected, integer, list, text, url } from './fields';

const threeYearsInMs = 3 * 366 * 24 * 60 * 60 * 1000;

export const reviewSchema = z
  .object({
    /** Our shipped content is `awaiting-clinical-review` until a clinician signs it off. */
    status: z.enum(['awaiting-clinical-review', 'clinically-reviewed'], {
      error: expected('"awaiting-clinical-review" or "clinically-reviewed"'),
    }),
    /** When the content was last checked against its sources, e.g. 2026-11-01. Not a clinical review. */
    lastChecked: date,
    /** When it must be checked again: within 3 years (NHS and MedlinePlus practice). */
    nextCheck: date,
    /** The clinician who reviewed it, and when; only with status `clinically-reviewed`. */
    reviewedBy: z
      .object({
        name: text('Dr Jane Doe'),
        credential: text('Consultant dermatologist, GMC 1234567'),
        /** The day of the clinical review, e.g. 2026-12-01. */
        date,
      })
      .optional(),
  })
  .superRefine((review, ctx) => {
    const gap = review.nextCheck.getTime() - review.lastChecked.getTime();
    if (gap <= 0 || gap > threeYearsInMs)
      ctx.addIssue({
        code: 'custom',
        path: ['nextCheck'],
        message: 'must be after lastChecked and within 3 years of it',
      });
    if (review.status === 'clinically-reviewed' && !review.reviewedBy)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewedBy'],
        message: 'is missing: name the clinician who reviewed the page, or set status to "awaiting-clinical-review"',
      });
    if (review.status === 'awaiting-clinical-review' && review.reviewedBy)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewedBy'],
        message:
          'must be left out while status is "awaiting-clinical-review": never name a reviewer before a real review',
      });
  });

export const sourceSchema = z.object({
  /** e.g. "Chemical peels: overview" */
  title: text('Chemical peels: overview'),
  /** e.g. "American Academy of Dermatology" */
  publisher: text('American Academy of Dermatology'),
  year: integer('a year like 2024', 1900, 2100),
  url,
});

export const translationSchema = z
  .object({
    /** The language this page was translated from, e.g. `en`. */
    from: z.enum(localeCodes as [Locale, ...Locale[]], { error: expected(`one of ${localeCodes.join(', ')}`) }),
    /**
     * `machine`: drafted by software (a machine-translation or language model), whoever edited
     * it after; `professional`: by a named professional translator.
     */
    method: z.enum(['machine', 'professional'], { error: expected('"machine" or "professional"') }),
    /** The professional translator, as they wish to be named; required with `professional`. */
    translator: text('Ana García, ATA-certified translator').optional(),
    /** Whether a clinician fluent in the language checked the translation. */
    clinicallyReviewed: z.boolean({ error: expected('true or false') }),
    /** The `revision` of the source page this translation matches; the build warns when it is older. */
    sourceRevision: integer('the revision of the source page, like 1', 1, 100000),
  })
  .superRefine((record, ctx) => {
    if (record.method === 'professional' && !record.translator)
      ctx.addIssue({
        code: 'custom',
        path: ['translator'],
        message: 'is missing: name the professional translator, or set method to "machine"',
      });
  });

/** The fields every guide carries, whatever its kind. */
export const governanceFields = {
  /** Bump when the facts change, so translations of this page can be flagged as stale. */
  revision: integer('a revision number like 1', 1, 100000),
  /** The day `revision` last went up: a clinic's sign-off older than this no longer covers the page. */
  revised: date,
  review: reviewSchema,
  sources: list(sourceSchema, 'source'),
  /** Only on translated pages. */
  translation: translationSchema.optional(),
};

export type Review = z.infer<typeof reviewSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Translation = z.infer<typeof translationSchema>;
