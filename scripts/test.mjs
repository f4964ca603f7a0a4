// `npm test`: every test, cheapest first, stopping at the first stage that fails: types, lint
// and formatting; unit, schema, content and build-error tests; the builds (every clinic into
// dist/<id>/, and the tracker's fixture site into dist/fixture/, side by side); checks over the
// built sites (the W3C validator's included); browser tests in Debian's chromium; the patient's
// path in Debian's Firefox ESR. Prints each stage's time at the end.
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

requirePinnedNode('npm test');

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
const astroBuild = (extra) => ['npx', ['--no-install', 'astro', 'build'], extra];
/** A stage is one command, or several run side by side (the builds: each mostly waits on one core). */
const stages = [
  ['types, lint and formatting', [['npm', ['run', 'check']]]],
  ['unit, schema and content tests', [['npx', ['--no-install', 'vitest', 'run', '--project', 'unit']]]],
  [
    'builds: every clinic, and the fixture site',
    [
      astroBuild({ BRAND: 'demo' }),
      astroBuild({ BRAND: 'cedar' }),
      astroBuild({ BRAND: 'fixture', CONTENT_ROOT: 'test/fixtures/site', OUT_DIR: 'dist/fixture' }),
    ],
  ],
  ['checks over the built sites', [['npx', ['--no-install', 'vitest', 'run', '--project', 'site']]]],
  ['browser tests', [['npx', ['--no-install', 'playwright', 'test']]]],
  ["Firefox: the patient's path", [['npx', ['--no-install', 'vitest', 'run', '--project', 'firefox']]]],
];

/** Runs a command; resolves with its exit code. Side-by-side commands print when they end. */
function run([command, args, extra = {}], parallel) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...env, ...extra }, stdio: parallel ? 'pipe' : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (parallel) process.stdout.write(output);
      resolve(code ?? 1);
    });
  });
}

const times = [];
const report = () => {
  const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
  const line = (seconds, name) => `  ${seconds.toFixed(1).padStart(6)} s  ${name}`;
  console.log(['\nStage times:', ...times.map(([name, s]) => line(s, name)), line(total, 'in all')].join('\n'));
};
for (const [name, commands] of stages) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const codes = await Promise.all(commands.map((command) => run(command, commands.length > 1)));
  times.push([name, (Date.now() - started) / 1000]);
  if (codes.some((code) => code !== 0)) {
    console.error(`\n✗ ${name} failed`);
    report();
    process.exit(1);
  }
  console.log(`✓ ${name}`);
}
report();
