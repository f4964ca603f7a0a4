// `npm run audit`: Lighthouse (mobile settings, its default) in Debian's chromium on the home,
// aftercare, FAQ and search pages in English and Arabic. Builds the demo site into a temporary
// folder for the address it is served at, serves it on 127.0.0.1 with gzip as a CDN would,
// prints the four scores with LCP, TBT and CLS per page, and exits 1 if any score is below 95 or
// any page's LCP is over 800 ms (docs/engineering.md, "Budgets").
// Not part of `npm test`: performance scores depend on the machine's load (printed with them).
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

requirePinnedNode('npm run audit');
// Modules an older Node may fail to load (TypeScript, these packages) load after the check.
const { freePort, serveStatic } = await import('./lib/static-server.ts');
const { launch } = await import('chrome-launcher');
const { default: lighthouse } = await import('lighthouse');

const { version: lighthouseVersion } = createRequire(import.meta.url)('lighthouse/package.json');
const minimum = 95;
const maxLcp = 800;
// `npm run audit -- --runs 3` keeps each page's median run by performance, as Lighthouse's
// docs advise on a noisy machine.
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number, e.g. 3');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error('No browser for the audit: install one with `apt-get install -y chromium`, or set CHROME_PATH.');
  process.exit(1);
}

const port = await freePort();
const outDir = mkdtempSync(join(tmpdir(), 'aftercare-audit-'));
const env = { ...process.env, SITE_URL: `http://127.0.0.1:${port}`, BASE_PATH: '/', OUT_DIR: outDir };
console.log(`Building the site for http://127.0.0.1:${port}/ …`);
const build = spawnSync('npx', ['--no-install', 'astro', 'build'], { env, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(build.status ?? 1);
}

/** Home, the first treatment's aftercare page (as the home page lists them), the FAQ index and search. */
function pagesOf(lang) {
  const home = join(outDir, lang, 'index.html');
  if (!existsSync(home)) return [];
  const treatment = new RegExp(`href="/${lang}/([^/"]+)/aftercare/"`).exec(readFileSync(home, 'utf8'))?.[1];
  return [`/${lang}/`, treatment && `/${lang}/${treatment}/aftercare/`, `/${lang}/faq/`, `/${lang}/search/`].filter(
    (path) => path && existsSync(join(outDir, path, 'index.html')),
  );
}

const server = await serveStatic(outDir, { port });
const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const rows = [];
let failed = false;
try {
  for (const path of ['en', 'ar'].flatMap(pagesOf)) {
    const results = [];
    for (let run = 0; run < runs; run++)
      results.push(
        await lighthouse(`${server.origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
        }),
      );
    results.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const { lhr } = results[Math.floor(results.length / 2)];
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    if (metric('largest-contentful-paint') > maxLcp) {
      console.log(`${path} LCP ${Math.round(metric('largest-contentful-paint'))} ms, over ${maxLcp} ms`);
      failed = true;
    }
    rows.push({
      page: path,
      ...scores,
      'LCP ms': Math.round(metric('largest-contentful-paint')),
      'TBT ms': Math.round(metric('total-blocking-time')),
      CLS: Number(metric('cumulative-layout-shift').toFixed(3)),
    });
    for (const id of categories) {
      if (scores[id] >= 100) continue;
      const misses = lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
      console.log(`${path} ${id} ${scores[id]}: ${misses.join(', ') || 'no weighted audit below 1'}`);
      if (scores[id] < minimum) failed = true;
    }
  }
} finally {
  chrome.kill();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

console.table(rows);
console.log(
  `Lighthouse ${lighthouseVersion}, mobile, ${runs} run(s) a page; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`,
);
if (failed) {
  console.error(`A score is below ${minimum}, or an LCP over ${maxLcp} ms.`);
  process.exit(1);
}
console.log(`Every score is ${minimum} or more, and every LCP ${maxLcp} ms or less.`);
