/**
 * schema.org structured data for guides (MedicalWebPage) and FAQ pages (FAQPage), so search
 * engines can show who reviewed a page and when. `reviewedBy` and `lastReviewed` appear only
 * after a real clinical review.
 */
import type { Reviewer } from './reviewer';

export interface PageFacts {
  name: string;
  description: string;
  url: string;
  /** BCP-47 tag of the content, e.g. `zh-CN`. */
  inLanguage: string;
  /** The clinician who reviewed the page (src/lib/reviewer.ts), if one did. */
  reviewer?: Reviewer | undefined;
  /** The treatment's name, e.g. "Chemical peel". */
  procedure: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function medicalWebPage(page: PageFacts): Record<string, unknown> {
  const { reviewer } = page;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.name,
    description: page.description,
    url: page.url,
    inLanguage: page.inLanguage,
    about: { '@type': 'MedicalProcedure', name: page.procedure },
    // A check against sources is not a review: `lastReviewed` and `reviewedBy` only after a clinician's.
    ...(reviewer
      ? {
          lastReviewed: day(reviewer.date),
          reviewedBy: { '@type': 'Person', name: reviewer.name, jobTitle: reviewer.credential },
        }
      : {}),
  };
}

export function faqPage(page: {
  name: string;
  url: string;
  inLanguage: string;
  questions: { question: string; answerText: string }[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    name: page.name,
    url: page.url,
    inLanguage: page.inLanguage,
    mainEntity: page.questions.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answerText },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`; `<` is escaped so no text can close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
