// `npm run check`: types (astro check), lint (ESLint, no warnings) and formatting (Prettier), side
// by side once Astro has written the content types: each is mostly one core, so on two cores the
// three take about the time of the longest. Each one's output is printed whole when it ends, never
// interleaved; the exit code is non-zero if any of them failed, and the failures are named last.
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { spawn } from 'node:child_process';

requirePinnedNode('npm run check');

const checks = [
  ['types', ['astro', 'check']],
  ['lint', ['eslint', '--max-warnings', '0', '.']],
  ['formatting', ['prettier', '--check', '.']],
];

/** Runs one check through npx (the project's own binaries); resolves with its output and code. */
function run([name, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npx', ['--no-install', ...args], { env: { ...process.env, FORCE_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `\n── ${name} (${args.join(' ')}): ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s\n${output.trimEnd()}`,
      );
      resolve({ name, code: code ?? 1 });
    });
  });
}

// Astro writes the content collections' types into .astro/ first: on a fresh clone, ESLint
// would otherwise read `astro:content` as untyped.
const sync = await run(['content types', ['astro', 'sync']]);
if (sync.code !== 0) process.exit(1);
const failed = (await Promise.all(checks.map(run))).filter((result) => result.code !== 0);
if (failed.length) {
  console.error(`\n✗ failed: ${failed.map((result) => result.name).join(', ')}`);
  process.exit(1);
}
