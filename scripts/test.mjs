// `npm test`: every test, cheapest first, stopping at the first stage that fails: types, lint
// and formatting; unit, schema, content and build-error tests; a build of every clinic
// (dist/<id>/); checks over the built sites (the W3C validator's included); browser tests in
// Debian's chromium; the patient's path in Debian's Firefox ESR. Prints each stage's time at the end.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// What npm cannot bring, from Debian's packages: each one missing is said in one line, up front.
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const missing = [
  !existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium') &&
    'No browser for the browser tests: install one with `apt-get install -y chromium`, or set CHROME_PATH.',
  !existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') &&
    'No Firefox for the Firefox tests: install it with `apt-get install -y firefox-esr`, or set FIREFOX_PATH.',
  spawnSync(java, ['-version']).error &&
    'No Java for the W3C validator: install it with `apt-get install -y default-jre-headless`, or set JAVA_HOME.',
].filter(Boolean);
if (missing.length) {
  console.error(missing.join('\n'));
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
  ["Firefox: the patient's path", ['npx', 'vitest', 'run', '--project', 'firefox']],
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
