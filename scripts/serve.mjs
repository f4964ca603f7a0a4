// A static server for tests and local checks, as a plain static host serves a built copy:
// `node scripts/serve.mjs --dir dist --base /aftercare/ --port 4330`. Directories serve their
// index.html; anything else missing gets the nearest 404.html with status 404. Loopback only.
// Sends the headers of the copy's own `_headers` file, as Netlify and Cloudflare Pages do, so
// browser tests run under the security headers a clinic's host will send.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4321' },
  },
});
const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for a URL path under the base, or undefined; never outside the served folder. */
function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const path = normalize(join(root, decodeURIComponent(pathname.slice(base.length))));
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

function notFound(pathname) {
  const parts = pathname.slice(base.length).split('/').filter(Boolean);
  for (let n = parts.length; n >= 0; n--) {
    for (const candidate of [
      join(root, ...parts.slice(0, n), '404.html'),
      join(root, ...parts.slice(0, n), '404', 'index.html'),
    ])
      if (candidate.startsWith(root) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** `_headers` as rules: a path pattern (`/*` matches below it) and its headers, in file order. */
function headerRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
const rules = headerRules(join(root, '_headers'));
const matches = (pattern, pathname) =>
  pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
/** The headers for a path: every matching rule's, a later rule's value winning. */
const headersFor = (pathname) =>
  Object.assign({}, ...rules.filter((rule) => matches(rule.pattern, pathname)).map((rule) => rule.headers));

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  const served = file ?? notFound(pathname);
  response.writeHead(file ? 200 : 404, {
    ...headersFor(pathname),
    'content-type': (served && types[extname(served)]) || 'application/octet-stream',
  });
  response.end(served ? readFileSync(served) : 'Not found');
}).listen(Number(values.port), '127.0.0.1', () =>
  console.log(`Serving ${values.dir} at http://127.0.0.1:${values.port}${base}`),
);
