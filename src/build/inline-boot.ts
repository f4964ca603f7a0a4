/**
 * The islands' first script (src/client/boot.ts, about 1 KB gzip) goes inside each page rather
 * than beside it. As a file it was one more request before a tap could wake the tracker: a round
 * trip on a phone's network, and one that Lighthouse's model of that network counts before the
 * first paint (mobile LCP 0.93 s with it, 0.7 s without). Astro inlines only scripts without
 * imports, and this one imports each island on first use, so the build does it: the lazy imports'
 * relative addresses (`./tracker.X.js`) become absolute, since inside a page they would resolve
 * against the page's address. Each page's CSP then lists the script's hash (csp-hashes.ts).
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** `import("./x.js")` in any of the three quotes a bundler writes. */
const dynamicImport = /\bimport\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g;

/**
 * The script at `src` (an absolute URL path) as it can run inside a page: its dynamic imports
 * absolute. Code that could not run inline as written (static imports, `import.meta`, a closing
 * script tag) stops the build, naming the file.
 */
export function inlinable(code: string, src: string): string {
  const rewritten = code.replace(
    dynamicImport,
    (_, quote: string, spec: string) =>
      `import(${quote}${new URL(spec, `http://site.invalid${src}`).pathname}${quote})`,
  );
  const problem = /\bimport\b(?!\()/.test(rewritten)
    ? 'a static import or import.meta'
    : /\bexport\b/.test(rewritten)
      ? 'an export'
      : /<\/script/i.test(rewritten)
        ? 'the text "</script"'
        : undefined;
  if (problem)
    throw new Error(
      `${src} cannot be put inside the pages: it holds ${problem}. Keep src/client/boot.ts to dynamic import() only.`,
    );
  return rewritten;
}

/** `html` with each module script whose file is in `scripts` (src → inlinable code) inside it. */
export function withInlineScripts(html: string, scripts: Map<string, string>): string {
  return html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (tag, src: string) => {
    const code = scripts.get(src);
    return code === undefined ? tag : `<script type="module">${code}</script>`;
  });
}

/**
 * The module scripts the pages load (the boot script), each as it can run inside a page, from
 * the copy in `outDir`; the files themselves are removed, as no page will load them.
 */
export async function bootScripts(outDir: string, base: string, pages: string[]): Promise<Map<string, string>> {
  const sources = new Set(
    pages.flatMap((html) => [...html.matchAll(/<script type="module" src="([^"]+)">/g)].map((m) => m[1]!)),
  );
  const scripts = new Map<string, string>();
  for (const src of sources) {
    if (!src.startsWith(base)) throw new Error(`A page loads ${src}, outside the copy's base path ${base}.`);
    scripts.set(src, inlinable(await readFile(join(outDir, src.slice(base.length)), 'utf8'), src).trim());
  }
  // A chunk that imported from the boot script would run it a second time, from its file.
  const chunks = (await readdir(join(outDir, '_astro'))).filter((file) => file.endsWith('.js'));
  for (const chunk of chunks) {
    const code = await readFile(join(outDir, '_astro', chunk), 'utf8');
    const imported = [...sources].find(
      (src) => src !== `${base}_astro/${chunk}` && code.includes(src.split('/').at(-1)!),
    );
    if (imported)
      throw new Error(
        `_astro/${chunk} imports from ${imported}, which runs inside the pages: the boot script must share no module ` +
          'with the islands (src/build/lean-dynamic-imports.ts gives it its own import helper).',
      );
  }
  // The offline worker would only keep them.
  await Promise.all([...sources].map((src) => rm(join(outDir, src.slice(base.length)))));
  return scripts;
}
