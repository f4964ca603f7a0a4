/**
 * What the environment tells a build: which clinic (`BRAND`), where the content lives
 * (`CONTENT_ROOT`, for fixtures and the benchmark), where the built copy goes (`OUT_DIR`, by
 * default `dist/<brand>/`, so building one clinic never overwrites another's copy, nor the one
 * `npm start` serves), and where the copy will be served (`SITE_URL` origin, `BASE_PATH` sub-path
 * such as `/aftercare/`; each defaults to the brand file's `site`). Checked strictly: a wrong
 * value would break every link of the site.
 */
export interface BuildTarget {
  brandId: string;
  /** Folder holding `guides/` and `brands/`, relative to the project or absolute. */
  contentRoot: string;
  /** Where the built copy goes, relative to the project or absolute. */
  outDir: string;
}

export interface SiteAddress {
  site: string;
  /** Always starts and ends with `/`. */
  base: string;
}

type Env = Record<string, string | undefined>;

/** What `npm start` serves. */
export const localSite = 'http://127.0.0.1:4321';

export function buildTarget(env: Env): BuildTarget {
  const brandId = env.BRAND || 'demo';
  if (!/^[a-z0-9-]+$/.test(brandId))
    throw new Error(`BRAND "${brandId}" must name a file content/brands/<id>.yaml (lowercase letters, digits, -)`);
  return { brandId, contentRoot: env.CONTENT_ROOT || 'content', outDir: env.OUT_DIR || `dist/${brandId}` };
}

/** The public address: the environment first, then the brand file's `site`, then the local server. */
export function siteAddress(
  env: Env,
  brandSite: { url?: string | undefined; basePath?: string | undefined } = {},
): SiteAddress {
  const site = env.SITE_URL || brandSite.url || localSite;
  let parsed: URL;
  try {
    parsed = new URL(site);
  } catch {
    throw new Error(`SITE_URL "${site}" is not a web address: use one like https://clinic.example`);
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/' || parsed.search || parsed.hash)
    throw new Error(`SITE_URL "${site}" must be an origin like https://clinic.example; put a sub-path in BASE_PATH`);
  const rawBase = env.BASE_PATH || brandSite.basePath || '/';
  if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(rawBase) || rawBase.split('/').some((part) => part === '..' || part === '.'))
    throw new Error(`BASE_PATH "${rawBase}" must be a path like /aftercare/ (letters, digits, - . _ ~ and /)`);
  const trimmed = rawBase.replace(/^\/+|\/+$/g, '');
  return { site: parsed.origin, base: trimmed ? `/${trimmed}/` : '/' };
}
