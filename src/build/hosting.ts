/**
 * The HTTP headers a host should send with a built copy: in `dist/_headers` (Netlify, Cloudflare
 * Pages, scripts/serve.mjs) and in docs/hosting/nginx.conf, which test/build/nginx.test.ts keeps
 * in step with this file. Astro's own CSP (a <meta> with hashes) governs scripts and styles; the
 * header adds what a <meta> cannot (framing, and a policy from the first byte) and fetches.
 */

/**
 * Every fetch directive but `script-src` and `style-src`, each as `default-src 'self'` would set
 * it (`object-src 'none'`, and `data:` images for an inlined logo). A header `default-src` would
 * also govern scripts and styles, and only each page's <meta> knows their hashes: a policy in a
 * header and one in a <meta> are both enforced, so the <meta> completes this one.
 */
const fetchDirectives = [
  "child-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "frame-src 'self'",
  "img-src 'self' data:",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "worker-src 'self'",
];

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    ...fetchDirectives,
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  // A year; no includeSubDomains, which would bind the clinic's other sites too.
  'Strict-Transport-Security': 'max-age=31536000',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * A built SVG opened on its own is a document of the clinic's origin: even cleaned (logo.ts), it
 * gets a policy that loads nothing, runs nothing and sandboxes it (an opaque origin, so no
 * access to the site's storage). Sent besides the site-wide headers: both policies apply.
 */
export const svgHeaders: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
};

/** Hashed assets never change under their name (everything else keeps the host's default: revalidate). */
export const caching = { immutable: 'public, max-age=31536000, immutable' } as const;

/**
 * A `_headers` file for Netlify and Cloudflare Pages, for a copy served under `base`. A request
 * gets the headers of every rule it matches, and both hosts join two values of one header with a
 * comma: so the site-wide rule sets no Cache-Control, which would contradict the assets' own, and
 * an SVG's policy (`svgFiles`, the built SVGs by path, each named exactly: hosts differ on
 * wildcards inside a path) joins the site's.
 */
export function headersFile(base: string, svgFiles: readonly string[] = []): string {
  const lines = (headers: Record<string, string>) =>
    Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers and caching for Netlify and Cloudflare Pages (written by npm run build).',
    `${base}*`,
    ...lines(securityHeaders),
    '',
    `${base}_astro/*`,
    ...lines({ 'Cache-Control': caching.immutable }),
    '',
    ...svgFiles.flatMap((path) => [path, ...lines(svgHeaders), '']),
  ].join('\n');
}
