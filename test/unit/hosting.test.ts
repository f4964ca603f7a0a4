import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caching, headersFile, securityHeaders } from '../../src/build/hosting';
import { root } from '../helpers/content';

describe('hosting headers', () => {
  it('write a _headers file under the base path, with long caching only for hashed assets', () => {
    const file = headersFile('/aftercare/');
    expect(file).toContain('/aftercare/*\n  Content-Security-Policy: ');
    expect(file).toContain("frame-ancestors 'none'");
    expect(file).toContain('  Referrer-Policy: no-referrer');
    expect(file).toContain(`/aftercare/_astro/*\n  Cache-Control: ${caching.immutable}`);
  });
  it('set Cache-Control once for any path: hosts join the values of every matching rule', () => {
    const file = headersFile('/');
    expect(file.match(/Cache-Control/g)).toHaveLength(1);
  });
  it('leave scripts and styles to Astro’s hashed CSP', () => {
    expect(securityHeaders['Content-Security-Policy']).not.toMatch(/default-src|script-src|style-src/);
  });
  it('match the nginx example', () => {
    const nginx = readFileSync(join(root, 'docs/hosting/nginx.conf'), 'utf8');
    for (const [name, value] of Object.entries(securityHeaders))
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });
});
