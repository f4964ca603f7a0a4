import { describe, expect, it } from 'vitest';
import { bestLanguage } from '../../src/lib/negotiate-language';
import { buildTarget, siteAddress } from '../../src/build/target';
import { formatOpeningHours } from '../../src/lib/opening-hours';
import { serializeJsonLd } from '../../src/lib/jsonld';
import { markdownToText, renderMarkdown } from '../../src/lib/markdown';

describe('language negotiation', () => {
  const site = ['en', 'es', 'fr', 'ar', 'hi', 'zh-CN'];
  it('prefers the browser’s order', () => expect(bestLanguage(['fr-CA', 'en'], site)).toBe('fr'));
  it('matches a region or script variant', () => {
    expect(bestLanguage(['es-MX'], site)).toBe('es');
    expect(bestLanguage(['zh-Hans-CN'], site)).toBe('zh-CN');
  });
  it('gives up rather than guess', () => expect(bestLanguage(['de', 'nl'], site)).toBeUndefined());
});

describe('build environment', () => {
  it('defaults to the demo clinic at the root of the local server', () => {
    expect(buildTarget({})).toEqual({ brandId: 'demo', contentRoot: 'content', outDir: 'dist/demo' });
    expect(siteAddress({})).toEqual({ site: 'http://127.0.0.1:4321', base: '/' });
  });
  it('takes the brand file’s address unless the environment says otherwise', () => {
    const brandSite = { url: 'https://clinic.example', basePath: '/aftercare/' };
    expect(siteAddress({}, brandSite)).toEqual({ site: 'https://clinic.example', base: '/aftercare/' });
    expect(siteAddress({ SITE_URL: 'http://127.0.0.1:8080', BASE_PATH: '/' }, brandSite)).toEqual({
      site: 'http://127.0.0.1:8080',
      base: '/',
    });
  });
  it('builds each clinic into its own folder, unless OUT_DIR says where', () => {
    expect(buildTarget({ BRAND: 'cedar' }).outDir).toBe('dist/cedar');
    expect(buildTarget({ BRAND: 'cedar', OUT_DIR: 'out' }).outDir).toBe('out');
  });
  it('normalises a sub-path', () => {
    expect(siteAddress({ BASE_PATH: 'aftercare' }).base).toBe('/aftercare/');
    expect(siteAddress({ BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
  });
  it('refuses addresses that would break links', () => {
    expect(() => siteAddress({ SITE_URL: 'clinic.example' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL "clinic.example" is not a web address: use one like https://clinic.example]`,
    );
    expect(() => siteAddress({ SITE_URL: 'https://clinic.example/aftercare/' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL "https://clinic.example/aftercare/" must be an origin like https://clinic.example; put a sub-path in BASE_PATH]`,
    );
    expect(() => siteAddress({ BASE_PATH: '/after care/' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: BASE_PATH "/after care/" must be a path like /aftercare/ (letters, digits, - . _ ~ and /)]`,
    );
    expect(() => siteAddress({ BASE_PATH: '/../x/' })).toThrow(/BASE_PATH/);
    expect(() => buildTarget({ BRAND: '../demo' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: BRAND "../demo" must name a file content/brands/<id>.yaml (lowercase letters, digits, -)]`,
    );
  });
});

describe('opening hours', () => {
  const hours = [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, opens: '09:00', closes: '18:00' },
    { days: ['sat', 'mon'] as const, opens: '10:00', closes: '14:00' },
  ].map((h) => ({ ...h, days: [...h.days] }));
  it('reads naturally in English', () =>
    expect(formatOpeningHours(hours, 'en')).toEqual([
      'Monday – Friday: 9:00 AM – 6:00 PM',
      'Monday and Saturday: 10:00 AM – 2:00 PM',
    ]));
  it('uses the reader’s weekday names and clock', () =>
    expect(formatOpeningHours(hours, 'fr')[0]).toBe('lundi – vendredi: 9:00 – 18:00'));
});

describe('structured data and Markdown', () => {
  it('cannot close its script tag', () =>
    expect(serializeJsonLd({ a: '</script><script>' })).not.toContain('</script>'));
  it('renders answers and strips them to text', () => {
    expect(renderMarkdown('**After 24 hours.** Use a *clean* brush.')).toContain('<strong>');
    expect(markdownToText('**After 24 hours.** Use a *clean* brush & sponge.')).toBe(
      'After 24 hours. Use a clean brush & sponge.',
    );
  });
});
