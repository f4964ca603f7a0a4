// `npm test`: every test, cheapest first, stopping at the first stage that fails: types, lint
// and formatting; unit, schema, content and build-error tests; the builds (every clinic into
// dist/<id>/, and the tracker's fixture site into dist/fixture/); checks over the
// built sites (the W3C validator's included); browser tests in Debian's chromium; the patient's
// path in Debian's Firefox ESR. Prints each stage's time at the end.
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

requirePinnedNode('npm test');

// What npm cannot bring, from Debian's packages: each one missing is said in one line, up front.
// The browser is found as the browser tests find it (TypeScript: loaded after the Node check).
const { findBrowser, installHint } = await import('../test/helpers/browser.ts');
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const missing = [
  !findBrowser() && installHint,
  !existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') &&
    'No Firefox for the Firefox tests: install it with `apt-get install -y firefox-esr`, or set FIREFOX_PATH.',
  spawnSync(java, ['-version']).error &&
    'No Java for the W3C validator: install it with `apt-get install -y default-jre-headless`, or set JAVA_HOME.',
  spawnSync('openssl', ['version']).error &&
    'No openssl for the test servers’ HTTPS certificates: install it with `apt-get install -y openssl`.',
].filter(Boolean);
if (missing.length) {
  console.error(missing.join('\n'));
  process.exit(1);
}

// The tests build and check each clinic at its own address: a developer's settings must not leak in.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['BRAND', 'SITE_URL', 'BASE_PATH', 'OUT_DIR', 'CONTENT_ROOT']) delete env[name];
const astroBuild = (extra) => ['npx', ['--no-install', 'astro', 'build'], extra];
/**
 * A stage is one or more commands, run one after another. The builds cannot run side by side:
 * Astro keeps the content's module list and data store in the project's own `.astro/` folder,
 * whatever the output folder, so two builds at once mix their content.
 */
const stages = [
  ['types, lint and formatting', [['npm', ['run', 'check']]]],
  [
    'unit, schema, content and build-error tests',
    [['npx', ['--no-install', 'vitest', 'run', '--project', 'unit', '--project', 'build']]],
  ],
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

/** Runs a command; resolves with its exit code. */
function run([command, args, extra = {}]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...env, ...extra }, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
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
  let failed = false;
  for (const command of commands) if (!failed) failed = (await run(command)) !== 0;
  times.push([name, (Date.now() - started) / 1000]);
  if (failed) {
    console.error(`\n✗ ${name} failed`);
    report();
    process.exit(1);
  }
  console.log(`✓ ${name}`);
}
report();
