/**
 * The part of Pagefind's search result data (`await result.data()`) that answers are made from,
 * as documented with its types: "anchors … contains all elements that had IDs on the page, so can
 * be used to implement your own sub result calculations"; "balanced_score … can be used … to
 * perform custom ranking". https://pagefind.app/docs/api/
 */

/**
 * The query that gives a section's search record its own address, `page/?section=<id>`
 * (src/build/search-sections.ts); answers link to the page itself (answers.ts).
 */
export const sectionParameter = 'section';

/** The id suffix of the hidden keywords after a heading (`make-up--keywords`); slugs never hold `--`. */
export const keywordsSuffix = '--keywords';

export interface WordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface SubResult {
  title: string;
  url: string;
  locations: number[];
  weighted_locations: WordLocation[];
  anchor?: Anchor;
}

/** The part of Pagefind's result data (`await result.data()`) that answers are made from. */
export interface PageData {
  url: string;
  raw_url?: string;
  content: string;
  raw_content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: Anchor[];
  sub_results: SubResult[];
}

/**
 * One record's data as several searches found it (each word's own search): its sub-results with
 * the matches of all of them. Sub-results are the same sections in each; their addresses differ
 * only in the words to mark.
 */
export function mergedData(found: PageData[]): PageData {
  const [first, ...rest] = found;
  if (!first) throw new Error('mergedData needs at least one result');
  if (!rest.length) return first;
  const sectionOf = (sub: SubResult) => sub.anchor?.id ?? '';
  const subResults = first.sub_results.map((sub) => ({
    ...sub,
    locations: [...sub.locations],
    weighted_locations: [...sub.weighted_locations],
  }));
  for (const data of rest)
    for (const sub of data.sub_results) {
      const same = subResults.find((known) => sectionOf(known) === sectionOf(sub));
      if (!same) {
        subResults.push(sub);
        continue;
      }
      for (const location of sub.locations) if (!same.locations.includes(location)) same.locations.push(location);
      for (const weighted of sub.weighted_locations)
        if (!same.weighted_locations.some((known) => known.location === weighted.location))
          same.weighted_locations.push(weighted);
    }
  return { ...first, sub_results: subResults };
}
