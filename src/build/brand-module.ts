/**
 * Hands the validated brand to pages as one typed module, the way Starlight hands over its user
 * config: `virtual:aftercare/brand` (data and the logo's bundled URL) and
 * `virtual:aftercare/brand.css` (the palette as custom properties). Components import these
 * instead of re-reading files.
 */
import type { AstroIntegration } from 'astro';
import type { Brand } from './brand';
import { brandCss } from './brand-css';

const ids = { data: 'virtual:aftercare/brand', css: 'virtual:aftercare/brand.css' } as const;

export function brandModule(brand: Brand): AstroIntegration {
  const { logoFile, ...data } = brand;
  // JSON has no dates: the sign-off's day is made a Date again, as the schema gave it.
  const review = data.review
    ? `review: { ...${JSON.stringify(data.review)}, date: new Date(${JSON.stringify(data.review.date.toISOString())}) }, `
    : '';
  const modules: Record<string, string> = {
    [ids.data]: `import logoUrl from ${JSON.stringify(logoFile + '?url')};\nexport const brand = { ...${JSON.stringify(data)}, ${review}logoUrl };`,
    [ids.css]: brandCss(brand.colors),
  };
  return {
    name: 'aftercare:brand',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
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
