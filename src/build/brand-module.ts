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
  const modules: Record<string, string> = {
    [ids.data]: `import logoUrl from ${JSON.stringify(logoFile + '?url')};\nexport const brand = { ...${JSON.stringify(data)}, logoUrl };`,
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
