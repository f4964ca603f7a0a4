/**
 * A throwaway self-signed certificate, made with openssl (which `.ci/run` installs), for a test
 * server that must speak HTTPS: nginx's config test, and the search budget's HTTP/2 server.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `<name>.key` and `<name>.pem` into `dir`, valid for a day; returns their paths and PEM text. */
export function testCertificate(dir: string, name: string) {
  const keyFile = join(dir, `${name}.key`);
  const certFile = join(dir, `${name}.pem`);
  const made = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    `/CN=${name}`,
    '-keyout',
    keyFile,
    '-out',
    certFile,
  ]);
  if (made.status !== 0)
    throw new Error(
      `openssl could not make a test certificate (apt-get install -y openssl): ${String(made.stderr ?? made.error)}`,
    );
  return { keyFile, certFile, key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}
