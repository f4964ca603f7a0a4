import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caching, headersFile, securityHeaders, svgHeaders } from '../../src/build/hosting';
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
  it("set every other fetch directive as default-src 'self' would, and close framing, forms, base and plugins", () => {
    const policy = new Map(
      securityHeaders['Content-Security-Policy']!.split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name!, sources.join(' ')];
      }),
    );
    // The fetch directives of CSP Level 3 (https://www.w3.org/TR/CSP3/#directives-fetch).
    const fetchDirectives = [
      'child-src',
      'connect-src',
      'font-src',
      'frame-src',
      'img-src',
      'manifest-src',
      'media-src',
      'object-src',
      'worker-src',
    ];
    for (const name of fetchDirectives) expect(policy.get(name), name).toMatch(/^'(self|none)'( data:)?$/);
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(securityHeaders['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });
  it('give each built SVG a policy that loads nothing, runs nothing and sandboxes it', () => {
    expect(headersFile('/aftercare/', ['/aftercare/_astro/logo.Ab12.svg'])).toContain(
      `/aftercare/_astro/logo.Ab12.svg\n  Content-Security-Policy: ${svgHeaders['Content-Security-Policy']}\n`,
    );
    expect(svgHeaders['Content-Security-Policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
  });
  it('match the nginx example', () => {
    const nginx = readFileSync(join(root, 'docs/hosting/nginx.conf'), 'utf8');
    for (const [name, value] of Object.entries(securityHeaders))
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });
});
