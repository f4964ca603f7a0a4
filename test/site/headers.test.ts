/**
 * The built copy's `_headers`: the site's security headers for every path, long caching for
 * hashed assets, and a policy of its own for every SVG file the build wrote (a logo over the
 * inline limit), so no SVG of the clinic's origin can run script.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders, svgHeaders } from '../../src/build/hosting';
import { readHeaderRules } from '../../scripts/lib/static-server';
import { defaultDistDir } from '../helpers/dist';

const rules = readHeaderRules(join(defaultDistDir, '_headers'));

describe('dist/_headers', () => {
  it('sends every security header on every path', () => {
    const everywhere = rules.find((rule) => rule.pattern === '/*');
    for (const [name, value] of Object.entries(securityHeaders))
      expect(everywhere?.headers[name.toLowerCase()], name).toBe(value);
  });

  it('gives every SVG file built a sandboxing policy of its own', () => {
    const svgs = readdirSync(defaultDistDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.svg'))
      .map((file) => `/${file.replace(/\\/g, '/')}`);
    const policed = rules
      .filter((rule) => rule.headers['content-security-policy'] === svgHeaders['Content-Security-Policy'])
      .map((rule) => rule.pattern);
    expect(policed.sort()).toEqual(svgs.sort());
  });
});
