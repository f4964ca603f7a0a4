/**
 * The guide schema accepts a good page and rejects each kind of mistake with a message that
 * names the field, what was expected and how to fix it. Message texts are pinned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guideSchema } from '../../src/schemas/guide';
import { fieldPath } from '../../src/build/issues';

const good = () => parse(readFileSync(join(import.meta.dirname, '../fixtures/guides/aftercare.yaml'), 'utf8'));

/** The first problem a build would report, as "field: message". */
function problem(change: (data: Record<string, any>) => void): string {
  const data = good();
  change(data);
  const result = guideSchema.safeParse(data);
  if (result.success) return 'accepted';
  return result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`).join('\n');
}

describe('guide schema', () => {
  it('accepts a valid aftercare guide, with durations parsed', () => {
    const result = guideSchema.parse(good());
    expect(result.kind).toBe('aftercare');
    if (result.kind !== 'aftercare') return;
    expect(result.rules[0]).toMatchObject({ from: { amount: 0, unit: 'hours' }, until: { amount: 24, unit: 'hours' } });
  });

  it('names a title that is not text', () => {
    expect(problem((d) => (d.title = 42))).toMatchInlineSnapshot(
      `"title: expected text, like "Aftercare after your chemical peel", found the number 42"`,
    );
  });
  it('explains a date written the wrong way', () => {
    expect(problem((d) => (d.review.lastChecked = '1 March 2026'))).toMatchInlineSnapshot(
      `"review.lastChecked: expected a date like 2026-03-01, found the text "1 March 2026""`,
    );
  });
  it('refuses a day the month does not have, rather than rolling it into the next month', () => {
    expect(problem((d) => (d.revised = '2026-02-30'))).toMatchInlineSnapshot(
      `"revised: 2026-02-30 is not a day of the calendar: check the month and day"`,
    );
  });
  it('asks for a missing field', () => {
    expect(problem((d) => delete d.description)).toMatchInlineSnapshot(
      `"description: is missing: add text, like "What to do and avoid, day by day, after your chemical peel.""`,
    );
  });
  it('rejects an unknown kind', () => {
    expect(problem((d) => (d.kind = 'recovery'))).toMatchInlineSnapshot(
      `"kind: expected a kind: one of about, preparation, aftercare, urgent, faq, matching the file name, found the text "recovery""`,
    );
  });
  it('rejects a malformed duration', () => {
    expect(problem((d) => (d.rules[0].until = '2 days'))).toMatchInlineSnapshot(
      `"rules[0].until: expected a duration like "24h" (hours) or "2d" (days), found "2 days""`,
    );
  });
  it('rejects a window that ends before it starts', () => {
    expect(problem((d) => (d.rules[0].from = '3d'))).toMatchInlineSnapshot(
      `"rules[0].until: must end after it starts: make "until" later than "from""`,
    );
  });
  it('rejects two rules with one id', () => {
    expect(problem((d) => d.rules.push({ ...d.rules[0] }))).toMatchInlineSnapshot(
      `"rules[1].id: "make-up" is used twice: give each rule its own id"`,
    );
  });
  it('never lets a page name a reviewer before a real review', () => {
    expect(
      problem((d) => (d.review.reviewedBy = { name: 'Dr A', credential: 'MD', date: '2026-11-02' })),
    ).toMatchInlineSnapshot(
      `"review.reviewedBy: must be left out while status is "awaiting-clinical-review": never name a reviewer before a real review"`,
    );
  });
  it('needs a reviewer for a reviewed page', () => {
    expect(problem((d) => (d.review.status = 'clinically-reviewed'))).toMatchInlineSnapshot(
      `"review.reviewedBy: is missing: name the clinician who reviewed the page, or set status to "awaiting-clinical-review""`,
    );
  });
  it('keeps the next review within 3 years', () => {
    expect(problem((d) => (d.review.nextCheck = '2031-01-01'))).toMatchInlineSnapshot(
      `"review.nextCheck: must be after lastChecked and within 3 years of it"`,
    );
  });
  it('wants sources with real addresses', () => {
    expect(problem((d) => (d.sources[0].url = 'aad.org'))).toMatchInlineSnapshot(
      `"sources[0].url: expected a web address starting with https://, like "https://www.nhs.uk/", found the text "aad.org""`,
    );
  });
  it('wants an id that survives translation', () => {
    expect(problem((d) => (d.rules[0].id = 'Make Up'))).toMatchInlineSnapshot(
      `"rules[0].id: must be lowercase letters, digits and hyphens, like "make-up""`,
    );
  });
  it("names a professional translation's translator", () => {
    expect(
      problem(
        (d) => (d.translation = { from: 'en', method: 'professional', clinicallyReviewed: false, sourceRevision: 1 }),
      ),
    ).toMatchInlineSnapshot(
      `"translation.translator: is missing: name the professional translator, or set method to "machine""`,
    );
  });
  it('holds an aftercare page to its timeline', () => {
    expect(problem((d) => delete d.rules)).toMatchInlineSnapshot(`"rules: is missing: add a list of rules"`);
  });
});
