// `npm run review-pack -- --brand <id>`: the review pack a clinic's clinical lead reads before
// signing off its copy (src/build/review-pack.ts): one printable HTML file per treatment, in
// dist/review-pack/<id>/ (or --out). It reads the content as the build does, without building.
//   npm run review-pack -- --brand cedar --out /some/folder
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

requirePinnedNode('npm run review-pack');
// Vite and TypeScript modules load after the check: an older Node cannot load them at all.
const { runnerImport } = await import('vite');
const { buildTarget } = await import('../src/build/target.ts');

const { values } = parseArgs({ options: { brand: { type: 'string' }, out: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const { brandId, contentRoot } = buildTarget({ ...process.env, BRAND: values.brand ?? process.env.BRAND });
const outDir = resolve(values.out ?? `dist/review-pack/${brandId}`);
// Vite's module runner reads the project's TypeScript (and its UI strings) as the build does.
const { module } = await runnerImport(resolve(root, 'src/build/review-pack.ts'), {
  configFile: false,
  logLevel: 'error',
});
try {
  const files = module.writeReviewPacks({ contentRoot: resolve(root, contentRoot), root, brandId, outDir });
  for (const file of files) console.log(`Review pack: ${file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
