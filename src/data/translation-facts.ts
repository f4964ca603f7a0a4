/**
 * A translation says the same thing as its English original: the same rules with the same windows,
 * the same phases, questions, care levels and signs, and preparation steps (docs/content-standard.md,
 * "Translation"). Only words may differ. The build runs this over every translated guide
 * (src/data/guides.ts) and stops on a difference; the content tests run the same code. Pure: no
 * Astro, no files, so both can call it.
 */
import { formatDuration, type Duration } from '../schemas/duration';
import type { Guide } from '../schemas/guide';

/** A guide as both callers know it: where it is, and its validated frontmatter. */
export interface GuideFacts {
  /** As shown to the person running the build, e.g. `content/guides/es/micro-needling/aftercare.mdx`. */
  file: string;
  locale: string;
  treatment: string;
  kind: string;
  data: Guide;
}

/** What a comparison finds: differences stop the build; a stale translation only warns. */
export interface TranslationProblems {
  differences: string[];
  stale: string[];
}

type Facts = Record<string, string>;

const when = (duration: Duration | undefined) => (duration ? formatDuration(duration) : 'none');

/** The facts of a guide that must not change in translation, by id: `rule "make-up"` → `avoid, from 0h until 24h`. */
export function factsOf(guide: Guide): Facts {
  const facts: Facts = {};
  if (guide.kind === 'aftercare') {
    for (const rule of guide.rules)
      facts[`rule "${rule.id}"`] =
        `${rule.action}${rule.safety ? ' (safety)' : ''}, from ${when(rule.from)} until ${when(rule.until)}`;
    for (const phase of guide.phases)
      facts[`phase "${phase.id}"`] =
        `${phase.results ? 'results, ' : ''}from ${when(phase.from)} until ${when(phase.until)}`;
    if (guide.nextSession)
      facts['next session'] = `from ${when(guide.nextSession.from)} until ${when(guide.nextSession.until)}`;
  }
  if (guide.kind === 'about') {
    facts['category'] = guide.category;
    facts['areas'] = guide.areas.join(', ');
  }
  if (guide.kind === 'faq')
    for (const question of guide.questions) facts[`question "${question.id}"`] = `about ${question.topic}`;
  if (guide.kind === 'urgent')
    for (const card of guide.care) facts[`care card "${card.level}"`] = `${card.signs.length} signs`;
  if (guide.kind === 'preparation')
    for (const step of guide.steps ?? [])
      facts[`step "${step.id}"`] = `${step.safety ? 'safety, ' : ''}before ${when(step.before)}`;
  return facts;
}

/** Every way `translation` departs from `source`, its English original. */
export function compareWithSource(source: GuideFacts, translation: GuideFacts): TranslationProblems {
  const where = `${translation.file} (compared with ${source.file})`;
  const differences: string[] = [];
  const stale: string[] = [];
  if (source.data.kind !== translation.data.kind)
    return {
      differences: [`${where}: kind is "${translation.data.kind}", the English page is "${source.data.kind}"`],
      stale,
    };
  const expected = factsOf(source.data);
  const actual = factsOf(translation.data);
  for (const [key, value] of Object.entries(expected)) {
    if (!(key in actual)) differences.push(`${where}: ${key} is missing (English: ${value})`);
    else if (actual[key] !== value)
      differences.push(`${where}: ${key} is ${actual[key]}, the English page says ${value}`);
  }
  for (const key of Object.keys(actual))
    if (!(key in expected)) differences.push(`${where}: ${key} is not in the English page: remove it or add it there`);
  const record = translation.data.translation;
  if (record && record.sourceRevision < source.data.revision)
    stale.push(
      `${where}: stale translation: it matches revision ${record.sourceRevision} of the English page, which is now at revision ${source.data.revision}`,
    );
  return { differences, stale };
}

/** Pairs every non-English guide with the English guide of the same treatment and kind. */
export function checkTranslations(guides: readonly GuideFacts[]): TranslationProblems {
  const english = new Map(
    guides.filter((guide) => guide.locale === 'en').map((guide) => [`${guide.treatment}/${guide.kind}`, guide]),
  );
  const found: TranslationProblems = { differences: [], stale: [] };
  for (const guide of guides) {
    if (guide.locale === 'en') continue;
    const source = english.get(`${guide.treatment}/${guide.kind}`);
    if (!source) {
      found.differences.push(
        `${guide.file}: has no English page to match (guides/en/${guide.treatment}/${guide.kind}.mdx)`,
      );
      continue;
    }
    const { differences, stale } = compareWithSource(source, guide);
    found.differences.push(...differences);
    found.stale.push(...stale);
  }
  return found;
}

/** The build's error when translations differ from their originals: one line per difference. */
export function translationError(differences: readonly string[]): string {
  return [
    `${differences.length === 1 ? 'A translation says' : 'Translations say'} something other than the English guide: fix the translation, or the English page, so their ids, windows and signs match.`,
    ...differences.map((line) => `  - ${line}`),
  ].join('\n');
}
