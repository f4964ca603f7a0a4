// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadBrand } from './src/lib/brand.ts';
import { brandIntegration } from './src/integrations/brand.ts';
import { leanDynamicImports } from './src/integrations/lean-dynamic-imports.ts';
import { locales } from './src/i18n/locales.ts';
import { buildTarget, siteAddress } from './src/lib/build-env.ts';

// One clinic per build: BRAND picks content/brands/<id>.yaml; SITE_URL and BASE_PATH say where
// the copy will live, so every link, canonical and sitemap entry is right there (src/lib/build-env.ts).
const { brandId, contentRoot } = buildTarget(process.env);
const brand = loadBrand(resolve(fileURLToPath(new URL('.', import.meta.url)), contentRoot), brandId);
const { site, base } = siteAddress(process.env, brand.site);
/** @type {{ path: string, codes: [string, ...string[]] }[]} */
const i18nLocales = brand.locales.map((code) => ({ path: code, codes: [locales[code].tag] }));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: i18nLocales,
    defaultLocale: brand.defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    brandIntegration(brand),
    leanDynamicImports(),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: brand.defaultLocale,
        locales: Object.fromEntries(brand.locales.map((code) => [code, locales[code].tag])),
      },
    }),
  ],
  markdown: { syntaxHighlight: false },
  // Pagefind's search runs in WebAssembly: compiling it needs 'wasm-unsafe-eval', which allows
  // WebAssembly and nothing else (no eval). https://www.w3.org/TR/CSP3/#grammardef-wasm-unsafe-eval
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  devToolbar: { enabled: false },
  // Inside the project rather than node_modules, so parallel checkouts never share a content cache.
  cacheDir: './.astro/cache',
});
