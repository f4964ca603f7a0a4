/**
 * The content tests compare translations with their English originals through the build's own
 * code (src/data/translation-facts.ts): what fails here stops `npm run build` too. The tests also
 * fail a stale translation, which the build only warns about.
 */
import { checkTranslations as check, compareWithSource as compare } from '../../src/data/translation-facts';
import type { GuideFile } from './content';

export { factsOf } from '../../src/data/translation-facts';

/** Every way `translation` departs from `source`, stale included; empty when they match. */
export function compareWithSource(source: GuideFile, translation: GuideFile): string[] {
  const { differences, stale } = compare(source, translation);
  return [...differences, ...stale];
}

/** Pairs every non-English guide with the English guide of the same treatment and kind. */
export function checkTranslations(guides: GuideFile[]): string[] {
  const { differences, stale } = check(guides);
  return [...differences, ...stale];
}
