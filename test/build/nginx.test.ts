/**
 * docs/hosting/nginx.conf, checked by Debian's real nginx: `nginx -t` accepts it (with the
 * certificate and folders it names made in a temporary folder), and, run on a loopback port, it
 * sends every security header on every kind of response (page, 404, hashed asset, SVG, search
 * index) exactly as dist/_headers does through the project's static server, which sends them as
 * Netlify and Cloudflare Pages do. Skipped, with one line saying so, where nginx is not
 * installed; CI installs it (.ci/run).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile } from '../../src/build/hosting';
import { freePort, readHeaderRules, serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { testCertificate } from '../helpers/certificate';
import { root } from '../helpers/content';

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!nginx) console.warn('nginx is not installed: skipping the nginx.conf tests (apt-get install -y nginx; CI does)');

const base = '/aftercare/';
const svg = `${base}_astro/logo.Ab12Cd34.svg`;
/** A built copy in miniature: one file of each kind a host serves differently. */
const site: Record<string, string> = {
  'index.html': '<!doctype html><title>Aftercare</title>',
  '404.html': '<!doctype html><title>Not found</title>',
  'en/index.html': '<!doctype html><title>English</title>',
  '_astro/Page.Ab12Cd34.js': 'export {};',
  '_astro/logo.Ab12Cd34.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'pagefind/pagefind.js': 'export {};',
  'pagefind/wasm.en.pagefind': 'wasm',
};
const paths = [base, `${base}en/`, `${base}no-such-page/`, `${base}_astro/Page.Ab12Cd34.js`, svg];

let scratch = '';
let nginxProcess: ChildProcess | undefined;
let ours: StaticServer | undefined;
let port = 0;

/** docs/hosting/nginx.conf with its certificate, site folder and port moved into `scratch`. */
function testConfig(): string {
  const conf = readFileSync(join(root, 'docs/hosting/nginx.conf'), 'utf8');
  const moves: [string, string][] = [
    ['listen 443 ssl http2;', `listen 127.0.0.1:${port} ssl http2;`],
    ['/etc/ssl/certs/clinic.example.pem', join(scratch, 'clinic.example.pem')],
    ['/etc/ssl/private/clinic.example.key', join(scratch, 'clinic.example.key')],
    ['root /var/www;', `root ${join(scratch, 'www')};`],
  ];
  return moves.reduce((text, [from, to]) => {
    expect(text.split(from), `nginx.conf names ${from} once`).toHaveLength(2);
    return text.replace(from, to);
  }, conf);
}

/** The main nginx.conf of the test: everything nginx writes stays in `scratch`. */
function mainConfig(): string {
  const temp = (name: string) => `${name}_temp_path ${join(scratch, `${name}-temp`)};`;
  return [
    `pid ${join(scratch, 'nginx.pid')};`,
    'events {}',
    'http {',
    `  access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    `  include ${join(scratch, 'site.conf')};`,
    '}',
  ].join('\n');
}

const nginxArgs = () => ['-p', `${scratch}/`, '-c', join(scratch, 'nginx.conf'), '-e', join(scratch, 'error.log')];

/** Status and headers of `path`, by HTTPS from nginx or by HTTP from the static server. */
function fetchHeaders(url: string): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((done, fail) => {
    const get = url.startsWith('https:') ? httpsGet : httpGet;
    get(url, { rejectUnauthorized: false, servername: 'clinic.example' }, (response) => {
      response.resume();
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers }));
    }).on('error', fail);
  });
}

describe.skipIf(!nginx)('the nginx example (docs/hosting/nginx.conf)', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'aftercare-nginx-'));
    port = await freePort();
    const www = join(scratch, 'www', base);
    for (const [path, text] of Object.entries(site)) {
      mkdirSync(dirname(join(www, path)), { recursive: true });
      writeFileSync(join(www, path), text);
    }
    writeFileSync(join(www, '_headers'), headersFile(base, [svg]));
    // A certificate for nginx to load: nginx -t reads it.
    testCertificate(scratch, 'clinic.example');
    copyFileSync('/etc/nginx/mime.types', join(scratch, 'mime.types'));
    writeFileSync(join(scratch, 'site.conf'), testConfig());
    writeFileSync(join(scratch, 'nginx.conf'), mainConfig());
    ours = await serveStatic(www, { base });
  });

  afterAll(async () => {
    nginxProcess?.kill();
    await ours?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('passes nginx -t, without a warning', () => {
    const check = spawnSync(nginx!, ['-t', ...nginxArgs()], { encoding: 'utf8' });
    expect(check.stderr).toContain('test is successful');
    expect(check.stderr).not.toMatch(/\[(warn|emerg|alert)\]/);
    expect(check.status).toBe(0);
  });

  it('sends the headers of dist/_headers on every kind of response', async () => {
    nginxProcess = spawn(nginx!, [...nginxArgs(), '-g', 'daemon off; master_process off;'], { stdio: 'ignore' });
    const fromNginx = async (path: string) => {
      for (let tries = 0; ; tries++)
        try {
          return await fetchHeaders(`https://127.0.0.1:${port}${path}`);
        } catch (error) {
          if (tries > 50) throw error;
          await new Promise((wait) => setTimeout(wait, 100));
        }
    };
    // The headers `_headers` sets anywhere; Cache-Control only where it sets it (hashed assets):
    // the hosts that read `_headers` revalidate pages by default, and nginx is told to.
    const rules = readHeaderRules(join(scratch, 'www', base, '_headers'));
    const names = [...new Set(rules.flatMap((rule) => Object.keys(rule.headers)))];
    const compared = (path: string, headers: IncomingHttpHeaders) =>
      Object.fromEntries(
        names
          .filter((name) => name !== 'cache-control' || path.includes('/_astro/'))
          .map((name) => [name, ([] as string[]).concat(headers[name] ?? []).join(', ')]),
      );
    for (const path of paths) {
      const [theirs, mine] = [await fromNginx(path), await fetchHeaders(`${ours!.origin}${path}`)];
      expect(theirs.status, path).toBe(mine.status);
      expect(compared(path, theirs.headers), path).toEqual(compared(path, mine.headers));
    }
    const { headers } = await fromNginx(svg);
    expect(headers['content-security-policy']).toContain("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect((await fromNginx(`${base}no-such-page/`)).headers['strict-transport-security']).toBe('max-age=31536000');
  });
});
