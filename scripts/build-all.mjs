// `npm run build:all`: every clinic in content/brands/ into dist/<id>/ (or OUT_ROOT/<id>/), each at
// the address its brand file gives (site.url, site.basePath) unless SITE_URL or BASE_PATH say otherwise.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const outRoot = process.env.OUT_ROOT || 'dist';

const ids = readdirSync('content/brands')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort();

for (const id of ids) {
  console.log(`\n▶ ${id} → ${join(outRoot, id)}/`);
  const result = spawnSync('node', ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, BRAND: id, OUT_DIR: join(outRoot, id) },
  });
  if (result.status !== 0) {
    console.error(`\n✗ brand "${id}" did not build`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✓ built ${ids.length} brands: ${ids.join(', ')}`);
