// `npm run build`: the static site of one clinic (BRAND, default `demo`) into dist/, then its
// search index, one per language (Pagefind splits by <html lang>; src/lib/search/index-site.ts).
// SITE_URL and BASE_PATH say where it will be served. Runs on the pinned Node through npm.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFile } from '../src/lib/hosting.ts';
import { closeIndexer, indexSite } from '../src/lib/search/index-site.ts';

const outDir = process.env.OUT_DIR || 'dist';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['--no-install', 'astro', 'build', '--outDir', outDir]);
try {
  const pages = await indexSite(outDir);
  const languages = Object.entries(pages).map(([lang, count]) => `${lang} ${count}`);
  console.log(`Search index: pages by language: ${languages.join(', ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeIndexer();
}

// Security headers for hosts that read a _headers file, under the base path the site was built for
// (read back from the sitemap index, which Astro writes with the full address).
const sitemapIndex = readFileSync(join(resolve(outDir), 'sitemap-index.xml'), 'utf8');
const firstSitemap = new URL(/<loc>([^<]+)<\/loc>/.exec(sitemapIndex)[1]);
writeFileSync(join(resolve(outDir), '_headers'), headersFile(firstSitemap.pathname.replace(/[^/]*$/, '')));
