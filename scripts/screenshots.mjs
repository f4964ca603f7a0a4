// `npm run screenshots`: pictures of the built demo site for reviewers, into docs/screenshots/.
// Home, an aftercare page two days after treatment (day 2), a treatment's FAQ and a search, in English and
// Arabic, on a phone (360 × 800) and a laptop (1280 × 800): what the reader sees first, not the
// whole page. Uses dist/demo/ (builds it when missing) and Debian's chromium.
//   npm run screenshots -- --dir dist/cedar --out dist/cedar-shots
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

requirePinnedNode('npm run screenshots');
// TypeScript modules load after the check: an older Node cannot load them at all.
const { chromium } = await import('@playwright/test');
const { freePort, normalizeBase, readHeaderRules, serveStatic } = await import('./lib/static-server.ts');

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist/demo' },
    out: { type: 'string', default: 'docs/screenshots' },
  },
});
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error('No browser for screenshots: install one with `apt-get install -y chromium`, or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync(join(values.dir, 'index.html'))) {
  console.log(`No site in ${values.dir}: building the demo clinic's …`);
  const build = spawnSync('npx', ['--no-install', 'astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const base = normalizeBase(readHeaderRules(join(values.dir, '_headers'))[0]?.pattern.replace(/\*$/, '') ?? '/');
const server = await serveStatic(values.dir, { base, port: await freePort() });
const origin = server.url.replace(/\/$/, '');

/** The first treatment the language's home page lists, so the script needs no treatment name. */
function firstTreatment(lang) {
  const home = readFileSync(join(values.dir, lang, 'index.html'), 'utf8');
  return new RegExp(`href="${base}${lang}/([^/"]+)/aftercare/"`).exec(home)?.[1];
}

/** Two days before today: the aftercare page opens on day 2 (day 0 is the treatment day). */
const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const searches = { en: 'makeup', ar: 'مكياج' };
const widths = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'laptop', width: 1280, height: 800 },
];

const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
mkdirSync(values.out, { recursive: true });
let count = 0;
try {
  for (const lang of ['en', 'ar']) {
    if (!existsSync(join(values.dir, lang, 'index.html'))) continue;
    const treatment = firstTreatment(lang);
    const pages = [
      { name: 'home', path: `${lang}/` },
      { name: 'aftercare-day-2', path: `${lang}/${treatment}/aftercare/#date=${twoDaysAgo}`, wait: '#today-heading' },
      // A treatment's questions: the jump list of topics first.
      { name: 'faq', path: `${lang}/${treatment}/faq/` },
      {
        name: 'search',
        path: `${lang}/search/?q=${encodeURIComponent(searches[lang])}`,
        wait: '[data-search-answers] li',
      },
    ];
    for (const { name: device, width, height } of widths) {
      // A reader in the demo clinic's country (London): dates as they write them there.
      const locale = { en: 'en-GB', ar: 'ar' }[lang];
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, locale });
      for (const { name, path, wait } of pages) {
        await page.goto(`${origin}${base}${path}`, { waitUntil: 'networkidle' });
        if (wait) await page.waitForSelector(wait, { state: 'visible', timeout: 10_000 }).catch(() => {});
        const file = join(values.out, `${lang}-${name}-${device}.png`);
        await page.screenshot({ path: file });
        count += 1;
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${values.out}/`);
