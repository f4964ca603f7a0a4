/**
 * Plain language, measured: every English guide page of the built site reads at Flesch–Kincaid
 * grade 8 or lower (docs/content-standard.md, "Voice"). Runs over dist/ after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDistDir } from '../helpers/dist';
import { measure, readableBlocks } from '../helpers/readability';

const root = join(import.meta.dirname, '../..');
const dist = defaultDistDir;
const english = join(dist, 'en');
const maxGrade = 8;
/** Pages of /en/ that are not guides: their folders hold no treatment. */
const notTreatments = new Set(['clinic', 'faq', 'privacy', 'search', '404']);

/** dist/en/<treatment>/index.html and dist/en/<treatment>/<kind>/index.html. */
function guidePages(): string[] {
  if (!existsSync(english)) return [];
  return readdirSync(english, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !notTreatments.has(entry.name))
    .flatMap((treatment) => {
      const dir = join(english, treatment.name);
      const kinds = readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(dir, entry.name, 'index.html'));
      return [join(dir, 'index.html'), ...kinds].filter(existsSync);
    })
    .sort();
}

const pages = guidePages();

describe('readability of English guides', () => {
  it('finds the built guides (run `npm run build` first)', () => {
    expect(pages.length, `no English guide pages under ${relative(root, english)}`).toBeGreaterThan(0);
  });

  it.each(pages.map((file) => [relative(dist, file), file] as const))('%s is grade 8 or lower', (page, file) => {
    const { grade, words, sentences } = measure(readableBlocks(readFileSync(file, 'utf8')));
    console.log(`${page}: Flesch–Kincaid grade ${grade.toFixed(1)} (${words} words, ${sentences} sentences)`);
    expect(
      grade,
      `${page} reads at Flesch–Kincaid grade ${grade.toFixed(1)}; the limit is ${maxGrade}`,
    ).toBeLessThanOrEqual(maxGrade);
  });
});
