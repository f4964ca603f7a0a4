// `npm test`: every test, cheapest first, stopping at the first stage that fails: types, lint
// and formatting; unit, schema, content and build-error tests; a build of every clinic
// (dist/<id>/); checks over the built sites; browser tests in Debian's chromium. Prints each
// stage's time at the end.
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

requirePinnedNode('npm test');

const browser = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser)) {
  console.error(
    'No browser for the browser tests: install one with `apt-get install -y chromium`, or set CHROME_PATH.',
  );
  process.exit(1);
}

// The tests build and check each clinic at its own address: a developer's settings must not leak in.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['BRAND', 'SITE_URL', 'BASE_PATH', 'OUT_DIR', 'CONTENT_ROOT']) delete env[name];
const stages = [
  ['types, lint and formatting', ['npm', 'run', 'check']],
  ['unit, schema and content tests', ['npx', 'vitest', 'run', '--project', 'unit']],
  ['build of every clinic', ['node', 'scripts/build-all.mjs']],
  ['checks over the built sites', ['npx', 'vitest', 'run', '--project', 'site']],
  ['browser tests', ['npx', 'playwright', 'test']],
];

const times = [];
const report = () =>
  console.log(
    `\nStage times:\n${times.map(([name, s]) => `  ${s.toFixed(1).padStart(6)} s  ${name}`).join('\n')}\n  ${times
      .reduce((sum, [, s]) => sum + s, 0)
      .toFixed(1)
      .padStart(6)} s  in all`,
  );
for (const [name, [command, ...args]] of stages) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, command === 'npx' ? ['--no-install', ...args] : args, { stdio: 'inherit', env });
  times.push([name, (Date.now() - started) / 1000]);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    report();
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name}`);
}
report();
