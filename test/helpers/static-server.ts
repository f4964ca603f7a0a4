/**
 * A static host for browser tests, as a clinic's CDN serves the site: files from a folder under
 * an optional base path, `index.html` for folders, gzip for text (Pagefind's own files come
 * compressed already), on 127.0.0.1 and a free port.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:port` plus the base path, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

export async function serve(dir: string, options: { base?: string; gzip?: boolean } = {}): Promise<StaticServer> {
  const { base = '/', gzip = true } = options;
  const server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (!pathname.startsWith(base)) return response.writeHead(404).end();
      let file = join(dir, normalize(decodeURIComponent(pathname.slice(base.length - 1))));
      if (!file.startsWith(dir)) return response.writeHead(403).end();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        const type = types[extname(file)];
        const compress = gzip && type !== undefined && /gzip/.test(String(request.headers['accept-encoding']));
        response.writeHead(200, {
          'Content-Type': type ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
          ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        });
        response.end(compress ? gzipSync(body) : body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser keeps connections open; closing waits for none.
        server.closeAllConnections();
      }),
  };
}
