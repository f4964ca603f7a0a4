// The scripts and the build run on the project's own Node: the `node` devDependency, which
// `npm run` and `npx` put first on PATH. Started with an older one (a machine's own `node`), a
// script stops at once with one line naming the command to use, instead of failing later on a
// `.ts` import or a missing API. Plain JavaScript, imported before anything else, so it runs on
// any Node that can start it.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** `v24.21.0` → [24, 21, 0] */
const numbers = (version) => version.replace(/^v/, '').split('.').map(Number);

/** The line to print when Node `current` is older than `pinned`; undefined when it is not. */
export function olderNodeMessage(current, pinned, commands) {
  const [a, b] = [numbers(current), numbers(pinned)];
  const difference = a.map((part, index) => part - (b[index] ?? 0)).find((part) => part !== 0) ?? 0;
  if (difference >= 0) return undefined;
  const run = commands.map((command) => `\`${command}\``).join(' or ');
  return `Node ${current} is older than the project's Node ${pinned}: run ${run}, which use the project's own (npm install brings it).`;
}

/** Stops the process, in one line, when it runs on a Node older than the one package.json pins. */
export function requirePinnedNode(...commands) {
  const project = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const script = process.argv[1] && /\.mjs$/.test(process.argv[1]) ? relative(process.cwd(), process.argv[1]) : '';
  const message = olderNodeMessage(process.versions.node, project.devDependencies.node, [
    ...commands,
    ...(script ? [`npx node ${script}`] : []),
  ]);
  if (!message) return;
  console.error(message);
  process.exit(1);
}
