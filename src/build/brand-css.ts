/** The brand's palette as CSS custom properties, light by default and dark on request. */
import type { BrandData, Palette } from '../schemas/brand';

function properties(palette: Palette): string {
  return Object.entries(palette)
    .map(([name, value]) => `--color-${name}: ${value};`)
    .join(' ');
}

export function brandCss(colors: BrandData['colors']): string {
  return [
    `:root { color-scheme: light dark; ${properties(colors.light)} }`,
    `@media (prefers-color-scheme: dark) { :root { ${properties(colors.dark)} } }`,
  ].join('\n');
}
