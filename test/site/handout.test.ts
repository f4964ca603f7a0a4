/**
 * The clinic's handout page as built, for the demo at `/` and the worked example under
 * `/aftercare/`: one per language, kept out of search engines, the sitemap and the site's
 * search; a block of the plan for every treatment in every language a patient may need, each
 * with its own `lang` and `dir`; the clinic's protocol in its windows; and QR targets on the
 * clinic's own origin and base path, each an aftercare page that exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/build/brand';
import { siteAddress } from '../../src/build/target';
import { localeDir, localeTag, type Locale } from '../../src/i18n/locales';
import { root } from '../helpers/content';
import { builtSite } from '../helpers/dist';
import { builtPages } from '../helpers/site';

describe.each(['demo', 'cedar'])('%s', (id) => {
  const brand = loadBrand(join(root, 'content'), id);
  const { site, base } = siteAddress(process.env, brand.site);
  const dir = builtSite(id);
  const pages = builtPages(dir, base);
  const handouts = pages.filter((page) => page.path.endsWith('/clinic/handout/'));

  it('has a handout in each of the clinic’s languages, linked from its clinic page', () => {
    expect(handouts.map((page) => page.path).sort()).toEqual(
      brand.locales.map((locale) => `${base}${locale}/clinic/handout/`).sort(),
    );
    for (const locale of brand.locales) {
      const clinic = pages.find((page) => page.path === `${base}${locale}/clinic/`)!;
      expect(clinic.document.querySelector(`a[href="${base}${locale}/clinic/handout/"]`), locale).not.toBeNull();
    }
  });

  describe.each(handouts.map((page) => [page.path, page] as const))('%s', (_, page) => {
    const doc = page.document;
    const handout = doc.querySelector<HTMLElement>('clinic-handout')!;

    it('is kept out of search engines and the site’s search', () => {
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    });

    it('has a block of each treatment for every language a patient may need, each in its own language', () => {
      for (const treatment of brand.treatments) {
        const blocks = [...doc.querySelectorAll<HTMLElement>(`.sheet-block[data-treatment="${treatment}"]`)];
        const served = blocks.flatMap((block) => block.dataset.serves!.split(' '));
        expect([...served].sort(), treatment).toEqual([...brand.locales].sort());
        for (const block of blocks) {
          const locale = block.dataset.locale as Locale;
          expect(block.getAttribute('lang')).toBe(localeTag(locale));
          expect(block.getAttribute('dir')).toBe(localeDir(locale));
          // Its sentences come from its own language's messages file, which the build wrote.
          expect(block.dataset.messages).toBe(`${base}${locale}/messages.json`);
          expect(existsSync(join(dir, locale, 'messages.json')), locale).toBe(true);
          expect(block.querySelectorAll('[data-window][data-kind="rule"]').length).toBeGreaterThan(3);
          expect(block.querySelectorAll('.sheet-card').length).toBeGreaterThanOrEqual(3);
        }
      }
    });

    it('opens each treatment’s aftercare page on the clinic’s own address, in the patient’s language', () => {
      const targets = JSON.parse(handout.dataset.targets!) as Record<string, Record<string, string>>;
      expect(Object.keys(targets).sort()).toEqual([...brand.treatments].sort());
      for (const treatment of brand.treatments)
        for (const locale of brand.locales) {
          const target = targets[treatment]![locale]!;
          expect(target).toBe(`${site}${base}${locale}/${treatment}/aftercare/`);
          expect(existsSync(join(dir, target.slice(site.length + base.length), 'index.html')), target).toBe(true);
        }
    });

    it('keeps the clinic’s protocol in its windows', () => {
      const change = brand.overrides['micro-needling']?.rules['retinol-vitamin-c']?.until;
      const retinol = [
        ...doc.querySelectorAll<HTMLElement>('.sheet-block[data-treatment="micro-needling"] [data-window]'),
      ]
        .filter((item) => item.closest('li')?.textContent?.match(/retino|ريتينو|रेटिनॉ|维A/i))
        .map((item) => item.dataset.until);
      expect(retinol.length).toBeGreaterThan(0);
      for (const until of retinol) expect(until).toBe(change ? `${change.amount}d` : '48h');
    });
  });
});
