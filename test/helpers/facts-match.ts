/**
 * A translation says the same thing as its English original: the same rules with the same windows,
 * the same phases, questions, care levels and preparation steps (docs/content-standard.md, "Translation").
 * Only words may differ. Each difference comes back as one sentence naming what to fix.
 */
import { formatDuration, type Duration } from '../../src/lib/duration';
import type { Guide } from '../../src/schemas/guide';
import type { GuideFile } from './content';

type Facts = Record<string, string>;

const when = (duration: Duration | undefined) => (duration ? formatDuration(duration) : 'none');

/** The facts of a guide that must not change in translation, by id: `rule make-up` → `avoid 0h–24h`. */
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
  if (guide.kind === 'about') facts['category'] = guide.category;
  if (guide.kind === 'faq')
    for (const question of guide.questions) facts[`question "${question.id}"`] = `about ${question.topic}`;
  if (guide.kind === 'urgent')
    for (const card of guide.care) facts[`care card "${card.level}"`] = `${card.signs.length} signs`;
  if (guide.kind === 'preparation')
    for (const step of guide.steps ?? [])
      facts[`step "${step.id}"`] = `${step.safety ? 'safety, ' : ''}before ${when(step.before)}`;
  return facts;
}

/** Every way `translation` departs from `source`, its English original; empty when they match. */
export function compareWithSource(source: GuideFile, translation: GuideFile): string[] {
  const where = `${translation.file} (compared with ${source.file})`;
  const problems: string[] = [];
  if (source.data.kind !== translation.data.kind)
    return [`${where}: kind is "${translation.data.kind}", the English page is "${source.data.kind}"`];
  const expected = factsOf(source.data);
  const actual = factsOf(translation.data);
  for (const [key, value] of Object.entries(expected)) {
    if (!(key in actual)) problems.push(`${where}: ${key} is missing (English: ${value})`);
    else if (actual[key] !== value) problems.push(`${where}: ${key} is ${actual[key]}, the English page says ${value}`);
  }
  for (const key of Object.keys(actual))
    if (!(key in expected)) problems.push(`${where}: ${key} is not in the English page: remove it or add it there`);
  const record = translation.data.translation;
  if (record && record.sourceRevision < source.data.revision)
    problems.push(
      `${where}: stale translation: it matches revision ${record.sourceRevision} of the English page, which is now at revision ${source.data.revision}`,
    );
  return problems;
}

/** Pairs every non-English guide with the English guide of the same treatment and kind. */
export function checkTranslations(guides: GuideFile[]): string[] {
  const english = new Map(
    guides.filter((guide) => guide.locale === 'en').map((guide) => [`${guide.treatment}/${guide.kind}`, guide]),
  );
  return guides
    .filter((guide) => guide.locale !== 'en')
    .flatMap((guide) => {
      const source = english.get(`${guide.treatment}/${guide.kind}`);
      return source
        ? compareWithSource(source, guide)
        : [`${guide.file}: has no English page to match (content/guides/en/${guide.treatment}/${guide.kind}.mdx)`];
    });
}
