/**
 * The query sets of test/search/queries/: patients' questions per language and the answer each
 * must find. Read by the unit test that checks them and by the browser test that runs them.
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
  queries: PatientQuery[];
}

export const queriesDir = join(root, 'test/search/queries');

export function readQuerySets(): QuerySet[] {
  return readdirSync(queriesDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(queriesDir, file), 'utf8')) as QuerySet);
}

export function answersOf(query: PatientQuery): string[] {
  return Array.isArray(query.answer) ? query.answer : [query.answer];
}

/** The treatment a query is about: the first segment of its (first) answer. */
export function treatmentOf(query: PatientQuery): string {
  return answersOf(query)[0]!.split('/')[0]!;
}

/** Whether `url` (`/en/micro-needling/faq/?highlight=x#make-up`) is `expected` in `language`. */
export function isAnswer(url: string, expected: string, language: string): boolean {
  const actual = new URL(url, 'http://site.invalid');
  const wanted = new URL(`/${language}/${expected}`, 'http://site.invalid');
  return actual.pathname === wanted.pathname && (!wanted.hash || actual.hash === wanted.hash);
}
