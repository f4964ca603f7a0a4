/**
 * Who vouches for a guide page: the clinic's own clinical lead where the clinic's brand file
 * signs the treatment off (`review` in content/brands/<id>.yaml), else the clinician named by
 * the guide's own clinical review, else no one. The page, its "About this page" section and its
 * structured data all ask here, so they always agree.
 */
import type { Review } from '../schemas/governance';

export interface Reviewer {
  name: string;
  credential: string;
  /** The day of the review or sign-off. */
  date: Date;
  /** The clinic the review was made for, when it is a clinic's sign-off of its copy. */
  clinic?: string | undefined;
}

interface Clinic {
  name: string;
  review?: { by: string; credential: string; date: Date; treatments: string[] } | undefined;
}

export function pageReviewer(review: Review, clinic: Clinic, treatment: string | undefined): Reviewer | undefined {
  const signOff = clinic.review;
  if (signOff && treatment && signOff.treatments.includes(treatment))
    return { name: signOff.by, credential: signOff.credential, date: signOff.date, clinic: clinic.name };
  if (review.status === 'clinically-reviewed' && review.reviewedBy) return { ...review.reviewedBy };
  return undefined;
}
