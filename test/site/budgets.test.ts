/**
 * The budgets of docs/engineering.md as bytes over the built files, per page (gzip level 9, KB = 1,024
 * bytes): JavaScript a page loads before any interaction ≤ 3 KB on an aftercare page (the tracker
 * included) and ≤ 1 KB on any other, CSS ≤ 10 KB, an aftercare page's first load (HTML + CSS + JS)
 * ≤ 15 KB and any other guide's ≤ 30 KB, and a first search ≤ 120 KB in every language. This
 * test weighs a question's Pagefind files (script, WebAssembly, metadata, the largest index chunk,
 * filters and the ten largest result fragments); test/browser/search-budget.spec.ts weighs a
 * question typed a letter at a time, the search UI included, as the browser receives it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWeigher, type PageWeight } from '../../scripts/lib/page-weight';
import { defaultDistDir, htmlFiles, pageKinds, urlPathOf } from '../helpers/dist';

const KB = 1024;
const budget = {
  aftercareJs: 3 * KB,
  js: 1 * KB,
  css: 10 * KB,
  aftercareFirstLoad: 15 * KB,
  guideFirstLoad: 30 * KB,
  firstSearch: 120 * KB,
};

const weigher = createWeigher(defaultDistDir);
const files = htmlFiles(defaultDistDir);
const kinds = pageKinds(files.map((file) => urlPathOf(file)));
const kindOf = new Map([...kinds].flatMap(([kind, paths]) => paths.map((path) => [path, kind] as const)));
const weights = new Map<string, PageWeight>();

describe.each(files.map((file) => [urlPathOf(file), file] as const))('%s', (path, file) => {
  const weight = weigher.page(file, path);
  weights.set(path, weight);

  const aftercare = path.endsWith('/aftercare/');
  const js = aftercare ? budget.aftercareJs : budget.js;
  it(`loads at most ${js / KB} KB of JavaScript before any interaction`, () =>
    expect(weight.js).toBeLessThanOrEqual(js));
  it(`loads at most ${budget.css / KB} KB of CSS`, () => expect(weight.css).toBeLessThanOrEqual(budget.css));
  // Guides are the pages under a treatment: about, preparation, aftercare, when to get help, FAQ.
  const firstLoad = aftercare ? budget.aftercareFirstLoad : budget.guideFirstLoad;
  if (kindOf.get(path)?.includes('<treatment>'))
    it(`is a guide: first load at most ${firstLoad / KB} KB`, () =>
      expect(weight.firstLoad).toBeLessThanOrEqual(firstLoad));
});

const entry = JSON.parse(readFileSync(join(defaultDistDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, unknown>;
};
const searches = Object.keys(entry.languages).map(
  (language) => [language, weigher.firstSearchBound(language)] as const,
);

describe.each(searches)('first search in %s', (_, bound) => {
  it(`loads at most ${budget.firstSearch / KB} KB`, () => expect(bound.total).toBeLessThanOrEqual(budget.firstSearch));
});

// The heaviest page of each kind, for the record (npm test prints it).
afterAll(() => {
  const rows = [...kinds].map(([kind, paths]) => {
    const heaviest = (key: keyof Omit<PageWeight, 'assets'>) =>
      Math.max(...paths.map((p) => weights.get(p)?.[key] ?? 0));
    return {
      kind,
      pages: paths.length,
      html: heaviest('html'),
      css: heaviest('css'),
      js: heaviest('js'),
      firstLoad: heaviest('firstLoad'),
    };
  });
  console.log('Page weight, heaviest of each kind (bytes gzip):');
  console.table(rows);
  console.log('First search upper bound per language (bytes):');
  console.table(Object.fromEntries(searches));
});
