/**
 * What makes each built copy work from the home screen and without a signal: its web app
 * manifest (the clinic's name, colours and icons made from its logo, starting and staying under
 * its base path), which every page's first script links once the page has painted, and its
 * offline worker: a version that is the hash of
 * what it may keep, and lists of paths only (never a query or a fragment) under the base path,
 * each a built file: every language's own pages, each treatment's pages, the site's assets, and
 * (in sw-search.json, read once a reader searches) each language's search files. The browser side is test/browser/offline.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/build/brand';
import { offlineLists, searchListsFile, versionOf, type OfflineLists } from '../../src/build/offline';
import { siteAddress } from '../../src/build/target';
import { shortName } from '../../src/build/web-app';
import { root } from '../helpers/content';
import { builtSite } from '../helpers/dist';
import { builtPages } from '../helpers/site';

describe.each(['demo', 'cedar'])('%s', (id) => {
  const brand = loadBrand(join(root, 'content'), id);
  const { base } = siteAddress(process.env, brand.site);
  const dir = builtSite(id);
  const read = (path: string) => readFileSync(join(dir, path.slice(base.length)));
  const manifest = JSON.parse(read(`${base}manifest.webmanifest`).toString('utf8'));
  const worker = read(`${base}sw.js`).toString('utf8');
  const constant = (name: string) => JSON.parse(new RegExp(`^const ${name} = (.*);$`, 'm').exec(worker)![1]!);
  const lists: OfflineLists = {
    assets: constant('assets'),
    pages: constant('pages'),
    search: JSON.parse(read(`${base}${searchListsFile}`).toString('utf8')),
  };

  it('has a worker of at most 4 KB gzip, fetched once the page has loaded (src/client/boot.ts)', () => {
    expect(gzipSync(read(`${base}sw.js`), { level: 9 }).length).toBeLessThanOrEqual(4 * 1024);
  });

  it('has a manifest with the clinic’s name, colours and scope', () => {
    expect(manifest).toMatchObject({
      name: brand.name,
      short_name: shortName(brand),
      start_url: base,
      scope: base,
      display: 'standalone',
      theme_color: brand.colors.light.primary,
      background_color: brand.colors.light.background,
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  it('has icons made from the logo, at the sizes the manifest says, a maskable one among them', () => {
    const purposes = manifest.icons.map((icon: { purpose: string }) => icon.purpose);
    expect(purposes).toEqual(['any', 'any', 'maskable']);
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(base)).toBe(true);
      const png = PNG.sync.read(read(icon.src));
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
      // The logo drawn on the clinic's background: a maskable icon keeps it inside the safe circle
      // (80% of the icon), which any mask shape shows whole.
      const hex = (at: number) =>
        `#${[...png.data.subarray(at, at + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      let logo = 0;
      let outside = 0;
      for (let y = 0; y < png.height; y++)
        for (let x = 0; x < png.width; x++) {
          if (hex((y * png.width + x) * 4) === brand.colors.light.background) continue;
          logo++;
          if (Math.hypot(x - png.width / 2, y - png.height / 2) > 0.4 * png.width) outside++;
        }
      expect(hex(0)).toBe(brand.colors.light.background);
      expect(logo / (png.width * png.height)).toBeGreaterThan(0.15);
      if (icon.purpose === 'maskable') expect(outside).toBe(0);
    }
  });

  it('gives every page a theme colour; the page’s own first script links the manifest once it has painted', () => {
    for (const page of builtPages(dir, base)) {
      expect(page.document.querySelector('meta[name="theme-color"]')?.getAttribute('content')).toBe(
        brand.colors.light.primary,
      );
      // In the HTML, the manifest would be fetched before the first paint (src/client/boot.ts).
      expect(page.document.querySelector('link[rel="manifest"]'), page.path).toBeNull();
      if (page.path === base) continue; // `/` only sends the reader on, with no script.
      const boot = page.document.querySelector('script[type="module"]:not([src])')?.textContent ?? '';
      // Under the base path: the browser tests follow the link (offline.spec, cedar-handout.spec).
      expect(boot, page.path).toMatch(/rel:\s*`manifest`/);
      expect(boot, page.path).toContain('manifest.webmanifest');
    }
  });

  it('has a worker whose version is the hash of every file it may keep', () => {
    expect(constant('base')).toBe(base);
    expect(constant('version')).toMatch(/^[0-9a-f]{12}$/);
    expect(constant('version')).toBe(versionOf(dir, base, lists));
    const always = [`${base}manifest.webmanifest`, ...manifest.icons.map((icon: { src: string }) => icon.src)];
    expect(offlineLists(dir, base, brand.treatments, always)).toEqual(lists);
  });

  it('keeps paths only, each a built file under the base path, and never the staff’s handout page', () => {
    const paths = [lists.assets, ...Object.values(lists.pages), ...Object.values(lists.search)].flat();
    for (const path of paths) {
      expect(path).toMatch(new RegExp(`^${base}[^?#]*$`));
      expect(path).not.toMatch(/\/clinic\/handout\/|\/404\//);
      expect(() => read(path.endsWith('/') ? `${path}index.html` : path), path).not.toThrow();
    }
  });

  it('lists each language’s own pages, each treatment’s pages in each language, and the site’s assets', () => {
    expect(Object.keys(lists.pages).sort()).toEqual(
      brand.locales.flatMap((lang) => [lang, ...brand.treatments.map((treatment) => `${lang}/${treatment}`)]).sort(),
    );
    for (const lang of brand.locales) {
      for (const page of ['', 'faq/', 'search/', 'clinic/', 'privacy/'])
        expect(lists.pages[lang]).toContain(`${base}${lang}/${page}`);
      expect(lists.pages[lang]).toContain(base);
      for (const treatment of brand.treatments)
        expect(lists.pages[`${lang}/${treatment}`]!.sort()).toEqual(
          ['', 'preparation/', 'aftercare/', 'urgent/', 'faq/']
            .map((kind) => `${base}${lang}/${treatment}/${kind}`)
            .sort(),
        );
    }
    expect(lists.assets).toContain(`${base}manifest.webmanifest`);
    expect(lists.assets.filter((path) => path.endsWith('.css')).length).toBeGreaterThan(0);
    // The tracker's code, which loads on first use, is kept with the pages.
    expect(lists.assets.filter((path) => path.endsWith('.js')).length).toBeGreaterThan(3);
  });

  it('lists each language’s search files, and no other language’s', () => {
    expect(Object.keys(lists.search).sort()).toEqual([...brand.locales].sort());
    for (const [lang, list] of Object.entries(lists.search)) {
      expect(list).toContain(`${base}pagefind/pagefind.js`);
      expect(list.some((path) => new RegExp(`/pagefind\\.${lang}_[0-9a-f]+\\.pf_meta$`).test(path))).toBe(true);
      expect(list.some((path) => /\/pagefind\/wasm\.[a-z-]+\.pagefind$/.test(path))).toBe(true);
      expect(list.some((path) => path.includes(`/fragment/${lang}_`))).toBe(true);
      const chunks = list.filter((path) => /\/(index|fragment|filter)\//.test(path));
      for (const chunk of chunks) expect(chunk.split('/').at(-1)!.startsWith(`${lang}_`), chunk).toBe(true);
    }
  });
});
