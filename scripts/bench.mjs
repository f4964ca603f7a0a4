// `npm run bench`: how build cost and page weight grow with the content. For 10, 100 and 1,000
// guides per language (`-- --sizes 10,100` for a quick run) it writes synthetic content into a
// temporary folder, builds it there (Astro, then Pagefind, timed apart), weighs a guide page,
// and times a first search in headless chromium. Prints a table; a run of the default sizes also
// writes docs/benchmarks.md with the date and the machine.
import { requirePinnedNode } from './lib/pinned-node.mjs';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

requirePinnedNode('npm run bench');
// TypeScript modules load after the check: an older Node cannot load them at all.
const { createWeigher } = await import('./lib/page-weight.ts');
const { measureFirstSearch } = await import('./lib/first-search.ts');
const { writeSyntheticContent } = await import('./lib/synthetic-content.ts');
const { measureKeystrokeSearches } = await import('./lib/keystroke-searches.ts');

const defaults = [10, 100, 1000];
const arg = (name) => process.argv.find((a, i) => process.argv[i - 1] === name || a.startsWith(`${name}=`));
const sizesArg = arg('--sizes')?.replace(/^--sizes=/, '');
const sizes = sizesArg ? sizesArg.split(',').map(Number) : defaults;
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers, e.g. 10,100');
const term = arg('--term')?.replace(/^--term=/, '') ?? 'sunscreen';
// Typed a letter at a time in the header's search field: a patient's question, a misspelling in it.
const typed = arg('--typed')?.replace(/^--typed=/, '') ?? 'can i wear makup after microneedling';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['BRAND', 'SITE_URL', 'BASE_PATH', 'OUT_DIR']) delete env[name];

/**
 * A copy of the project's code in `scratch`, sharing node_modules: Astro keeps its content layer
 * state in the project (`.astro/`), and a build of other content must neither read nor leave it.
 */
function isolatedProject(scratch) {
  const project = join(scratch, 'project');
  // The config's Node check (scripts/lib/pinned-node.mjs) comes along with it.
  for (const entry of [
    'src',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'scripts/lib/pinned-node.mjs',
  ])
    if (existsSync(entry)) cpSync(entry, join(project, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

/** Runs a command; returns its wall-clock seconds and what it printed. */
function timed(args, extra, cwd) {
  const started = process.hrtime.bigint();
  // A thousand guides make megabytes of build log: room for it, and only its end on failure.
  const result = spawnSync('npx', ['--no-install', ...args], {
    cwd,
    env: { ...env, ...extra },
    encoding: 'utf8',
    maxBuffer: 2 ** 30,
  });
  if (result.status !== 0)
    throw new Error(
      `${args.join(' ')} failed (${result.error?.message ?? result.signal ?? result.status}):\n${`${result.stdout}\n${result.stderr}`.slice(-4000)}`,
    );
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, output: result.stdout };
}

function walk(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
}
const total = (files) => files.reduce((sum, file) => sum + statSync(file).size, 0);

const rows = [];
const measured = [];
for (const perLanguage of sizes) {
  const scratch = mkdtempSync(join(tmpdir(), `aftercare-bench-${perLanguage}-`));
  try {
    const content = join(scratch, 'content');
    const out = join(scratch, 'dist');
    const made = writeSyntheticContent(resolve('content'), content, perLanguage);
    console.log(`${perLanguage} guides per language: ${made.treatments} treatments, ${made.files} files; building…`);
    const project = isolatedProject(scratch);
    // `astro build`, as `npm run build` runs it: the search index is made in its last step,
    // which prints its own time (src/build/after-build.ts).
    const build = timed(['astro', 'build'], { CONTENT_ROOT: content, OUT_DIR: out }, project);
    const pagefind = Number(/Search index: .*\(([\d.]+) s\)/.exec(build.output)?.[1] ?? NaN);
    const astro = build.seconds - pagefind;
    const files = walk(out);
    const pages = files.filter((file) => file.endsWith('.html')).length;
    const guide = readdirSync(join(out, 'en')).find(
      (name) => statSync(join(out, 'en', name)).isDirectory() && name !== '404',
    );
    const weight = createWeigher(out).page(`en/${guide}/aftercare/index.html`, `/en/${guide}/aftercare/`);
    const search = await measureFirstSearch(out, '/en/', term);
    const keystrokes = await measureKeystrokeSearches(out, '/en/', typed);
    const previous = measured.at(-1);
    measured.push({ pages, astro });
    rows.push({
      'guides/lang': perLanguage,
      pages,
      'Astro s': +astro.toFixed(1),
      'Pagefind s': +pagefind.toFixed(1),
      'ms/page': +((astro * 1000) / pages).toFixed(1),
      // What one more page costs, from the previous size: start-up time left out.
      'marginal ms/page': previous ? +(((astro - previous.astro) * 1000) / (pages - previous.pages)).toFixed(1) : '',
      'dist MB': +(total(files) / 1e6).toFixed(1),
      files: files.length,
      'index MB': +(total(walk(join(out, 'pagefind'))) / 1e6).toFixed(2),
      'guide KB': +(weight.firstLoad / 1024).toFixed(1),
      'search KB': +(search.bytes / 1024).toFixed(1),
      'search ms': search.ms,
      results: search.results,
      'searches/key max': keystrokes.max,
      'searches/key mean': keystrokes.mean,
    });
    console.table(rows.slice(-1));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

console.table(rows);
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the end`;
console.log(machine);
if (sizes.join() !== defaults.join()) {
  console.log('Not writing docs/benchmarks.md: it holds runs of the default sizes (10, 100, 1,000).');
  process.exit(0);
}
const columns = Object.keys(rows[0]);
const table = [
  `| ${columns.join(' | ')} |`,
  `| ${columns.map(() => '---:').join(' | ')} |`,
  ...rows.map((row) => `| ${columns.map((c) => row[c].toLocaleString('en')).join(' | ')} |`),
].join('\n');
const doc = `# Benchmarks

The latest \`npm run bench\`, on ${new Date().toISOString().slice(0, 10)}: ${machine}.

${table}

- **guides/lang**: synthetic guides per language, made from the real ones (\`scripts/lib/synthetic-content.ts\`);
  every language gets that many guide pages, translated where content/ has the language, else the
  English fallback. **pages**: every HTML page built, all languages, index and FAQ pages included.
- **Astro s**, **Pagefind s**: wall-clock seconds of \`astro build\` without its last step, and of that step, the search indexer (Pagefind's Node API);
  **ms/page** is Astro's seconds over the pages built; **marginal ms/page** is the extra Astro
  time per extra page from the size before, without the fixed start-up cost.
- **dist MB**, **files**: everything built; **index MB**: Pagefind's folder.
- **guide KB**: an English aftercare page's first load, HTML + CSS + JS, gzip level 9
  (\`scripts/lib/page-weight.ts\`, as the budget test counts it).
- **search KB**, **search ms**: a cold first search for "${term}" in headless chromium: importing
  Pagefind, searching and loading the first five results, bytes as sent by a gzip-ing server.
  Pagefind's own files only; a search UI's script would add to it.
- **searches/key max**, **mean**: Pagefind searches per keystroke, typing "${typed}" a letter at a
  time in the header's search field, slower than it waits before searching, so every letter
  searches (\`scripts/lib/keystroke-searches.ts\`).
`;
writeFileSync('docs/benchmarks.md', doc);
// Formatted as `npm run check` expects, so a fresh run leaves the check clean.
spawnSync('npx', ['--no-install', 'prettier', '--write', 'docs/benchmarks.md'], { stdio: 'ignore' });
console.log('Wrote docs/benchmarks.md');
