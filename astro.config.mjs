// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { loadBrand } from './src/lib/brand.ts';
import { brandIntegration } from './src/integrations/brand.ts';
import { locales } from './src/i18n/locales.ts';
import { siteAddress } from './src/lib/site-address.ts';

// One clinic per build: BRAND picks content/brands/<id>.yaml; SITE_URL and BASE_PATH say where
// the copy will live, so every link, canonical and sitemap entry is right there.
const brand = loadBrand(fileURLToPath(new URL('.', import.meta.url)), process.env.BRAND || 'demo');
const { site, base } = siteAddress(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: brand.locales.map((code) => ({ path: code, codes: [locales[code].tag] })),
    defaultLocale: brand.defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    brandIntegration(brand),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: brand.defaultLocale,
        locales: Object.fromEntries(brand.locales.map((code) => [code, locales[code].tag])),
      },
    }),
  ],
  markdown: { syntaxHighlight: false },
  security: { csp: true },
  devToolbar: { enabled: false },
});
