/**
 * The W3C's reference validator, the Nu Html Checker (`vnu-jar`), run once over many pages in one
 * Java process with JSON output, and the warnings it gives on our pages that are expected, each
 * with its reason. Java comes from Debian (`default-jre-headless`); vnu-jar's own download of a
 * Java runtime never runs (`allowScripts` in package.json).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const javaHint =
  'No Java for the W3C validator: install it with `apt-get install -y default-jre-headless`, or set JAVA_HOME.';

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
// The checker needs a deep stack; the quick compiler alone halves its CPU time over a few hundred pages.
const jvmOptions = ['-Xss2m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

export interface VnuMessage {
  /** `error`, `info` (with `subType: 'warning'` for a warning) or `non-document-error`. */
  type: string;
  subType?: string;
  /** The checked page as a `file:` URL; absent when the checker itself failed. */
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

export interface VnuRun {
  /** The files the checker says it read (its `--verbose` list), as given to it. */
  checked: Set<string>;
  messages: VnuMessage[];
}

/** Checks every file in one Java process; rejects with `javaHint` when there is no Java. */
export function checkHtml(files: string[]): Promise<VnuRun> {
  const args = [...jvmOptions, '-jar', jar, '--verbose', '--format', 'json', '--exit-zero-always', ...files];
  return new Promise((resolve, reject) => {
    const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new Error(javaHint) : error));
    child.on('close', (code) => {
      // The report is the JSON on stderr; the JVM may say something before it.
      const start = stderr.indexOf('{"version"');
      if (code !== 0 || start < 0) return reject(new Error(`vnu exited with ${code}: ${stderr.slice(0, 2000)}`));
      const report = JSON.parse(stderr.slice(start)) as { messages: VnuMessage[] };
      resolve({ checked: new Set(stdout.split('\n').filter(Boolean)), messages: report.messages });
    });
  });
}

/** Where a message points in the page: from `line:column` to `line:column` (1-based, inclusive). */
function located(html: string, message: VnuMessage): { text: string; end: number } | undefined {
  const { lastLine, lastColumn, firstColumn } = message;
  if (!lastLine || !lastColumn || !firstColumn) return undefined;
  const lineStarts = [0];
  for (const match of html.matchAll(/\r\n|\n|\r/g)) lineStarts.push(match.index + match[0].length);
  const at = (line: number, column: number) => (lineStarts[line - 1] ?? NaN) + column - 1;
  const end = at(lastLine, lastColumn) + 1;
  return { text: html.slice(at(message.firstLine ?? lastLine, firstColumn), end), end };
}

/** The sources a page's meta CSP gives one directive, e.g. `style-src`. */
function cspSources(html: string, directive: string): string[] {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const entry = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return entry?.slice(1) ?? [];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Why a warning on `html` is expected, or undefined when it is not. Only the checker's notices
 * about Content Security Policy qualify, each checked against the page itself:
 */
export function expectedBecause(message: VnuMessage, html: string): string | undefined {
  if (message.type === 'error' || message.type === 'non-document-error') return undefined;

  // vnu reads each page as a `file:` URL, whose origin is opaque, so the CSP's 'self' allows none
  // of the site's own files. Served over HTTP, a root-relative URL is the page's own origin (the
  // browser gates load every page under this CSP and fail on any violation).
  if (/^Resource violates Content Security Policy \(meta tag\): external \w+ “\/(?!\/)/.test(message.message))
    return "the site's own file, blocked only for a file: URL";

  const inline = /^Inline (script|style) violates Content Security Policy \(meta tag\)/.exec(message.message);
  const name = inline?.[1];
  const start = name && located(html, message);
  if (!name || !start || !start.text.startsWith(`<${name}`) || !start.text.endsWith('>')) return undefined;
  const tag = start.text;

  // A JSON data block never runs, so no CSP applies to it: HTML's "prepare the script element"
  // returns for a non-JavaScript type before any CSP check. vnu checks it as if it were a script.
  if (name === 'script' && /^<script type="application\/(ld\+)?json"/.test(tag)) return 'a JSON data block';

  // vnu hashes an inline element's text without its final newline, browsers hash the exact text
  // (Astro ends its inline styles with one): expected when the exact text's hash is in the CSP.
  const text = html.slice(start.end, html.indexOf(`</${name}>`, start.end));
  if (cspSources(html, `${name}-src`).includes(sha256(text))) return `an inline ${name} whose hash the CSP lists`;
  return undefined;
}
