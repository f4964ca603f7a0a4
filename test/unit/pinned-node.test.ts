/**
 * The scripts and the build run on the Node that package.json pins: on an older one they stop
 * at once with one line naming the command to use, before loading anything that older Node
 * cannot (TypeScript modules). The message is pinned; the wiring is checked in every script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { olderNodeMessage } from '../../scripts/lib/pinned-node.mjs';
import { root } from '../helpers/content';

const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: { node: string } })
  .devDependencies.node;
const scripts = readdirSync(join(root, 'scripts')).filter((name) => name.endsWith('.mjs'));

describe('an older Node', () => {
  it('is told in one line which command to use', () => {
    expect(
      olderNodeMessage('20.19.2', '24.21.0', ['npm run bench', 'npx node scripts/bench.mjs']),
    ).toMatchInlineSnapshot(
      `"Node 20.19.2 is older than the project's Node 24.21.0: run \`npm run bench\` or \`npx node scripts/bench.mjs\`, which use the project's own (npm install brings it)."`,
    );
    expect(olderNodeMessage('24.20.9', '24.21.0', ['npm test'])).toContain('older');
  });
  it('is not refused when it is the pinned one or newer', () => {
    expect(olderNodeMessage('24.21.0', '24.21.0', ['npm test'])).toBeUndefined();
    expect(olderNodeMessage('25.0.0', '24.21.0', ['npm test'])).toBeUndefined();
    expect(olderNodeMessage(process.versions.node, pinned, ['npm test'])).toBeUndefined();
  });

  it.each(scripts)('is stopped by scripts/%s before it loads any TypeScript', (name) => {
    const source = readFileSync(join(root, 'scripts', name), 'utf8');
    const imports = source.split('\n').filter((line) => line.startsWith('import '));
    expect(imports[0]).toBe("import { requirePinnedNode } from './lib/pinned-node.mjs';");
    expect(imports.filter((line) => /\.ts'/.test(line))).toEqual([]);
    expect(source).toMatch(/^requirePinnedNode\('npm (run [\w:-]+|test)'\);$/m);
  });
  it('is stopped by the build, in astro.config.mjs', () => {
    expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).toContain(
      "requirePinnedNode('npm run build', 'npx astro build');",
    );
  });

  // The machine's own Node, where it is older than the pinned one (Debian's is): the real thing.
  const machineNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path));
  const machineVersion = machineNode && spawnSync(machineNode, ['--version'], { encoding: 'utf8' }).stdout.trim();
  it.skipIf(!machineVersion || !olderNodeMessage(machineVersion.slice(1), pinned, ['x']))(
    'really stops a script started with the machine’s older Node, in one line',
    () => {
      const run = spawnSync(machineNode!, ['scripts/bench.mjs', '--sizes', '1'], { cwd: root, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(
        `Node ${machineVersion!.slice(1)} is older than the project's Node ${pinned}: run \`npm run bench\` or \`npx node scripts/bench.mjs\`, which use the project's own (npm install brings it).`,
      );
    },
  );
});
