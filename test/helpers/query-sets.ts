/**
 * The query sets of test/search/queries/<language>/<treatment>.json: patients' questions and the
 * answer each must find. Read by the unit test that checks them and by the browser test that
 * runs them. One file per treatment, so a new treatment brings its own questions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './content';

export interface PatientQuery {
  query: string;
  /** `micro-needling/faq/#make-up`, or a page such as `micro-needling/urgent/`; any of a list. */
  answer: string | string[];
}

export interface QuerySet {
  language: string;
  /** Each treatment's questions, by the treatment's folder name. */
  treatments: Record<string, PatientQuery[]>;
}

export const queriesDir = join(root, 'test/search/queries');

export function readQuerySets(): QuerySet[] {
  return readdirSync(queriesDir)
    .sort()
    .map((language) => ({
      language,
      treatments: Object.fromEntries(
        readdirSync(join(queriesDir, language))
          .filter((file) => file.endsWith('.json'))
          .sort()
          .map((file) => {
            const { queries } = JSON.parse(readFileSync(join(queriesDir, language, file), 'utf8')) as {
              queries: PatientQuery[];
            };
            return [file.replace(/\.json$/, ''), queries];
          }),
      ),
    }));
}

/** Every question of a set, whatever its treatment. */
export const queriesOf = (set: QuerySet) => Object.values(set.treatments).flat();

export function answersOf(query: PatientQuery): string[] {
  return Array.isArray(query.answer) ? query.answer : [query.answer];
}

/** Whether `url` (`/en/micro-needling/faq/?highlight=x#make-up`) is `expected` in `language`. */
export function isAnswer(url: string, expected: string, language: string): boolean {
  const actual = new URL(url, 'http://site.invalid');
  const wanted = new URL(`/${language}/${expected}`, 'http://site.invalid');
  return actual.pathname === wanted.pathname && (!wanted.hash || actual.hash === wanted.hash);
}
