/**
 * Astro's CSP (a `<meta>` per page) lists the same 15 hashes on every page, about 700 bytes that
 * no compression can shrink, though each page holds only a few of those inline. After the build,
 * each page's `script-src` and `style-src` list exactly the hashes of what it holds inline: its
 * `<style>` blocks, and its executable inline scripts (the boot script the build puts in every
 * page: inline-boot.ts). The policy's other sources stay as Astro wrote them.
 */
import { createHash } from 'node:crypto';

/** The CSP source that allows exactly `content` inline: `'sha256-…'`. */
export const digest = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
/** Script types a browser runs: the ones CSP governs (data blocks such as JSON-LD are not). */
const executable = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The hashes of what a page holds inline and CSP applies to, by the directive that allows it. */
export function inlineHashes(html: string): { 'script-src': Set<string>; 'style-src': Set<string> } {
  const hashes = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) hashes['style-src'].add(digest(body!));
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs!)?.[1]?.toLowerCase() ?? '';
    if (!/\bsrc\s*=/i.test(attrs!) && executable.has(type)) hashes['script-src'].add(digest(body!));
  }
  return hashes;
}

/** The page's HTML with its CSP holding exactly the hashes of its own inline content. */
export function withOwnHashes(html: string): string {
  const own = inlineHashes(html);
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i,
    (_, start: string, policy: string) => {
      // Directive by directive, so their separators stay where they are.
      const kept = policy
        .split(';')
        .map((directive) => {
          const tokens = directive.split(' ').filter((token) => !token.startsWith("'sha256-"));
          const name = tokens.find(Boolean);
          return name === 'script-src' || name === 'style-src' ? [...tokens, ...own[name]].join(' ') : tokens.join(' ');
        })
        .join(';');
      return `${start}${kept}"`;
    },
  );
}
