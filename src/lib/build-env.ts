/**
 * What the environment tells a build: which clinic (`BRAND`), where its copy will be served
 * (`SITE_URL` origin, `BASE_PATH` sub-path such as `/aftercare/`) and where the content lives
 * (`CONTENT_ROOT`, for test fixtures). Checked strictly: a wrong value would break every link.
 */
export interface BuildEnv {
  brandId: string;
  site: string;
  /** Always starts and ends with `/`. */
  base: string;
  /** Folder holding `guides/` and `brands/`, relative to the project or absolute. */
  contentRoot: string;
}

/** What `npm start` serves. */
export const localSite = 'http://127.0.0.1:4321';

export function buildEnv(env: Record<string, string | undefined>): BuildEnv {
  const site = env.SITE_URL || localSite;
  let parsed: URL;
  try {
    parsed = new URL(site);
  } catch {
    throw new Error(`SITE_URL "${site}" is not a web address: use one like https://clinic.example`);
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/' || parsed.search || parsed.hash)
    throw new Error(`SITE_URL "${site}" must be an origin like https://clinic.example; put a sub-path in BASE_PATH`);
  const rawBase = env.BASE_PATH || '/';
  if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(rawBase) || rawBase.split('/').some((part) => part === '..' || part === '.'))
    throw new Error(`BASE_PATH "${rawBase}" must be a path like /aftercare/ (letters, digits, - . _ ~ and /)`);
  const trimmed = rawBase.replace(/^\/+|\/+$/g, '');
  const brandId = env.BRAND || 'demo';
  if (!/^[a-z0-9-]+$/.test(brandId))
    throw new Error(`BRAND "${brandId}" must name a file content/brands/<id>.yaml (lowercase letters, digits, -)`);
  return {
    brandId,
    site: parsed.origin,
    base: trimmed ? `/${trimmed}/` : '/',
    contentRoot: env.CONTENT_ROOT || 'content',
  };
}
