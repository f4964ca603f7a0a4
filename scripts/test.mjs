// `npm test`: every test, cheapest first, stopping at the first stage that fails:
// unit, schema, content and build-error tests; the demo site's build; checks over the built
// site; browser tests in Debian's chromium against the built site.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const browser = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser)) {
  console.error(
    'No browser for the browser tests: install one with `apt-get install -y chromium`, or set CHROME_PATH.',
  );
  process.exit(1);
}

// The tests build and check the demo brand at the root: a clinic's own settings must not leak in.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['BRAND', 'SITE_URL', 'BASE_PATH', 'OUT_DIR', 'OUT_ROOT', 'CONTENT_ROOT']) delete env[name];
// Every clinic's copy is built too, outside dist/, for the browser tests of branded copies.
const brandsDist = join(tmpdir(), 'aftercare-test-brands');
const stages = [
  ['unit, schema and content tests', ['vitest', 'run', '--project', 'unit']],
  ['build of the demo site', ['node', 'scripts/build.mjs']],
  ['checks over the built site', ['vitest', 'run', '--project', 'site']],
  ['build of every brand', ['node', 'scripts/build-all.mjs'], { OUT_ROOT: brandsDist }],
  ['browser tests', ['playwright', 'test'], { BRANDS_DIST: brandsDist }],
];

for (const [name, [command, ...args], extraEnv = {}] of stages) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const bin = command === 'node' ? [command, args] : ['npx', ['--no-install', command, ...args]];
  const result = spawnSync(bin[0], bin[1], { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
