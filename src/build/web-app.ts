/**
 * What makes a built copy an app a patient can keep on their phone's home screen and open
 * without a signal, written once Astro and the search index are done (after after-build.ts):
 * the web app manifest (`manifest.webmanifest`: the clinic's name, colours and icons, starting
 * and staying under the copy's base path), its icons made from the clinic's logo with sharp
 * (PNG 192 and 512 px, and a maskable 512 with the logo inside the safe zone), and the offline
 * worker (offline.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { localeDir, localeTag } from '../i18n/locales';
import type { Brand } from './brand';
import { writeServiceWorker } from './offline';

export const manifestFile = 'manifest.webmanifest';

/** The icons: size, purpose, and how much of the icon the logo takes (maskable: inside the 80% safe circle). */
const icons = [
  { size: 192, purpose: 'any', logo: 0.8 },
  { size: 512, purpose: 'any', logo: 0.8 },
  { size: 512, purpose: 'maskable', logo: 0.55 },
] as const;
const iconPath = (icon: (typeof icons)[number]) => `icons/${icon.purpose}-${icon.size}.png`;

/** A short name for the home screen: the brand's own, or its first word when the name is long. */
export function shortName(brand: Pick<Brand, 'name' | 'shortName'>): string {
  return brand.shortName ?? (brand.name.length <= 12 ? brand.name : brand.name.split(/\s+/)[0]!);
}

export function webManifest(brand: Brand, base: string) {
  return {
    name: brand.name,
    short_name: shortName(brand),
    lang: localeTag(brand.defaultLocale),
    dir: localeDir(brand.defaultLocale),
    // The root page takes the reader to their own language.
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    theme_color: brand.colors.light.primary,
    background_color: brand.colors.light.background,
    icons: icons.map((icon) => ({
      src: `${base}${iconPath(icon)}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

/** Draws the logo centred on the clinic's background colour, at each icon's size. */
async function writeIcons(brand: Brand, outDir: string) {
  await mkdir(join(outDir, 'icons'), { recursive: true });
  for (const icon of icons) {
    const side = Math.round(icon.size * icon.logo);
    const logo = await sharp(brand.logoFile, { density: 600 })
      .resize(side, side, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    await sharp({
      create: { width: icon.size, height: icon.size, channels: 4, background: brand.colors.light.background },
    })
      .composite([{ input: logo, gravity: 'centre' }])
      .png()
      .toFile(join(outDir, iconPath(icon)));
  }
}

export function webApp(brand: Brand): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'aftercare:web-app',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await writeIcons(brand, outDir);
        const manifest = webManifest(brand, base);
        await writeFile(join(outDir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
        const always = [`${base}${manifestFile}`, ...manifest.icons.map((icon) => icon.src)];
        const { version, lists } = writeServiceWorker(root, outDir, base, brand.treatments, always);
        const groups = Object.keys(lists.pages).length;
        logger.info(
          `Offline worker ${version}: ${groups} lists of pages, search files for ${Object.keys(lists.search).length} languages`,
        );
      },
    },
  };
}
