/**
 * A small static file server for the audit and the benchmark, behaving like a CDN in front of
 * the built site: files under a base path, `index.html` for folders, the site's 404 page,
 * gzip for text, and the security headers of our hosting examples. Listens on 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
// Pagefind's index and WebAssembly files are gzipped on disk and unpacked by Pagefind itself.
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt', '.webmanifest']);

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Told of every response: its path and the bytes of its body as sent (after gzip). */
export type ResponseLog = (pathname: string, bytes: number) => void;

/** Serves `dir` at `http://127.0.0.1:<port><base>`; port 0 picks a free one. */
export async function serveStatic(dir: string, base = '/', port = 0, onResponse?: ResponseLog): Promise<StaticServer> {
  const root = normalize(dir);
  const resolveFile = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const file = normalize(join(root, decodeURIComponent(pathname.slice(base.length))));
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  };
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = resolveFile(pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = resolveFile(`${base}404.html`);
    }
    if (!file) {
      response.writeHead(404).end('Not found');
      return;
    }
    const type = extname(file);
    const headers: Record<string, string> = {
      'content-type': types[type] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const gzip = compressible.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(status, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const body = gzip ? createReadStream(file).pipe(createGzip({ level: 9 })) : createReadStream(file);
    let bytes = 0;
    body.on('data', (chunk: Buffer) => (bytes += chunk.length));
    body.on('end', () => onResponse?.(pathname, bytes));
    body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A free port on 127.0.0.1, for a build that must know its address before it is served. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
