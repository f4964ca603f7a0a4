/**
 * What the browser really loads (docs/engineering.md, "Budgets"): before any interaction, at most
 * 3 KB of JavaScript (gzip) on an aftercare page, tracker included, and 1 KB on other pages, and
 * none of Pagefind's files; and what a question typed a letter at a time costs, from focusing the
 * field to the answers (in the header on a laptop, on the search page on a phone), at most 120 KB
 * in every language. The built site is served as a host serves it: HTTPS and HTTP/2 (as Netlify,
 * Cloudflare Pages and docs/hosting/nginx.conf do), gzip for text, its `_headers`; bytes are
 * counted as Chromium received them, headers included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { testCertificate } from '../helpers/certificate';
import { distDir } from '../helpers/site';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

const KB = 1024;
/** Typed a letter at a time, each searched word brings an index chunk (src/build/index-chunks.ts) and records. */
const firstSearchBudget = 120 * KB;

let server: StaticServer;
let scratch: string;
test.beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'aftercare-budget-'));
  server = await serveStatic(distDir, { tls: testCertificate(scratch, '127.0.0.1') });
});
test.afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});
// Served over HTTPS and HTTP/2, as hosts serve a clinic's copy, with a certificate of the test's own.
test.use({ ignoreHTTPSErrors: true });

/** A response: its body as sent (gzip where the server compressed it), and all it took on the wire. */
interface Transfer {
  url: string;
  type: string;
  body: number;
  size: number;
}

/**
 * Every finished request's bytes on the wire (headers and encoded body), from now on: the page's
 * and any worker's.
 */
function recordTransfers(page: Page) {
  let list: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.context().on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        // A response the offline worker gave the page came from its cache or from its own
        // request, which is counted as such: counting both would count the bytes twice.
        if (response?.fromServiceWorker()) return;
        const [sizes, content] = await Promise.all([request.sizes(), response?.body().catch(() => undefined)]);
        // The body as the server sent it (it gzips at level 9). Over HTTP/2, Chromium counts a
        // response's compressed headers in its body size; it reports none for a worker's own script.
        const gzipped = response?.headers()['content-encoding'] === 'gzip';
        const body = content ? (gzipped ? gzipSync(content, { level: 9 }).length : content.length) : 0;
        const size = Math.max(sizes.responseHeadersSize + sizes.responseBodySize, body);
        list.push({ url: request.url(), type: request.resourceType(), body, size });
      })().catch(() => {
        // The offline worker's own requests can end after the test has closed the page: none is the search's.
      }),
    );
  });
  return {
    /** Transfers so far, then forgets them. */
    async take() {
      await Promise.all(pending.splice(0));
      const taken = list;
      list = [];
      return taken;
    },
  };
}

const total = (list: Transfer[], part: 'body' | 'size' = 'size') => list.reduce((sum, item) => sum + item[part], 0);
const table = (list: { url: string; size: number }[]) =>
  list.map((item) => `${String(item.size).padStart(7)} ${new URL(item.url).pathname}`).join('\n');

for (const path of ['en/', 'en/micro-needling/aftercare/', 'ar/micro-needling/faq/', 'en/search/']) {
  const budget = path.endsWith('/aftercare/') ? 3 * KB : 1 * KB;
  test(`/${path} loads at most ${budget / KB} KB of JavaScript before any interaction, and nothing of Pagefind`, async ({
    page,
  }) => {
    const transfers = recordTransfers(page);
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const loaded = await transfers.take();
    // The offline worker's own script (sw.js) runs apart from the page, once it has loaded: it is
    // weighed by test/site/offline.test.ts, not as the page's JavaScript.
    const scripts = loaded.filter((item) => item.type === 'script' && !new URL(item.url).pathname.endsWith('/sw.js'));
    // The page's first script runs inside it (src/build/inline-boot.ts): weighed as gzip on its own.
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')]
        .filter((script) => ['', 'module', 'text/javascript'].includes(script.type))
        .map((script) => script.textContent ?? ''),
    );
    const inlineBytes = inline.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
    // The budget is of JavaScript, gzip: the scripts' bodies as sent, without the HTTP headers.
    const bytes = total(scripts, 'body') + inlineBytes;
    console.log(
      `/${path}: ${bytes} bytes of JavaScript (gzip) before any interaction, ${inlineBytes} inside the page\n${table(scripts)}`,
    );
    expect(loaded.filter((item) => item.url.includes('/pagefind/'))).toEqual([]);
    expect(inline.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(budget);
  });
}

/**
 * Where a first search happens: on a laptop in the header's field, from a treatment's page; on a
 * phone, whose header has only a link to it, on the search page.
 */
const ways = {
  header: {
    width: 1280,
    page: 'micro-needling/aftercare/',
    field: (page: Page) => page.getByRole('search').getByRole('combobox'),
    answer: (page: Page) => page.getByRole('listbox').getByRole('option').first(),
  },
  phone: {
    width: 360,
    page: 'search/',
    field: (page: Page) => page.getByRole('searchbox'),
    answer: (page: Page) => page.locator('[data-search-answers] > li').first(),
  },
};

for (const [language, words] of [
  ['en', 'can I wear makeup'],
  ['ar', 'متى أضع المكياج'],
  ['zh-cn', '什么时候可以化妆'],
  ['es', 'cuándo puedo maquillarme'],
  ['fr', 'quand puis-je me maquiller'],
  ['hi', 'मेकअप कब लगा सकते हैं'],
] as const)
  for (const [way, { width, page: path, field, answer }] of Object.entries(ways).filter(
    // Every language on a phone; the header, with the same search but no word groups, in three.
    ([way]) => way === 'phone' || ['en', 'ar', 'zh-cn'].includes(language),
  ))
    test(`the first search in ${language} (${way}), typed a letter at a time, transfers at most ${firstSearchBudget / KB} KB, Pagefind included`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      const transfers = recordTransfers(page);
      await page.goto(`${server.url}${language}/${path}`, { waitUntil: 'networkidle' });
      // The offline worker is blocked here (playwright.config.ts): what it keeps at the first visit
      // is not the search's cost.
      await transfers.take();
      test.setTimeout(60_000);
      await field(page).focus();
      // Typed slowly, a key every 250 ms as on a phone: every half-typed word is searched too.
      await field(page).pressSequentially(words, { delay: 250 });
      await expect(answer(page)).toBeVisible();
      await page.waitForLoadState('networkidle');
      const search = await transfers.take();
      console.log(
        `First search in ${language} (${way}): ${total(search)} bytes in ${search.length} requests (${total(search, 'body')} of bodies)\n${table(search)}`,
      );
      expect(search.some((item) => item.url.includes('/pagefind/wasm.'))).toBe(true);
      expect(total(search)).toBeLessThanOrEqual(firstSearchBudget);
    });
