/**
 * Hands the validated brand to pages as one typed module, the way Starlight hands over its user
 * config: `virtual:aftercare/brand` (data and the logo's bundled URL) and
 * `virtual:aftercare/brand.css` (the palette as custom properties). Components import these
 * instead of re-reading files. An SVG logo reaches the bundler only as cleaned by the brand's
 * checks (logo.ts): written under Astro's cache folder, named by its content, then bundled like
 * any asset (inlined when small, a hashed file in `_astro/` otherwise).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Brand } from './brand';
import { brandCss } from './brand-css';

const ids = { data: 'virtual:aftercare/brand', css: 'virtual:aftercare/brand.css' } as const;

/** The file the bundler reads the logo from: the cleaned SVG in `cacheDir`, or the clinic's PNG. */
function logoSource(brand: Brand, cacheDir: URL): string {
  const { svg } = brand.safeLogo;
  if (svg === undefined) return brand.logoFile;
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  const dir = fileURLToPath(new URL(`aftercare/logos/${hash}/`, cacheDir));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${basename(brand.logoFile)}`;
  writeFileSync(file, svg);
  return file;
}

export function brandModule(brand: Brand): AstroIntegration {
  const { logoFile, safeLogo, ...data } = brand;
  return {
    name: 'aftercare:brand',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        if (safeLogo.removed.length)
          logger.warn(
            `The logo ${basename(logoFile)} had parts that could run or load other files, left out: ${safeLogo.removed.join(', ')}`,
          );
        // JSON has no dates: the sign-off's day is made a Date again, as the schema gave it.
        const review = data.review
          ? `review: { ...${JSON.stringify(data.review)}, date: new Date(${JSON.stringify(data.review.date.toISOString())}) }, `
          : '';
        const modules: Record<string, string> = {
          [ids.data]: `import logoUrl from ${JSON.stringify(logoSource(brand, config.cacheDir) + '?url')};\nexport const brand = { ...${JSON.stringify(data)}, ${review}logoUrl };`,
          [ids.css]: brandCss(brand.colors),
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'aftercare:brand',
                resolveId: (id) => (id in modules ? `\0${id}` : undefined),
                load: (id) => (id.startsWith('\0') ? modules[id.slice(1)] : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
