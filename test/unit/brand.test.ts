/**
 * A clinic's brand file: the demo loads, and each mistake a clinic can make stops the build with
 * the file, the field, what was found and what is needed. Message texts are pinned.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadBrand, listBrandIds } from '../../src/build/brand';
import { root } from '../helpers/content';

const contentRoot = join(root, 'content');
const demo = () => parse(readFileSync(join(contentRoot, 'brands/demo.yaml'), 'utf8'));

/** Writes a brand into a scratch content folder and loads it; returns the error text, if any. */
function load(
  change: (brand: Record<string, any>) => void,
  { logo = true, pages = {}, logoText }: { logo?: boolean; pages?: Record<string, string>; logoText?: string } = {},
): string {
  const scratch = mkdtempSync(join(tmpdir(), 'aftercare-brand-'));
  mkdirSync(join(scratch, 'brands'));
  mkdirSync(join(scratch, 'guides/en/chemical-peel'), { recursive: true });
  cpSync(
    join(contentRoot, 'guides/en/chemical-peel/aftercare.mdx'),
    join(scratch, 'guides/en/chemical-peel/aftercare.mdx'),
  );
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(scratch, 'brands/clinic/pages', path, '..'), { recursive: true });
    writeFileSync(join(scratch, 'brands/clinic/pages', path), text);
  }
  const brand = demo();
  brand.treatments = ['chemical-peel'];
  change(brand);
  writeFileSync(join(scratch, 'brands/clinic.yaml'), stringify(brand));
  if (logo) cpSync(join(contentRoot, 'brands/demo-logo.svg'), join(scratch, 'brands/demo-logo.svg'));
  if (logoText !== undefined) writeFileSync(join(scratch, 'brands/demo-logo.svg'), logoText);
  try {
    loadBrand(scratch, 'clinic');
    return 'loaded';
  } catch (error) {
    // Messages show paths relative to where the build runs; pin them without this machine's folders.
    return (error as Error).message.replaceAll(relative(process.cwd(), scratch), '<content>');
  }
}

describe('brands', () => {
  it('loads the demo brand with its defaults', () => {
    const brand = loadBrand(contentRoot, 'demo');
    expect(brand.id).toBe('demo');
    expect(brand.locales).toEqual(['en', 'es', 'fr', 'ar', 'hi', 'zh-cn']);
    expect(brand.logoFile.endsWith('demo-logo.svg')).toBe(true);
    expect(listBrandIds(contentRoot)).toContain('demo');
  });

  it('names an unknown brand and lists the known ones', () => {
    expect(() => loadBrand(contentRoot, 'nope')).toThrow(
      /No brand "nope": .*content\/brands\/nope\.yaml does not exist\. Brands found: .*demo/,
    );
  });

  it('finds a missing logo', () => {
    expect(load(() => {}, { logo: false })).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - logo.src: no file at <content>/brands/demo-logo.svg: put the logo beside the brand file, or fix the path"
    `);
  });
  it('finds an unknown language', () => {
    expect(load((b) => (b.locales = ['en', 'de']))).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - locales[1]: expected a language code: one of en, es, fr, ar, hi, zh-cn, found the text "de""
    `);
  });
  it('finds an unknown treatment', () => {
    expect(load((b) => (b.treatments = ['botox']))).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - treatments[0]: "botox" has no guides in <content>/guides/en/: use one of chemical-peel"
    `);
  });
  it('finds a malformed phone number', () => {
    expect(load((b) => (b.contacts.urgentPhone = 'call us'))).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - contacts.urgentPhone: expected a phone number in international format, like "+44 20 7946 0000" (digits, spaces, +, -, brackets)"
    `);
  });
  it('finds text colours below WCAG AA, with the ratio measured and needed', () => {
    expect(load((b) => (b.colors.light.text = '#999999'))).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - colors.light.text: #999999 on background #ffffff has contrast 2.85:1; WCAG AA needs 4.5:1. Pick a darker or lighter colour."
    `);
  });
  it('finds a colour that is not a colour', () => {
    expect(load((b) => (b.colors.dark.primary = 'teal'))).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - colors.dark.primary: expected a colour as 6 hex digits, like "#0b5cad""
    `);
  });
  it('finds a default language the clinic does not offer', () => {
    expect(load((b) => Object.assign(b, { locales: ['es', 'ar'], defaultLocale: 'en' }))).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - defaultLocale: "en" is not in locales: add it there or pick one of es, ar"
    `);
  });
  it('finds a wrong opening time', () => {
    expect(load((b) => (b.contacts.hours[0].opens = '9am'))).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - contacts.hours[0].opens: expected a 24-hour time like "09:00" or "17:30""
    `);
  });

  it('accepts a protocol override and says nothing', () => {
    expect(load((b) => (b.overrides = { 'chemical-peel': { rules: { 'make-up': { until: '48h' } } } }))).toBe('loaded');
  });
  it('finds an override of a rule the guide does not have', () => {
    expect(load((b) => (b.overrides = { 'chemical-peel': { rules: { retinol: { until: '5d' } } } })))
      .toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - overrides.chemical-peel.rules.retinol: the guide has no rule "retinol": use one of direct-sun, sunscreen, picking, retinoids-exfoliants, sweat-and-water, hair-removal, steroid-creams, leave-skin-alone, make-up, gentle-cleansing, moisturiser"
      `);
  });
  it('finds a window an override turns inside out', () => {
    expect(load((b) => (b.overrides = { 'chemical-peel': { rules: { 'make-up': { from: '3d' } } } })))
      .toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - overrides.chemical-peel.rules.make-up.until: must end after it starts: make "until" later than "from""
    `);
  });
  it('finds a dropped rule that does not exist, and an added one that does', () => {
    expect(
      load(
        (b) =>
          (b.overrides = {
            'chemical-peel': {
              dropRules: ['coconut-oil'],
              addRules: [
                {
                  id: 'make-up',
                  action: 'avoid',
                  text: { en: 'Make-up', es: 'x', fr: 'x', ar: 'x', hi: 'x', 'zh-cn': 'x' },
                },
              ],
            },
          }),
      ),
    ).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - overrides.chemical-peel.dropRules[0]: the guide has no rule "coconut-oil": use one of direct-sun, sunscreen, picking, retinoids-exfoliants, sweat-and-water, hair-removal, steroid-creams, leave-skin-alone, make-up, gentle-cleansing, moisturiser
        - overrides.chemical-peel.addRules[0].id: "make-up" is already a rule of the guide: change its window under "rules" instead, or pick a new id"
    `);
  });
  it('wants an added rule in every language the clinic offers', () => {
    expect(
      load((b) => {
        b.locales = ['en', 'ar'];
        b.overrides = {
          'chemical-peel': { addRules: [{ id: 'no-alcohol', action: 'avoid', text: { en: 'Alcohol' }, until: '48h' }] },
        };
      }),
    ).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - overrides.chemical-peel.addRules[0].text: has no text in ar: write the rule in every language the clinic offers"
    `);
  });
  it('finds overrides for a treatment the clinic does not offer', () => {
    expect(load((b) => (b.overrides = { 'micro-needling': { dropRules: ['coconut-oil'] } }))).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - overrides.micro-needling: "micro-needling" is not among the clinic's treatments (chemical-peel): add it there or remove its overrides"
    `);
  });
  it('finds a replacement page in a place that replaces nothing', () => {
    expect(load(() => {}, { pages: { 'de/chemical-peel/faq.mdx': '---\n---\n' } })).toMatchInlineSnapshot(`
      "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
        - pages: <content>/brands/clinic/pages/de/chemical-peel/faq.mdx replaces no page: name it <language>/<treatment>/<kind>.mdx with a language in en, es, fr, ar, hi, zh-cn, a treatment in chemical-peel and a kind in about, preparation, aftercare, urgent, faq"
    `);
  });

  describe('refuses what it would otherwise drop in silence', () => {
    it('names a misspelt setting and the one meant', () => {
      expect(load((b) => (b.overide = { 'chemical-peel': { dropRules: ['make-up'] } }))).toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - (the whole file): "overide" is not a setting: did you mean "overrides"?"
      `);
    });
    it('at every level of the file', () => {
      expect(
        load((b) => {
          b.contacts.phne = b.contacts.phone;
          b.colors.light.primry = '#000000';
          b.contacts.hours[0].close = '17:00';
          b.overrides = {
            'chemical-peel': { rules: { 'make-up': { untill: '48h', until: '48h' } }, dropRule: ['make-up'] },
          };
        }),
      ).toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - colors.light: "primry" is not a setting: did you mean "primary"?
          - contacts.hours[0]: "close" is not a setting: did you mean "closes"?
          - contacts: "phne" is not a setting: did you mean "phone"?
          - overrides.chemical-peel.rules.make-up: "untill" is not a setting: did you mean "until"?
          - overrides.chemical-peel: "dropRule" is not a setting: did you mean "dropRules"?"
      `);
    });
    it('names a language code that is not one, in text per language', () => {
      expect(
        load((b) => {
          b.locales = ['en', 'zh-cn'];
          b.disclaimer = { en: 'General information.', zh: '一般信息。' };
          b.overrides = {
            'chemical-peel': {
              addRules: [
                { id: 'no-alcohol', action: 'avoid', text: { en: 'Alcohol', 'zh-cn': '酒精', de: 'Alkohol' } },
              ],
            },
          };
        }),
      ).toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - disclaimer: "zh" is not a language code: did you mean "zh-cn"?
          - overrides.chemical-peel.addRules[0].text: "de" is not a language code here: use one of en, es, fr, ar, hi, zh-cn, or remove it"
      `);
    });
    it('lists the settings where nothing is close', () => {
      expect(load((b) => (b.logo.favicon = './icon.png'))).toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - logo: "favicon" is not a setting here: use one of src, alt, or remove it"
      `);
    });
  });

  describe('checks values a schema of types lets through', () => {
    it('finds opening hours that close before they open', () => {
      expect(load((b) => (b.contacts.hours[0] = { days: ['mon'], opens: '17:00', closes: '09:00' })))
        .toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - contacts.hours[0].closes: is 09:00, not after the opening time 17:00: write the time the clinic closes, on the 24-hour clock (17:30, not 5:30)"
      `);
    });
    it('finds a weekday listed twice', () => {
      expect(
        load(
          (b) =>
            (b.contacts.hours = [
              { days: ['mon', 'tue'], opens: '09:00', closes: '17:00' },
              { days: ['sat', 'tue'], opens: '10:00', closes: '12:00' },
            ]),
        ),
      ).toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - contacts.hours[1].days[1]: "tue" is listed twice (also in hours[0]): give each day one opening time"
      `);
    });
    it('finds a name too long for the header and page titles', () => {
      expect(load((b) => (b.name = 'The Lumen Skin, Laser and Aesthetic Medicine Clinic of Greater London')))
        .toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - name: is 69 characters long: keep it to 60 or fewer, so it fits the header and page titles"
      `);
    });
    it('finds invisible direction controls in any text or key', () => {
      expect(
        load((b) => {
          b.contacts.address[0] = '12 Example Street \u202E';
          b.disclaimer = { en: 'Call \u2066+44 20 7946 0018\u2069 for advice.' };
        }),
      ).toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - contacts.address[0]: holds an invisible direction control (U+202E) that can make it read differently from what it is: delete it, or retype the text
          - disclaimer.en: holds an invisible direction control (U+2066) that can make it read differently from what it is: delete it, or retype the text"
      `);
    });
    it('refuses a logo that cannot be made safe, naming the file', () => {
      expect(load(() => {}, { logoText: '<html><script>alert(1)</script></html>' })).toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - logo.src: <content>/brands/demo-logo.svg is not an SVG image (it starts with <html>): use an SVG file whose first element is <svg>"
      `);
    });
    it('hands on a logo cleaned of what could run', () => {
      const scratch = mkdtempSync(join(tmpdir(), 'aftercare-brand-'));
      cpSync(contentRoot, scratch, { recursive: true });
      writeFileSync(
        join(scratch, 'brands/demo-logo.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><circle r="5"/></svg>',
      );
      expect(loadBrand(scratch, 'demo').safeLogo).toEqual({
        svg: '<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>',
        removed: ['onload', '<script>'],
      });
    });
    it('finds a logo outside the brands folder', () => {
      expect(load((b) => (b.logo.src = '../../../etc/logo.svg'))).toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - logo.src: "../../../etc/logo.svg" is outside the brands folder (<content>/brands/): put the logo beside the brand file and write its name, like "./clinic-logo.svg""
      `);
      expect(load((b) => (b.logo.src = '/etc/logo.svg'))).toMatchInlineSnapshot(`
        "Brand "clinic" has settings to fix (<content>/brands/clinic.yaml):
          - logo.src: "/etc/logo.svg" is outside the brands folder (<content>/brands/): put the logo beside the brand file and write its name, like "./clinic-logo.svg""
      `);
    });
  });
});
