/**
 * ../ENGINEERING.md "Budgets": the JavaScript a page loads before search is used is at most 6 KB
 * gzip, the tracker included. Measured on the built site (`npm run build` first): every script a
 * page references, external or inline, gzipped as a CDN would serve it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');
const budget = 6 * 1024;

/** The bytes of JavaScript a built page loads, gzipped. */
function pageScriptBytes(html: string): number {
  let total = 0;
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    const code = src ? readFileSync(join(dist, new URL(src, 'http://site/').pathname)) : Buffer.from(body);
    total += gzipSync(code, { level: 9 }).length;
  }
  return total;
}

const pages = existsSync(dist)
  ? readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('index.html') && !file.startsWith('pagefind'),
    )
  : [];

describe('JavaScript budget', () => {
  it('has a built site to measure', () => expect(pages.length).toBeGreaterThan(0));
  it.each(pages)('%s loads at most 6 KB of JavaScript (gzip)', (file) => {
    expect(pageScriptBytes(readFileSync(join(dist, file), 'utf8'))).toBeLessThanOrEqual(budget);
  });
});
