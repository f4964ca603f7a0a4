/**
 * Where a copy will be served: `SITE_URL` (origin) and `BASE_PATH` (sub-path, e.g.
 * `/aftercare/`). Checked strictly, since a wrong value would break every link of the site.
 */
export interface SiteAddress {
  site: string;
  /** Always starts and ends with `/`. */
  base: string;
}

/** What `npm start` serves. */
export const localSite = 'http://127.0.0.1:4321';

export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const site = env.SITE_URL || localSite;
  let parsed: URL;
  try {
    parsed = new URL(site);
  } catch {
    throw new Error(`SITE_URL "${site}" is not a web address: use one like https://clinic.example`);
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/')
    throw new Error(`SITE_URL "${site}" must be an origin like https://clinic.example; put a sub-path in BASE_PATH`);
  const rawBase = env.BASE_PATH || '/';
  if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(rawBase))
    throw new Error(`BASE_PATH "${rawBase}" must be a path like /aftercare/ (letters, digits, - . _ ~ and /)`);
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site: parsed.origin, base };
}
