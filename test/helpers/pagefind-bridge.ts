/**
 * Pagefind's browser API, driven from a test: each call runs `pagefind.search` in the page (the
 * built site's own `pagefind.js`, index and language, with the options the search UI sets); a
 * result's `data()` is loaded there too, only when asked for, as the search UI does. The `data()`
 * calls of one moment go to the page together, in one round trip.
 */
import type { Page } from '@playwright/test';
import type { PageData } from '../../src/lib/search/pagefind-data';
import type { PagefindApi } from '../../src/lib/search/run';
import { pagefindOptions } from '../../src/lib/search/spelling';

declare global {
  interface Window {
    /** Results of the bridge's searches, kept in the page until their data is asked for. */
    bridgeResults?: { data(): Promise<unknown> }[][];
  }
}

export function pagefindIn(page: Page, base = '/'): PagefindApi {
  let waiting: { call: number; index: number; resolve: (data: PageData) => void; reject: (error: unknown) => void }[] =
    [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    page
      .evaluate(
        (asked) => Promise.all(asked.map(({ call, index }) => window.bridgeResults![call]![index]!.data())),
        batch.map(({ call, index }) => ({ call, index })),
      )
      .then(
        (datas) => batch.forEach((asked, at) => asked.resolve(datas[at] as PageData)),
        (error: unknown) => batch.forEach((asked) => asked.reject(error)),
      );
  };
  const dataOf = (call: number, index: number) =>
    new Promise<PageData>((resolve, reject) => {
      if (!waiting.length) setTimeout(flush, 0);
      waiting.push({ call, index, resolve, reject });
    });
  return {
    async filters() {
      return page.evaluate(
        async ({ base, options }) => {
          const pagefind = await import(`${location.origin}${base}pagefind/pagefind.js`);
          await pagefind.options(options);
          return pagefind.filters();
        },
        { base, options: pagefindOptions(await page.evaluate(() => document.documentElement.lang)) },
      );
    },
    async search(term, searchOptions) {
      const found = await page.evaluate(
        async ({ term, searchOptions, base, options }) => {
          const pagefind = await import(`${location.origin}${base}pagefind/pagefind.js`);
          await pagefind.options(options);
          const search = await pagefind.search(term, searchOptions);
          if (!search) return null;
          window.bridgeResults ??= [];
          const call = window.bridgeResults.push(search.results) - 1;
          const results: { id: string; score: number }[] = search.results.map(
            (result: { id: string; score: number }) => ({
              id: result.id,
              score: result.score,
            }),
          );
          return { call, results, filters: search.filters };
        },
        {
          term,
          searchOptions,
          base,
          options: pagefindOptions(await page.evaluate(() => document.documentElement.lang)),
        },
      );
      if (!found) return null;
      return {
        filters: found.filters,
        results: found.results.map((result, index) => ({
          ...result,
          data: () => dataOf(found.call, index),
        })),
      };
    },
  };
}
