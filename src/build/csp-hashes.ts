/**
 * Astro's CSP (a `<meta>` per page) lists the same 15 hashes on every page, about 700 bytes that
 * no compression can shrink, though none of our pages runs an inline script and the built files
 * under `_astro/` are allowed by `'self'` already. After the build, each page keeps the hashes of
 * what it holds inline (its `<style>` blocks and any executable inline `<script>`) and loses the
 * others; the policy itself stays as Astro wrote it.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const digest = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
/** Script types a browser runs: the ones CSP governs (data blocks such as JSON-LD are not). */
const executable = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The hashes of what a page holds inline and CSP applies to. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) hashes.add(digest(body!));
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs!)?.[1]?.toLowerCase() ?? '';
    if (!/\bsrc\s*=/i.test(attrs!) && executable.has(type)) hashes.add(digest(body!));
  }
  return hashes;
}

/** The page's HTML with its CSP holding only the hashes of its own inline content. */
export function withOwnHashes(html: string): string {
  const own = inlineHashes(html);
  const keep = (token: string) => !token.startsWith("'sha256-") || own.has(token);
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i,
    (_, start: string, policy: string) => {
      // Directive by directive, so their separators stay where they are.
      const kept = policy
        .split(';')
        .map((directive) => directive.split(' ').filter(keep).join(' '))
        .join(';');
      return `${start}${kept}"`;
    },
  );
}

/** Rewrites every page of a built copy with only its own hashes. */
export async function keepOwnHashes(outDir: string): Promise<void> {
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  await Promise.all(
    pages.map(async (page) => {
      const file = join(outDir, page);
      const html = await readFile(file, 'utf8');
      const trimmed = withOwnHashes(html);
      if (trimmed !== html) await writeFile(file, trimmed);
    }),
  );
}
