/**
 * The HTTP headers a host should send with a built copy (docs/engineering.md, "Security headers and
 * CSP"). Astro's own CSP (a <meta> with hashes) governs scripts and styles; the header adds what
 * a <meta> cannot: framing, base URI, forms, and where images and fetches may come from.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy':
    "base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; worker-src 'self'; manifest-src 'self'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Hashed assets never change under their name (everything else keeps the host's default: revalidate). */
export const caching = { immutable: 'public, max-age=31536000, immutable' } as const;

/**
 * A `_headers` file for Netlify and Cloudflare Pages, for a copy served under `base`. A request
 * gets the headers of every rule it matches, and Cloudflare joins two values of one header with a
 * comma: so the site-wide rule sets no Cache-Control, which would contradict the assets' own.
 * Both hosts revalidate HTML by default (`public, max-age=0, must-revalidate`).
 */
export function headersFile(base: string): string {
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
  ].join('\n');
}
