/**
 * A clinic's copy under a sub-path: each brand in content/brands is built once with
 * BASE_PATH=/aftercare/ into a temporary folder, and every link, asset, anchor, head link,
 * sitemap entry and search result must resolve there without leaving `/aftercare/`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { buildProcessEnv, projectRoot } from '../helpers/dist';
import { describeLinks } from '../helpers/links';

const base = '/aftercare/';
const site = 'https://clinic.example';
const brands = readdirSync(join(projectRoot, 'content/brands'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''));
const scratch = mkdtempSync(join(tmpdir(), 'aftercare-base-path-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

for (const brand of brands) {
  const dir = join(scratch, brand);
  // Built while the file is collected: the suites below are made from its pages.
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: buildProcessEnv({ BRAND: brand, BASE_PATH: base, SITE_URL: site, OUT_DIR: dir }),
  });
  if (result.status !== 0)
    throw new Error(`Building ${brand} under ${base} failed:\n${result.stdout}\n${result.stderr}`);
  describe(`brand ${brand}`, () => describeLinks({ dir, base, site }));
}
