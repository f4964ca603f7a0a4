/**
 * The one static server: `npm start`, the browser tests, the audit and the benchmark all serve a
 * built copy through it, the way a static host or CDN would: files under the base path,
 * `index.html` for folders, the nearest `404.html` with status 404, gzip for text, and the
 * headers of the copy's own `_headers` file (as Netlify and Cloudflare Pages send them), so
 * every test runs under the security headers a clinic's host will send. Loopback only.
 * Given a certificate, it speaks HTTPS and HTTP/2 as hosts do (their headers cost a few bytes a
 * response, not HTTP/1.1's 0.7 KB): the search's budget test weighs what a patient downloads.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
// Pagefind's index and WebAssembly files are gzipped on disk and unpacked by Pagefind itself.
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.xml', '.svg', '.txt']);

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, or `https://` with a certificate */
  origin: string;
  /** The origin and the base path, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** Told of every response: its path and the bytes of its body as sent (after gzip). */
export type ResponseLog = (pathname: string, bytes: number) => void;

export interface ServeOptions {
  /** The sub-path the copy was built for, e.g. `/aftercare/`. */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  onResponse?: ResponseLog;
  /** A certificate and its key (PEM): serves HTTPS, HTTP/2 where the browser offers it. */
  tls?: { cert: string; key: string };
}

/** A `_headers` rule: a path pattern (`/*` matches below it) and its headers, in file order. */
interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function readHeaderRules(file: string): HeaderRule[] {
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

const matches = (pattern: string, pathname: string) =>
  pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;

/** `/aftercare` or `aftercare/` → `/aftercare/`. */
export const normalizeBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Serves `dir` at `http://127.0.0.1:<port><base>`. A taken port rejects with a one-line message. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const base = normalizeBase(options.base ?? '/');
  if (!existsSync(root)) throw new Error(`Nothing to serve: ${dir} does not exist. Build it first (npm run build).`);
  const rules = readHeaderRules(join(root, '_headers'));
  const inside = (file: string) => file === root || file.startsWith(root + sep);

  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const file = normalize(join(root, decodeURIComponent(pathname.slice(base.length))));
    if (!inside(file)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  };
  /** The 404 page nearest the missing path: a language's own, else the site's. */
  const notFound = (pathname: string): string | undefined => {
    const parts = pathname.slice(base.length).split('/').filter(Boolean);
    for (let n = parts.length; n >= 0; n--)
      for (const candidate of [
        join(root, ...parts.slice(0, n), '404.html'),
        join(root, ...parts.slice(0, n), '404', 'index.html'),
      ])
        if (inside(candidate) && existsSync(candidate)) return candidate;
    return undefined;
  };

  const handle = (
    request: IncomingMessage | Http2ServerRequest,
    response: Pick<ServerResponse, 'writeHead' | 'end'> & NodeJS.WritableStream,
  ) => {
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      decodeURIComponent(pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const found = fileFor(pathname);
    const file = found ?? notFound(pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': types['.txt']! }).end('Not found');
      return;
    }
    const type = extname(file);
    // Every matching rule's headers; a header two rules set gets both values, joined with a comma, as hosts join them.
    const headers: Record<string, string> = {};
    for (const rule of rules)
      if (matches(rule.pattern, pathname))
        for (const [name, value] of Object.entries(rule.headers))
          headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    headers['content-type'] = types[type] ?? 'application/octet-stream';
    const gzip = compressible.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (gzip) headers['content-encoding'] = 'gzip';
    if (compressible.has(type)) headers['vary'] = 'Accept-Encoding';
    response.writeHead(found ? 200 : 404, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const body = gzip ? createReadStream(file).pipe(createGzip({ level: 9 })) : createReadStream(file);
    let bytes = 0;
    body.on('data', (chunk: Buffer) => (bytes += chunk.length));
    body.on('end', () => options.onResponse?.(pathname, bytes));
    body.pipe(response);
  };
  const server = options.tls
    ? createSecureServer({ ...options.tls, allowHTTP1: true }, (request, response) =>
        handle(request, response as Http2ServerResponse & ServerResponse),
      )
    : createServer(handle);
  // Browsers keep connections open: closing the server ends them.
  const sockets = new Set<Socket>();
  server.on(options.tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} on 127.0.0.1 is taken: stop what uses it, or choose another with --port.`)
          : error,
      ),
    );
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + base,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** A free port on 127.0.0.1, for a build that must know its address before it is served. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}
