/**
 * The part of Pagefind's search result data (`await result.data()`) that answers are made from,
 * as documented with its types: "anchors … contains all elements that had IDs on the page, so can
 * be used to implement your own sub result calculations"; "balanced_score … can be used … to
 * perform custom ranking". https://pagefind.app/docs/api/
 */

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
