/**
 * Every built page of the demo and of the example clinic is valid HTML by the W3C's reference
 * validator, the Nu Html Checker: no error, and no warning but the expected CSP notices of
 * test/helpers/vnu.ts (its language check included: text in another language than the page's
 * must carry its own `lang`). One Java process checks both builds: seconds, not one start a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, defaultDistDir, htmlFiles } from '../helpers/dist';
import { checkHtml, expectedBecause, type VnuMessage, type VnuRun } from '../helpers/vnu';

const builds = [
  ['demo', defaultDistDir],
  ['cedar', builtSite('cedar')],
] as const;
const pages = builds.flatMap(([brand, dir]) => htmlFiles(dir).map((file) => ({ brand, file, path: join(dir, file) })));

let run: VnuRun;
const byPath = new Map<string, VnuMessage[]>();
beforeAll(async () => {
  run = await checkHtml(pages.map((page) => page.path));
  for (const message of run.messages) {
    const path = message.url?.startsWith('file:') ? fileURLToPath(message.url) : '';
    byPath.set(path, [...(byPath.get(path) ?? []), message]);
  }
}, 180_000);

const where = (file: string, m: VnuMessage) => `${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.message}`;

it('ran without a failure of its own', () => {
  expect((byPath.get('') ?? []).map((m) => `${m.type}: ${m.message}`)).toEqual([]);
});

describe.each(builds)('%s', (brand) => {
  const mine = pages.filter((page) => page.brand === brand);
  const messagesOf = (page: (typeof mine)[number]) => byPath.get(page.path) ?? [];

  it('had every page checked', () => {
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.filter((page) => !run.checked.has(page.path)).map((page) => page.file)).toEqual([]);
  });

  it('has no errors', () => {
    const errors = mine.flatMap((page) =>
      messagesOf(page)
        .filter((m) => m.type !== 'info')
        .map((m) => where(page.file, m)),
    );
    expect(errors).toEqual([]);
  });

  it('has no warnings but the expected ones', () => {
    const unexpected = mine.flatMap((page) => {
      const html = readFileSync(page.path, 'utf8');
      return messagesOf(page)
        .filter((m) => m.type === 'info' && !expectedBecause(m, html))
        .map((m) => where(page.file, m));
    });
    expect(unexpected).toEqual([]);
  });
});
