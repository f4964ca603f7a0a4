/**
 * A clinic's sign-off (`review` in its brand file): it names treatments the clinic offers, is not
 * dated in the future, and is refused once a guide it covers has been revised since, naming that
 * guide. Pages show the clinic's reviewer only for the treatments signed off.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadBrand } from '../../src/build/brand';
import { coveredGuides } from '../../src/build/sign-off';
import { pageReviewer } from '../../src/lib/reviewer';
import { root } from '../helpers/content';

const contentRoot = join(root, 'content');
const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Loads cedar from a scratch copy of content/ after `change`; returns the error text, if any. */
function loadCedar(change: (brand: Record<string, any>, scratch: string) => void): string {
  const scratch = mkdtempSync(join(tmpdir(), 'aftercare-sign-off-'));
  scratches.push(scratch);
  cpSync(contentRoot, scratch, { recursive: true });
  const file = join(scratch, 'brands/cedar.yaml');
  const brand = parse(readFileSync(file, 'utf8'));
  change(brand, scratch);
  writeFileSync(file, stringify(brand));
  try {
    loadBrand(scratch, 'cedar');
    return 'loaded';
  } catch (error) {
    return (error as Error).message.replaceAll(relative(process.cwd(), scratch), '<content>');
  }
}

describe('a clinic’s sign-off', () => {
  it('loads as the worked example has it', () => {
    const brand = loadBrand(contentRoot, 'cedar');
    expect(brand.review?.treatments).toEqual(['micro-needling']);
    expect(brand.review?.date).toBeInstanceOf(Date);
  });

  it('covers the clinic’s own pages and every language its readers see', () => {
    const brand = loadBrand(contentRoot, 'cedar');
    const files = coveredGuides(contentRoot, brand, 'cedar', 'micro-needling').map((guide) => guide.file);
    expect(files).toContain('brands/cedar/pages/ar/micro-needling/preparation.mdx');
    expect(files).not.toContain('guides/ar/micro-needling/preparation.mdx');
    expect(files).toContain('guides/es/micro-needling/aftercare.mdx');
    expect(files.some((file) => file.includes('/fr/'))).toBe(false);
    expect(files).toHaveLength(15);
  });

  it('is refused for a treatment the clinic does not offer', () => {
    expect(loadCedar((brand) => (brand.review.treatments = ['micro-needling', 'chemical-peel']))).toContain(
      'review.treatments[1]: "chemical-peel" is not among the clinic\'s treatments (micro-needling)',
    );
  });

  it('is refused when dated after today', () => {
    expect(loadCedar((brand) => (brand.review.date = '2999-01-01'))).toContain(
      'review.date: 2999-01-01 is after today: write the day the clinician signed the review pack',
    );
  });

  it('is refused once a guide it covers is revised, naming that guide', () => {
    const message = loadCedar((brand, scratch) => {
      brand.review.date = '2026-11-01';
      const guide = join(scratch, 'guides/es/micro-needling/aftercare.mdx');
      writeFileSync(guide, readFileSync(guide, 'utf8').replace(/^revised: .*$/m, 'revised: 2026-11-20'));
    });
    expect(message).toContain('Brand "cedar" has settings to fix (<content>/brands/cedar.yaml)');
    expect(message).toMatch(
      /review\.date: the sign-off of 2026-11-01 is older than <content>\/guides\/es\/micro-needling\/aftercare\.mdx \(revision \d+, revised 2026-11-20\), which changed since: have the clinician read the new review pack \(npm run review-pack -- --brand cedar\)/,
    );
  });
});

describe('who a page names as its reviewer', () => {
  const awaiting = {
    status: 'awaiting-clinical-review' as const,
    lastChecked: new Date('2026-11-01'),
    nextCheck: new Date('2027-11-01'),
  };
  const clinic = {
    name: 'Cedar Dermatology',
    review: { by: 'Dr Robin Example', credential: 'dermatologist', date: new Date('2026-11-29'), treatments: ['a'] },
  };

  it('is the clinic’s lead for a treatment signed off', () =>
    expect(pageReviewer(awaiting, clinic, 'a')).toEqual({
      name: 'Dr Robin Example',
      credential: 'dermatologist',
      date: new Date('2026-11-29'),
      clinic: 'Cedar Dermatology',
    }));

  it('is no one for a treatment not signed off, nor on a page of no treatment', () => {
    expect(pageReviewer(awaiting, clinic, 'b')).toBeUndefined();
    expect(pageReviewer(awaiting, clinic, undefined)).toBeUndefined();
  });

  it('is the guide’s own reviewer otherwise', () => {
    const reviewedBy = { name: 'Dr A', credential: 'GP', date: new Date('2026-10-01') };
    expect(pageReviewer({ ...awaiting, status: 'clinically-reviewed', reviewedBy }, { name: 'X' }, 'a')).toEqual(
      reviewedBy,
    );
  });
});
