// `npm run build:all`: every clinic in content/brands/, each with `astro build` into its own
// dist/<id>/, at the address its brand file gives (site.url, site.basePath) unless SITE_URL or
// BASE_PATH say otherwise.
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

requirePinnedNode('npm run build:all');

const ids = readdirSync('content/brands')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort();

for (const id of ids) {
  console.log(`\n▶ ${id} → dist/${id}/`);
  const env = { ...process.env, BRAND: id };
  delete env.OUT_DIR;
  const result = spawnSync('npx', ['--no-install', 'astro', 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ brand "${id}" did not build`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✓ built ${ids.length} brands: ${ids.join(', ')}`);
