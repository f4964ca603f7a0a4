/**
 * What the built HTML itself must never hold: inline event handlers (`onclick=` and the rest,
 * which a hash-based CSP cannot allow), `javascript:` URLs, or a page without Astro's CSP.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/site';

describe.each(builtPages().map((page) => [page.path, page] as const))('%s', (_, page) => {
  const elements = [...page.document.querySelectorAll('*')];

  it('has no inline event handler attributes', () => {
    const handlers = elements.flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
    );
    expect(handlers).toEqual([]);
  });

  it('has no javascript: URLs', () => {
    const urls = elements.flatMap((el) =>
      ['href', 'src', 'action', 'formaction']
        .map((name) => el.getAttribute(name) ?? '')
        .filter((value) => /^\s*javascript:/i.test(value)),
    );
    expect(urls).toEqual([]);
  });

  it('carries a Content Security Policy without unsafe-inline scripts', () => {
    const csp = page.document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });
});
