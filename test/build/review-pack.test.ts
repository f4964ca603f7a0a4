/**
 * `npm run review-pack -- --brand cedar`, run as a clinic would: one printable file per
 * treatment, in the clinic's language, that lists every rule of the clinic's aftercare with its
 * window after the clinic's overrides (and the guide's where the clinic changed it), every phase,
 * every care sign, every source, the guides and revisions it covers, and a signature block.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/build/brand';
import { coveredGuides } from '../../src/build/sign-off';
import { useTranslations } from '../../src/i18n';
import { applyRuleOverrides } from '../../src/lib/overrides';
import { describeWindow } from '../../src/lib/window-text';
import { readGuides, root } from '../helpers/content';

const contentRoot = join(root, 'content');
const out = mkdtempSync(join(tmpdir(), 'aftercare-review-pack-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const brand = loadBrand(contentRoot, 'cedar');
const t = useTranslations(brand.defaultLocale);
const guides = readGuides().filter((g) => g.locale === 'en' && g.treatment === 'micro-needling');
const guide = (kind: string) => guides.find((g) => g.kind === kind)!.data;
let document: Document;

beforeAll(() => {
  const result = spawnSync('npm', ['run', 'review-pack', '--', '--brand', 'cedar', '--out', out], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const window = new Window();
  window.document.write(readFileSync(join(out, 'micro-needling.html'), 'utf8'));
  document = window.document as unknown as Document;
}, 60_000);

describe('the review pack of the worked example', () => {
  it('is one file per treatment the clinic offers, in its language', () => {
    expect(readdirSync(out)).toEqual(brand.treatments.map((treatment) => `${treatment}.html`));
    expect(document.documentElement.lang).toBe('en');
  });

  it('lists every rule of the clinic’s aftercare with its window after the clinic’s overrides', () => {
    const data = guide('aftercare');
    if (data.kind !== 'aftercare') throw new Error('not an aftercare guide');
    const rules = applyRuleOverrides(data.rules, brand.overrides['micro-needling'], 'en', 'en');
    const rows = [...document.querySelectorAll('[data-part=rules] tr[data-rule]')];
    expect(rows.map((row) => row.getAttribute('data-rule'))).toEqual(rules.map((rule) => rule.id));
    for (const rule of rules) {
      const { key, values } = describeWindow(rule.from, rule.until);
      const row = document.querySelector(`tr[data-rule="${rule.id}"]`)!;
      expect(row.querySelector('[data-window]')!.textContent, rule.id).toContain(t(key, values));
      expect(row.textContent).toContain(rule.text);
    }
    // The clinic's own protocol, and what the guide says.
    const retinol = document.querySelector('tr[data-rule="retinol-vitamin-c"] [data-window]')!.textContent;
    expect(retinol).toContain('for 5 days (days 0 to 4)');
    expect(retinol).toContain('Changed by the clinic. The guide says: for the first 48 hours');
    expect(document.querySelectorAll('[data-change]')).toHaveLength(1);
  });

  it('lists every phase, every care sign with its days written out, and every source', () => {
    const aftercare = guide('aftercare');
    if (aftercare.kind !== 'aftercare') throw new Error('not an aftercare guide');
    expect([...document.querySelectorAll('tr[data-phase]')].map((row) => row.getAttribute('data-phase'))).toEqual(
      aftercare.phases.map((phase) => phase.id),
    );
    const text = document.body.textContent;
    const urgent = guide('urgent');
    if (urgent.kind !== 'urgent') throw new Error('not an urgent guide');
    for (const sign of urgent.care.flatMap((card) => card.signs))
      expect(text).toContain(sign.replace(/\{[^}]+\}.*$/, '').trim());
    expect(text).toContain('gets worse after day 2');
    expect(text).not.toMatch(/\{(rule|phase):/);
    for (const source of aftercare.sources) expect(text).toContain(source.url);
    // The evidence file, with every claim's source.
    expect(text).toContain('Micro-needling: the evidence behind the guide');
  });

  it('records the guides and revisions it covers, as the build checks the sign-off', () => {
    const rows = [...document.querySelectorAll('[data-part=covers] tr[data-file]')].map((row) => [
      row.getAttribute('data-file'),
      Number(row.getAttribute('data-revision')),
    ]);
    expect(rows).toEqual(
      coveredGuides(contentRoot, brand, 'cedar', 'micro-needling').map((covered) => [covered.file, covered.revision]),
    );
    expect(rows.some(([file]) => file === 'brands/cedar/pages/en/micro-needling/preparation.mdx')).toBe(true);
  });

  it('ends with a signature block', () => {
    const block = document.querySelector('[data-part=signature]')!;
    for (const line of ['Name:', 'Signature:', 'Date:', 'treatments: [micro-needling]'])
      expect(block.textContent).toContain(line);
  });
});
