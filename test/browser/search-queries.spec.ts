/**
 * Patients' questions against the built site, through Pagefind's own API, ranked the way the
 * search UI ranks them (src/lib/search): at least 95% of each set must find its answer in the
 * top 3, and no result may be in another language. A language whose pages are not translated yet
 * (they fall back to English, and fallback pages are not indexed) is skipped, saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isLocale } from '../../src/i18n/locales';
import { findAnswers } from '../../src/lib/search/run';
import { pagefindIn } from '../helpers/pagefind-bridge';
import { distDir } from '../helpers/site';
import { answersOf, isAnswer, readQuerySets, treatmentOf } from '../helpers/query-sets';

const threshold = 0.95;

/** Whether the built site has this language's own FAQ for the treatment (not the fallback). */
function hasNativeFaq(language: string, treatment: string): boolean {
  const file = join(distDir, language, treatment, 'faq', 'index.html');
  return existsSync(file) && readFileSync(file, 'utf8').includes('data-pagefind-body');
}

for (const set of readQuerySets()) {
  const { language } = set;
  if (!isLocale(language)) throw new Error(`test/search/queries: "${language}" is not a language of the site`);
  const treatments = [...new Set(set.queries.map(treatmentOf))];
  for (const treatment of treatments) {
    const queries = set.queries.filter((query) => treatmentOf(query) === treatment);
    test(`${language} · ${treatment}: ${queries.length} patients' questions find their answer in the top 3`, async ({
      page,
    }) => {
      test.skip(
        !hasNativeFaq(language, treatment),
        `${language}/${treatment}/faq/ is not translated yet: the site shows the English page there, which is not indexed in ${language}. These ${queries.length} queries run once content/guides/${language}/${treatment}/faq.mdx lands.`,
      );
      await page.goto(`/${language}/search/`);
      const pagefind = pagefindIn(page);
      test.setTimeout(30_000 + queries.length * 3_000);
      const report: string[] = [];
      const strays: string[] = [];
      let found = 0;
      for (const query of queries) {
        const result = await findAnswers(pagefind, query.query, language);
        for (const answer of result.answers)
          if (!new URL(answer.url, 'http://site.invalid').pathname.startsWith(`/${language}/`))
            strays.push(`"${query.query}" → ${answer.url}`);
        const top = result.answers.slice(0, 3);
        const hit = top.some((answer) => answersOf(query).some((expected) => isAnswer(answer.url, expected, language)));
        if (hit) found++;
        report.push(
          `${hit ? '✓' : '✗'} "${query.query}" (${result.terms}) → ${answersOf(query).join(' | ')}\n      ${top.map((answer) => `${new URL(answer.url, 'http://x').pathname}${new URL(answer.url, 'http://x').hash} ${answer.score.toFixed(2)}`).join('\n      ')}`,
        );
      }
      const score = found / queries.length;
      console.log(
        `${language} · ${treatment}: ${found}/${queries.length} (${(score * 100).toFixed(1)}%)\n${report.join('\n')}`,
      );
      expect(strays, 'results in another language').toEqual([]);
      expect(score, report.filter((line) => line.startsWith('✗')).join('\n')).toBeGreaterThanOrEqual(threshold);
    });
  }
}
