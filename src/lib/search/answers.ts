/**
 * From Pagefind's results to answers a patient can open: each matching FAQ answer or guide
 * section (Pagefind's sub-results, split at headings with an id) becomes one answer that links
 * to its heading, ranked across pages by its own words, not only its page's. The index keeps each
 * section as a record of its own, with the page's title (src/build/search-sections.ts): records
 * of one page count as that page here.
 */
import { excerptOf, splitWords, type Segment } from './excerpt';
import { sectionParameter, type PageData, type SubResult } from './pagefind-data';
import type { Locale } from '../../i18n/locales';
import { foldWord } from './spelling';

/**
 * A result's address without its query: a section's record has its own, `page/?section=<id>`,
 * and Pagefind adds the words to mark (`highlight=`, written again by withHighlight).
 */
export function pageAddress(url: string): string {
  return url.replace(/\?[^#]*/, '');
}

export interface Answer {
  /** The section's address, at its heading, with Pagefind's highlight parameters. */
  url: string;
  /** The question or section heading; the page title for text before the first heading. */
  title: string;
  pageTitle: string;
  /** Filter values of the page, in the reader's language (`Questions`, `Micro-needling`). */
  kind?: string;
  treatment?: string;
  excerpt: Segment[];
  score: number;
}

export interface RankOptions {
  /** Excerpt length in words (in characters' words for Chinese). */
  excerptWords?: number;
  /** At most this many answers from one page, so one long page cannot fill the list. */
  perPage?: number;
  /** The treatment of the page the reader searches from: its answers come first, all else equal. */
  treatment?: string;
  /** The reader's language: it decides how words compare (spelling.ts). */
  locale?: Locale;
  /**
   * How many of the index's records hold each query term (by its place in the query), and how
   * many records there are: how rare a term is across the whole site. Without it, rarity is
   * counted among the sections given.
   */
  frequency?: { records: number; perTerm: number[] };
}

/** A word as compared with query terms: folded as search folds it in `locale`, punctuation off. */
export function wordKey(word: string, locale?: Locale): string {
  return foldWord(word, locale).replace(/[^\p{L}\p{N}\p{M}]/gu, '');
}

/** Length of the longest run of characters two words share ("makeup" and "make-up": "make"). */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best;
}

/**
 * Which query term a matched word stands for. Pagefind only returns words that match a term (by
 * prefix or stem), so the term sharing the longest run of letters with it is the one; a run
 * rather than a prefix, because Arabic words take prefixes ("والمكياج" for "مكياج").
 */
export function termOf(word: string, terms: string[], locale?: Locale): { term: number; likeness: number } {
  const key = wordKey(word, locale);
  let term = -1;
  let length = 0;
  terms.forEach((candidate, index) => {
    const run = sharedRun(key, candidate);
    if (run > length) [term, length] = [index, run];
  });
  // The word itself counts fully; another form of it ("peels" for "peeling") a little less.
  const likeness =
    term < 0 ? 0 : key === terms[term] ? 1 : 0.5 + (0.5 * length) / Math.max(key.length, terms[term]!.length);
  return { term, likeness };
}

/**
 * Whether the query names this treatment ("peel", "peels" or "chemical peel" for "Light chemical
 * peel"; "microneedling" for "Micro-needling"): whole words only, so the symptom "peeling" does not.
 */
export function namesTreatment(terms: string[], treatment: string | undefined, locale?: Locale): boolean {
  return namingTerms(terms, treatment, locale).size > 0;
}

/** The places in `terms` of the words that name this treatment (see namesTreatment). */
export function namingTerms(terms: string[], treatment: string | undefined, locale?: Locale): Set<number> {
  if (!treatment) return new Set();
  const parts = treatment
    .split(/[\s\p{Pd}]+/u)
    .map((part) => wordKey(part, locale))
    .filter((part) => part.length > 1);
  const names = new Set([...parts, wordKey(treatment, locale)]);
  // Chinese writes a name without spaces, and search splits it into words: 毒素 of 肉毒素注射除皱.
  const whole = wordKey(treatment, locale);
  const naming = (term: string) =>
    names.has(term) ||
    (term.endsWith('s') && names.has(term.slice(0, -1))) ||
    (locale === 'zh-cn' && [...term].length >= 2 && whole.includes(term));
  return new Set(terms.flatMap((term, place) => (naming(term) ? [place] : [])));
}

interface Section {
  page: number;
  sub: SubResult;
  /** Per query term: its best match in this section (by weight and likeness), and how often. */
  found: Map<number, { best: number; count: number }>;
}

/** How much a match counts by where it is: body text 1, keywords 2, questions and headings 5–7. */
const weightFactor = (weight: number) => Math.sqrt(Math.min(weight, 7));
/** Pagefind's weight for an `h1`: the page title. */
const titleWeight = 7;
/** A reader who names a treatment means its pages: their answers count this many times over. */
const namedTreatment = 2;
/** A reader searching from a treatment's page most likely means it, unless they name another. */
const readingTreatment = 1.5;
/** A term found in another section of the page still says a little about what the page is about. */
const pageContext = 0.35;

/**
 * Answers across pages, best first. Every matching section is scored on its own, like a small
 * document: each query term it holds counts by how rare the term is across the site's sections
 * (so "makeup" outweighs "peel" on a peel site), by where it is (a question outweighs body text),
 * by how close the word is to the one typed ("peeling" over "peels") and a little by how often. A term in the page title counts for every section of the page as
 * body text would; one found only in another section counts a third. Pagefind's page score
 * breaks ties. When the query names a treatment, that treatment's answers count double; otherwise
 * those of the treatment the reader is reading about count half as much again.
 */
export function rankAnswers(
  pages: { score: number; data: PageData }[],
  query: string[],
  options: RankOptions = {},
): Answer[] {
  const { excerptWords = 24, perPage = 3, treatment, locale, frequency } = options;
  const kept = query.map((word, place) => ({ key: wordKey(word, locale), place })).filter(({ key }) => key);
  const terms = kept.map(({ key }) => key);
  const sections: Section[] = [];
  // Per page (records of one page together): the terms found in its title, and in its sections.
  const pageOf = pages.map(({ data }) => pageAddress(data.url));
  const pageTerms = new Map(pageOf.map((page) => [page, new Set<number>()]));
  const titleTerms = new Map(pageOf.map((page) => [page, new Set<number>()]));
  pages.forEach(({ data }, page) => {
    const words = splitWords(data.raw_content ?? data.content);
    // A section's record opens with its page's title, which is context, not an answer.
    const isSection = new URL(data.url, 'http://site.invalid').searchParams.has(sectionParameter);
    for (const sub of data.sub_results) {
      if (!sub.locations.length) continue;
      const found: Section['found'] = new Map();
      for (const { location, weight } of sub.weighted_locations) {
        const { term, likeness } = termOf(words[location] ?? '', terms, locale);
        if (term < 0) continue;
        // The page title (h1) says what every section of the page is about, not only the first.
        if (weight >= titleWeight) {
          titleTerms.get(pageOf[page]!)!.add(term);
          continue;
        }
        pageTerms.get(pageOf[page]!)!.add(term);
        const seen = found.get(term);
        const quality = weightFactor(weight) * likeness;
        found.set(term, { best: Math.max(quality, seen?.best ?? 0), count: (seen?.count ?? 0) + 1 });
      }
      if (isSection && !sub.anchor) continue;
      sections.push({ page, sub, found });
    }
  });
  const naming = pages.map(({ data }) => namingTerms(terms, data.filters.treatment?.[0], locale));
  const holding = frequency
    ? kept.map(({ place }) => frequency.perTerm[place] ?? 0)
    : terms.map((_, term) => sections.filter((section) => section.found.has(term)).length);
  const all = frequency?.records ?? sections.length;
  const rarity = holding.map((count) => Math.log(1 + all / Math.max(count, 1)));
  const scored = sections.map((section) => {
    let score = 0;
    // In the named treatment's own pages, its name says nothing about which section: the other
    // words do ("laser hair removal hurt" means the laser's "Does it hurt?"), unless it is all the query.
    const named = naming[section.page]!;
    terms.forEach((_, term) => {
      if (named.has(term) && named.size < terms.length) return;
      const found = section.found.get(term);
      if (found) score += rarity[term]! * found.best * (1 + 0.1 * Math.min(found.count - 1, 3));
      else if (titleTerms.get(pageOf[section.page]!)!.has(term)) score += rarity[term]!;
      else if (pageTerms.get(pageOf[section.page]!)!.has(term)) score += rarity[term]! * pageContext;
    });
    if (named.size) score *= namedTreatment;
    else if (treatment && pages[section.page]!.data.filters.treatment?.[0] === treatment) score *= readingTreatment;
    return { section, score: score + pages[section.page]!.score * 1e-3 };
  });
  scored.sort((a, b) => b.score - a.score);
  const perPageCount = new Map<string, number>();
  const answers: Answer[] = [];
  for (const { section, score } of scored) {
    const taken = perPageCount.get(pageOf[section.page]!) ?? 0;
    if (taken >= perPage) continue;
    perPageCount.set(pageOf[section.page]!, taken + 1);
    const { data } = pages[section.page]!;
    answers.push({
      url: pageAddress(section.sub.url),
      title: section.sub.title,
      pageTitle: data.meta.title ?? section.sub.title,
      kind: data.filters.kind?.[0],
      treatment: data.filters.treatment?.[0],
      excerpt: excerptOf(data, section.sub, excerptWords),
      score,
    });
  }
  return answers;
}
