/**
 * A clinic's sign-off (`review` in its brand file) covers the guides its readers see for the
 * signed treatments: in each of the clinic's languages and the languages pages fall back to, the
 * clinic's own page where it replaces a shared one. A guide revised after the sign-off is no
 * longer covered, so the build stops and names it. The review pack lists the same guides.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultLocale, type Locale } from '../i18n/locales';
import { guideKinds, guideSchema, type GuideKind } from '../schemas/guide';
import type { Translation } from '../schemas/governance';
import type { BrandData } from '../schemas/brand';
import type { FieldIssue } from './issues';
import { splitFrontmatter } from './frontmatter';

/** A guide a sign-off covers, with the revision it was signed at. */
export interface CoveredGuide {
  /** Relative to the content folder, e.g. `guides/en/micro-needling/aftercare.mdx`. */
  file: string;
  locale: Locale;
  kind: GuideKind;
  revision: number;
  revised: Date;
  translation?: Translation | undefined;
}

/** The languages a clinic's readers can see content in: its own, then the fallbacks. */
export function contentLocales(brand: Pick<BrandData, 'locales' | 'defaultLocale'>): Locale[] {
  return [...new Set([...brand.locales, brand.defaultLocale, defaultLocale])];
}

/** Every guide of `treatment` a reader of this clinic's copy can see, the clinic's own pages first. */
export function coveredGuides(contentRoot: string, brand: BrandData, id: string, treatment: string): CoveredGuide[] {
  const found: CoveredGuide[] = [];
  for (const locale of contentLocales(brand))
    for (const kind of guideKinds) {
      const candidates = [
        join(contentRoot, 'brands', id, 'pages', locale, treatment, `${kind}.mdx`),
        join(contentRoot, 'guides', locale, treatment, `${kind}.mdx`),
      ];
      const path = candidates.find((candidate) => existsSync(candidate));
      if (!path) continue;
      const parsed = guideSchema.safeParse(splitFrontmatter(readFileSync(path, 'utf8')).frontmatter);
      // A guide that does not parse stops the build later, with its own message.
      if (!parsed.success) continue;
      const { revision, revised, translation } = parsed.data;
      found.push({ file: relative(contentRoot, path), locale, kind, revision, revised, translation });
    }
  return found;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** What is wrong with a brand's sign-off: a date in the future, or guides revised since. */
export function signOffIssues(contentRoot: string, brand: BrandData, id: string, today = new Date()): FieldIssue[] {
  const review = brand.review;
  if (!review) return [];
  if (day(review.date) > day(today))
    return [
      {
        path: ['review', 'date'],
        message: `${day(review.date)} is after today: write the day the clinician signed the review pack`,
      },
    ];
  const known = readdirSync(join(contentRoot, 'guides', defaultLocale));
  return review.treatments
    .filter((treatment) => known.includes(treatment))
    .flatMap((treatment) => coveredGuides(contentRoot, brand, id, treatment))
    .filter((guide) => day(guide.revised) > day(review.date))
    .map((guide) => ({
      path: ['review', 'date'],
      message: `the sign-off of ${day(review.date)} is older than ${join(relative(process.cwd(), contentRoot) || '.', guide.file)} (revision ${guide.revision}, revised ${day(guide.revised)}), which changed since: have the clinician read the new review pack (npm run review-pack -- --brand ${id}), then set review.date to the day they sign it`,
    }));
}
