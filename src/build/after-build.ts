/**
 * Once Astro has written the pages: the boot script goes inside each page (inline-boot.ts), each
 * page's CSP lists exactly the hashes of its own inline content (csp-hashes.ts), then the search
 * index (one per language, Pagefind's Node API) and the `_headers` file for hosts that read one, under the base path the copy was built for, with a restrictive
 * policy for each SVG file built. Part of `astro build` itself, so every build (npm start, tests,
 * bench, build:all) makes the same copy.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withOwnHashes } from './csp-hashes';
import { bootScripts, withInlineScripts } from './inline-boot';
import { headersFile } from './hosting';
import { closeIndexer, indexSite } from './search-index';

export function afterBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'aftercare:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // One pass over the pages: the boot script inside, then the CSP's hashes of what is inline.
        const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        const pages = await Promise.all(files.map((file) => readFile(join(outDir, file), 'utf8')));
        const scripts = await bootScripts(outDir, base, pages);
        await Promise.all(
          files.map((file, index) =>
            writeFile(join(outDir, file), withOwnHashes(withInlineScripts(pages[index]!, scripts))),
          ),
        );
        const started = performance.now();
        try {
          const records = await indexSite(outDir);
          const languages = Object.entries(records).map(([lang, count]) => `${lang} ${count}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          // `npm run bench` reads the seconds from this line.
          logger.info(
            `Search index: records (page openings and sections) by language: ${languages.join(', ')} (${seconds} s)`,
          );
        } finally {
          await closeIndexer();
        }
        // Every SVG the build wrote (a logo over the inline limit) gets its own policy, by path.
        const svgFiles = (await readdir(outDir, { recursive: true }))
          .filter((file) => file.endsWith('.svg'))
          .map((file) => `${base}${file.split(sep).join('/')}`);
        await writeFile(join(outDir, '_headers'), headersFile(base, svgFiles));
      },
    },
  };
}
