// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadBrand } from './src/build/brand.ts';
import { brandModule } from './src/build/brand-module.ts';
import { leanDynamicImports } from './src/build/lean-dynamic-imports.ts';
import { afterBuild } from './src/build/after-build.ts';
import { webApp } from './src/build/web-app.ts';
import { locales } from './src/i18n/locales.ts';
import { buildTarget, siteAddress } from './src/build/target.ts';
import { requirePinnedNode } from './scripts/lib/pinned-node.mjs';

// The build runs on the project's own Node (the `node` devDependency); an older one stops here.
requirePinnedNode('npm run build', 'npx astro build');

// One clinic per build: BRAND picks content/brands/<id>.yaml and the copy goes to dist/<id>/;
// SITE_URL and BASE_PATH say where it will live, so every link, canonical and sitemap entry is
// right there (src/build/target.ts).
const root = fileURLToPath(new URL('.', import.meta.url));
const { brandId, contentRoot, outDir } = buildTarget(process.env);
const brand = loadBrand(resolve(root, contentRoot), brandId);
const { site, base } = siteAddress(process.env, brand.site);
/** @type {{ path: string, codes: [string, ...string[]] }[]} */
const i18nLocales = brand.locales.map((code) => ({ path: code, codes: [locales[code].tag] }));

export default defineConfig({
  site,
  base,
  outDir: resolve(root, outDir),
  trailingSlash: 'always',
  // Every page's styles in the page itself: on a phone's network the separate stylesheet was a
  // round trip before the first paint (Lighthouse mobile LCP about 0.93 s with it).
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: i18nLocales,
    defaultLocale: brand.defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    brandModule(brand),
    leanDynamicImports(),
    mdx(),
    sitemap({
      // The clinic's handout is for its staff, not for search engines.
      filter: (page) => !/\/clinic\/handout\/$/.test(page),
      i18n: {
        defaultLocale: brand.defaultLocale,
        locales: Object.fromEntries(brand.locales.map((code) => [code, locales[code].tag])),
      },
    }),
    afterBuild(),
    // After the search index: the offline worker lists its files.
    webApp(brand),
  ],
  markdown: { syntaxHighlight: false },
  // Islands load their code on first use (src/client/boot.ts); nothing is worth preloading, so
  // Vite's list of each lazy chunk's dependencies is left out of the first script.
  vite: {
    build: {
      modulePreload: false,
      rollupOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" directive the bundler warns it may not
        // keep; Astro uses it before bundling. One such line per page buried real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Pagefind's search runs in WebAssembly: compiling it needs 'wasm-unsafe-eval', which allows
  // WebAssembly and nothing else (no eval). https://www.w3.org/TR/CSP3/#grammardef-wasm-unsafe-eval
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  devToolbar: { enabled: false },
  // Inside the project rather than node_modules, so parallel checkouts never share a content cache.
  cacheDir: './.astro/cache',
});
