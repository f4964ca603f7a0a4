/**
 * A real `astro build` of the worked example (cedar) after one of the guides its clinician signed
 * off changes: the build must stop before making any page, and name the guide that changed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { root } from '../helpers/content';

const scratch = mkdtempSync(join(tmpdir(), 'aftercare-stale-sign-off-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('stops on a sign-off older than a guide it covers', { timeout: 120_000 }, () => {
  const contentRoot = join(scratch, 'content');
  cpSync(join(root, 'content'), contentRoot, { recursive: true });
  const brand = join(contentRoot, 'brands/cedar.yaml');
  writeFileSync(brand, readFileSync(brand, 'utf8').replace(/^ {2}date: .*$/m, '  date: 2026-11-01'));
  const guide = join(contentRoot, 'guides/en/micro-needling/urgent.mdx');
  writeFileSync(guide, readFileSync(guide, 'utf8').replace(/^revised: .*$/m, 'revised: 2026-11-15'));
  const result = spawnSync('npx', ['--no-install', 'astro', 'build', '--outDir', join(scratch, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      CONTENT_ROOT: contentRoot,
      BRAND: 'cedar',
    },
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  expect(result.status).not.toBe(0);
  expect(output).toContain('Brand "cedar" has settings to fix');
  expect(output).toMatch(
    /review\.date: the sign-off of 2026-11-01 is older than \S*guides\/en\/micro-needling\/urgent\.mdx/,
  );
  expect(output).not.toContain('page(s) built');
});
