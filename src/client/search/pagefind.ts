/**
 * Pagefind's browser API, imported once, from under the site's base path (a clinic's copy may
 * live at `/aftercare/`). Pagefind picks the index of the page's `<html lang>`.
 */
import { pagefindOptions } from '../../lib/search/spelling';
import type { PagefindApi } from '../../lib/search/run';

interface PagefindModule extends PagefindApi {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
}

let pagefind: Promise<PagefindModule> | undefined;

export function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // Hindi is searched with exact vowel signs (src/lib/search/spelling.ts). No web worker: the
    // search is small and runs on a keystroke, and the worker's own script would add 13 KB to the
    // first search.
    await module.options({ ...pagefindOptions(document.documentElement.lang), noWorker: true });
    // Loads the language's metadata and WebAssembly now, so the first keystroke only waits for its words.
    await module.init();
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}
