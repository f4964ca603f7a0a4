/**
 * Pagefind's browser API, driven from a test: each call runs `pagefind.search` in the page (the
 * built site's own `pagefind.js`, index and language, with the options the search UI sets); a
 * result's `data()` is loaded there too, only when asked for, as the search UI does.
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
  return {
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
          data: () =>
            page.evaluate(({ call, index }) => window.bridgeResults![call]![index]!.data(), {
              call: found.call,
              index,
            }) as Promise<PageData>,
        })),
      };
    },
  };
}
