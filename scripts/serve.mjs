// `npm start` and `npm run preview`: serves a built copy on 127.0.0.1 as a static host would
// (scripts/lib/static-server.ts). By default the copy `npm run build` made for this environment:
// dist/<BRAND, or demo>/, at the base path its `_headers` file covers.
//   npx node scripts/serve.mjs --dir dist/cedar --base /aftercare/ --port 8080
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

requirePinnedNode('npm run preview');
// TypeScript modules load after the check: an older Node cannot load them at all.
const { normalizeBase, readHeaderRules, serveStatic } = await import('./lib/static-server.ts');
const { buildTarget } = await import('../src/build/target.ts');

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: buildTarget(process.env).outDir },
    base: { type: 'string' },
    port: { type: 'string', default: '4321' },
  },
});
// The build writes `_headers` for the base path it was built for: its first rule is `<base>*`.
const built = readHeaderRules(join(values.dir, '_headers'))[0]?.pattern.replace(/\*$/, '');
const base = normalizeBase(values.base ?? built ?? '/');
try {
  const server = await serveStatic(values.dir, { base, port: Number(values.port) });
  console.log(`Serving ${values.dir} at ${server.url}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
