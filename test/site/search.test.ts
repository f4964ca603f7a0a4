/**
 * The built site's side of search: one Pagefind index per language holding exactly the pages
 * written in it, as a record for each page's opening and one for each section (fallback pages and chrome left out), the filters on every guide page, no
 * Pagefind file loaded before search, and search forms that work without JavaScript.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { chunkBytesFor, readIndex } from '../../src/build/index-chunks';
import { keywordsSuffix } from '../../src/lib/search/pagefind-data';
import { chunksFor } from '../helpers/pagefind-chunks';
import { builtPages, distDir, localeOfPath } from '../helpers/site';

const pages = builtPages();
const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};

it('indexes each language apart, with exactly the pages written in it: each page’s opening and sections', () => {
  const written: Record<string, number> = {};
  for (const { document } of pages) {
    const body = document.querySelector('[data-pagefind-body]');
    if (!body) continue;
    const sections = [...body.querySelectorAll('h2[id], h3[id], h4[id], h5[id], h6[id]')].filter(
      (heading) => !heading.closest('[data-pagefind-ignore]'),
    );
    const lang = document.documentElement.lang.toLowerCase();
    written[lang] = (written[lang] ?? 0) + 1 + sections.length;
  }
  const indexed = Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]));
  expect(indexed).toEqual(written);
});

it('cuts each language’s word index into small chunks, and every word reaches the chunk that holds it', async () => {
  const folder = join(distDir, 'pagefind');
  const { entry, languages } = await readIndex(folder);
  const listed = new Set<string>();
  for (const [language, { chunks }] of languages) {
    const words = chunks.flatMap((chunk) => chunk.words.map(([word]) => word));
    // In Pagefind's order (Rust compares UTF-8 bytes), each word once.
    expect(words).toEqual([...new Set(words)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    const size = chunkBytesFor(
      chunks.reduce((sum, chunk) => sum + chunk.words.reduce((s, word) => s + encode(word).length, 0), 0),
    );
    expect(chunks.length, language).toBeGreaterThan(10);
    chunks.forEach((chunk, i) => {
      listed.add(chunk.file);
      const lastWord = encode(chunk.words.at(-1)).length;
      expect(encode(chunk.words).length, `${language} chunk ${i}`).toBeLessThan(size + lastWord + 10);
      for (const [word] of chunk.words) expect(chunksFor(word, chunks), `${language}: ${word}`).toContain(i);
    });
  }
  // Nothing left of Pagefind's own chunks and metadata.
  const files = readdirSync(join(folder, 'index')).map((file) => join(folder, 'index', file));
  expect(files.sort()).toEqual([...listed].sort());
  const metas = readdirSync(folder).filter((file) => file.endsWith('.pf_meta'));
  expect(metas.sort()).toEqual(
    Object.values(entry.languages)
      .map(({ hash }) => `pagefind.${hash}.pf_meta`)
      .sort(),
  );
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  const doc = page.document;
  const bodies = [...doc.querySelectorAll('[data-pagefind-body]')];

  it('marks for the index only content in the page’s own language', () => {
    if (doc.querySelector('.fallback-notice')) expect(bodies).toEqual([]);
    else expect(bodies.length).toBeLessThanOrEqual(1);
    for (const body of bodies) expect(body.closest('[lang]')).toBe(doc.documentElement);
  });

  it.runIf(bodies.some((body) => body.querySelector('article')))('tags a guide with its treatment and kind', () => {
    const treatment = doc.querySelector('[data-pagefind-filter^="treatment:"]')?.getAttribute('data-pagefind-filter');
    expect(treatment).toMatch(/^treatment:\S/);
    expect(doc.querySelector('[data-pagefind-filter="kind"]')?.textContent?.trim()).toBeTruthy();
  });

  it('loads nothing of Pagefind until a reader searches', () => expect(page.html).not.toContain('/pagefind/'));

  it('has search forms that lead to the FAQ index without JavaScript', () => {
    // `/` and `/404.html` are in the clinic's default language.
    const locale = localeOfPath(page.path) ?? doc.documentElement.lang.toLowerCase();
    for (const form of doc.querySelectorAll('form[role="search"]')) {
      expect(form.getAttribute('action')).toBe(`/${locale}/faq/`);
      expect(form.getAttribute('data-search-page')).toBe(`/${locale}/search/`);
    }
  });

  it('keeps each question’s hidden keywords within its own section, after an empty marker', () => {
    for (const marker of doc.querySelectorAll(`[id$="${keywordsSuffix}"]`)) {
      const question = marker.id.slice(0, -keywordsSuffix.length);
      expect(marker.closest('section')?.querySelector(`[id="${question}"]`)?.tagName).toMatch(/^H[23]$/);
      // Empty, so Pagefind keeps only its place, not the keywords a second time; they follow it.
      expect(marker.textContent).toBe('');
      expect(marker.nextElementSibling?.classList.contains('visually-hidden')).toBe(true);
    }
  });
});
