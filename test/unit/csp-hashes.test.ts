import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnHashes } from '../../src/build/csp-hashes';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe("a page's CSP", () => {
  it('keeps the hashes of its own inline styles and scripts, and its policy; loses the others', () => {
    const style = '.a{color:red}';
    const script = 'console.log(1)';
    const policy = `script-src 'self' ${hash(script)} 'sha256-other='; style-src 'self' ${hash(style)} 'sha256-gone=';`;
    const html =
      `<meta http-equiv="content-security-policy" content="${policy}">` +
      `<style>${style}</style><script>${script}</script><script type="application/ld+json">{}</script>`;
    expect(withOwnHashes(html)).toBe(
      `<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};">` +
        `<style>${style}</style><script>${script}</script><script type="application/ld+json">{}</script>`,
    );
  });
  it('adds the hash of an inline script the build put in the page, to script-src only', () => {
    const script = 'boot()';
    const html = `<meta http-equiv="content-security-policy" content="script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"><script type="module">${script}</script>`;
    expect(withOwnHashes(html)).toContain(
      `content="script-src 'self' 'wasm-unsafe-eval' ${hash(script)}; style-src 'self';"`,
    );
  });
  it('never lets a data block or a script file earn a hash', () => {
    const html = `<meta http-equiv="content-security-policy" content="script-src 'self' ${hash('{}')}"><script type="application/json">{}</script>`;
    expect(withOwnHashes(html)).toContain(`content="script-src 'self'"`);
  });
});
