/**
 * Vite wraps every dynamic `import()` of the browser's code in a helper that preloads the
 * imported chunk's CSS and JavaScript: 914 B gzip on every page, a sixth of the 6 KB budget,
 * for pages whose lazy parts (the search UI, the calendar file) import no CSS, as styles live in
 * components. This swaps in a helper that only imports; the chunk's own imports still load. A
 * lazy chunk that did import CSS would lose its styles, so the build stops instead, naming it.
 * The list of each lazy chunk's dependencies that Vite writes for its helper goes too.
 */
import type { AstroIntegration } from 'astro';

const helperId = '\0vite/preload-helper.js';
/**
 * The boot script's own copy of the helper. The boot script goes inside every page
 * (inline-boot.ts), so no other chunk may import from its chunk; sharing the helper would make
 * the bundler put it there for the islands to import.
 */
const bootHelperId = '\0aftercare/boot-preload-helper.js';
const isBootScript = (id: string | undefined) => Boolean(id && /[\\/]src[\\/]client[\\/]boot\.ts$/.test(id));
const leanHelper = 'export const __vitePreload = (load) => load();';

interface ChunkWithCss {
  type: string;
  fileName: string;
  code?: string;
  dynamicImports?: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * A chunk's code without Vite's dependency lists (`__vite__mapDeps`), which only its own
 * preload helper reads: the lean helper takes the import alone.
 */
export function withoutDependencyLists(code: string): string {
  return code
    .replace(
      /^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/m,
      '',
    )
    .replace(/,\s*__vite__mapDeps\(\[[\d,\s]*\]\)/g, '');
}

/** The lazily imported chunks that bring CSS of their own: they need Vite's full helper. */
export function lazyChunksWithCss(bundle: Record<string, ChunkWithCss>): string[] {
  const lazy = new Set(Object.values(bundle).flatMap((chunk) => chunk.dynamicImports ?? []));
  return [...lazy].filter((fileName) => (bundle[fileName]?.viteMetadata?.importedCss.size ?? 0) > 0);
}

export function leanDynamicImports(): AstroIntegration {
  return {
    name: 'aftercare:lean-dynamic-imports',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'aftercare:lean-dynamic-imports',
                enforce: 'pre',
                // The browser's bundle only: the server build of the pages has no helper to swap.
                applyToEnvironment: (environment) => environment.config.consumer === 'client',
                resolveId: (source, importer) =>
                  source === helperId && isBootScript(importer) ? bootHelperId : undefined,
                load: (id) => (id === helperId || id === bootHelperId ? leanHelper : undefined),
                // After Vite writes its dependency lists, in its own last step.
                generateBundle: {
                  order: 'post',
                  handler(_, bundle) {
                    for (const chunk of Object.values(bundle) as ChunkWithCss[])
                      if (chunk.type === 'chunk' && chunk.code) chunk.code = withoutDependencyLists(chunk.code);
                    const withCss = lazyChunksWithCss(bundle);
                    if (withCss.length)
                      this.error(
                        `${withCss.join(', ')}: loaded with import() and importing CSS, which the lean import helper ` +
                          `does not preload (src/build/lean-dynamic-imports.ts). Move the styles into the component.`,
                      );
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
