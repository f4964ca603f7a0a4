/**
 * The query sets (test/search/queries/<language>/<treatment>.json) are big enough and point at
 * answers that exist: FAQ question ids and component anchors, which every language shares, or,
 * in English only, a guide heading's anchor (translated headings get other anchors). Every
 * treatment with an FAQ has its patients' questions in every language it is written in.
 */
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { readGuides } from '../helpers/content';
import { answersOf, queriesOf, readQuerySets } from '../helpers/query-sets';

/** Questions per treatment: more in English, where most patients' words are collected first. */
const minimum = (language: string) => (language === 'en' ? 12 : 8);
const guides = readGuides();
const english = guides.filter((guide) => guide.locale === 'en');
/** Anchors that components give every language: care cards and the sections they render. */
const shared = ['care-emergency', 'care-now', 'care-urgent', 'care-routine', 'timeline', 'rules', 'steps'];

/** Astro's heading ids (github-slugger): lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

/** Every address an answer may name, as `treatment/kind-path/#anchor`, and which are English-only. */
function addresses() {
  const all = new Map<string, 'shared' | 'en'>();
  for (const guide of english) {
    const path = guide.kind === 'about' ? `${guide.treatment}/` : `${guide.treatment}/${guide.kind}/`;
    all.set(path, 'shared');
    for (const anchor of shared) all.set(`${path}#${anchor}`, 'shared');
    if (guide.data.kind === 'faq') for (const q of guide.data.questions) all.set(`${path}#${q.id}`, 'shared');
    for (const [, heading] of guide.body.matchAll(/^#{2,3} (.+)$/gm)) all.set(`${path}#${slug(heading!)}`, 'en');
  }
  return all;
}

const known = addresses();
const sets = readQuerySets();

it('covers every language of the site', () =>
  expect(sets.map((set) => set.language).sort()).toEqual([...localeCodes].sort()));

describe.each(sets.map((set) => [set.language, set] as const))('%s', (language, set) => {
  const translated = guides.filter((guide) => guide.locale === language && guide.kind === 'faq');
  it.each(translated.map((guide) => guide.treatment))(
    `has at least ${minimum(language)} questions about %s`,
    (treatment) => expect(set.treatments[treatment]?.length ?? 0).toBeGreaterThanOrEqual(minimum(language)),
  );

  it('asks no question twice', () => {
    const texts = queriesOf(set).map((query) => query.query.toLocaleLowerCase());
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });

  it("names only answers that exist in its language, each in its file's treatment", () => {
    const wrong = Object.entries(set.treatments).flatMap(([treatment, queries]) =>
      queries.flatMap(answersOf).filter((answer) => {
        const kind = known.get(answer);
        return !answer.startsWith(`${treatment}/`) || !kind || (kind === 'en' && language !== 'en');
      }),
    );
    expect(wrong).toEqual([]);
  });
});
