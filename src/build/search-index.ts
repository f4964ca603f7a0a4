/**
 * Builds the search index of a built site with Pagefind's Node API: one index per language
 * (Pagefind splits by `<html lang>`), only pages with `data-pagefind-body`, each as a record per
 * section (search-sections.ts). French pages go in with their elisions split (elision.ts), Hindi
 * pages without the nukta, which Hindi queries drop too (src/lib/search/spelling.ts); the pages
 * served stay as built. The word index is then cut into small chunks (index-chunks.ts), so a
 * search loads little more than its words. Used by the build (after-build.ts), the benchmark and
 * the search scenarios' fixture sites.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { isFrench, straightenElisions } from './elision.ts';
import { plainHindi } from '../lib/search/spelling.ts';
import { searchSections } from './search-sections.ts';
import { splitIndexChunks } from './index-chunks.ts';

/** Whether a built page is in Hindi, by its `<html lang>`. */
const isHindi = (html: string) => /<html[^>]*\slang="hi(-[a-z]+)?"/i.test(html);

/** A page as the index reads it: the spelling its language's queries are compared in. */
function forIndex(html: string): string {
  if (isFrench(html)) return straightenElisions(html);
  // Text only: heading ids keep their spelling, so results still lead to their anchors.
  if (isHindi(html)) return html.replace(/>([^<]+)</g, (_, text: string) => `>${plainHindi(text)}<`);
  return html;
}

/**
 * Past this many records a language, Pagefind bundles their fragments into shared files: a
 * record per section makes tens of thousands at a thousand guides a language, and hosts cap a
 * site's files (Cloudflare Pages at 20,000). Today's catalogue, 354 records a language, is far below.
 */
const maxFragments = 1500;

/** Indexes every HTML file under `siteDir` into `siteDir/pagefind/`; returns records per language. */
export async function indexSite(siteDir: string): Promise<Record<string, number>> {
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  const problems: string[] = [];
  const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  for (const file of files) {
    const html = await readFile(join(siteDir, file), 'utf8');
    // The address Pagefind gives a page from its file (`en/faq/index.html` → `/en/faq/`).
    const url = `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
    for (const record of searchSections(forIndex(html), url))
      problems.push(...(await index.addHTMLFile({ url: record.url, content: record.html })).errors);
  }
  problems.push(...(await index.writeFiles({ outputPath: join(siteDir, 'pagefind') })).errors);
  await index.deleteIndex();
  if (problems.length) throw new Error(`Pagefind could not index ${siteDir}:\n${problems.join('\n')}`);
  await splitIndexChunks(join(siteDir, 'pagefind'));
  const entry = JSON.parse(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
}

/** Stops Pagefind's indexing service, so the process can end. */
export const closeIndexer = () => pagefind.close();
