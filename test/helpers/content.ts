/**
 * Reads guides the way the build does (frontmatter through the same schema), without Astro, so
 * content tests run in milliseconds and name the file that breaks a rule.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { guideSchema, type Guide } from '../../src/schemas/guide';
import { splitFrontmatter } from '../../src/build/frontmatter';
import type { Locale } from '../../src/i18n/locales';

export const root = join(import.meta.dirname, '../..');
export const guidesDir = join(root, 'content/guides');

export interface GuideFile {
  /** e.g. `content/guides/en/micro-needling/aftercare.mdx` */
  file: string;
  locale: Locale;
  treatment: string;
  kind: string;
  data: Guide;
  /** The MDX after the frontmatter. */
  body: string;
}

/** Every guide under content/guides, parsed and validated. */
export function readGuides(dir = guidesDir): GuideFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx'))
    .sort()
    .map((path) => {
      const [locale, treatment, name] = path.split(/[\\/]/);
      const full = join(dir, path);
      const { frontmatter, body } = splitFrontmatter(readFileSync(full, 'utf8'));
      const file = relative(root, full);
      const parsed = guideSchema.safeParse(frontmatter);
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return {
        file,
        locale: locale as Locale,
        treatment: treatment!,
        kind: name!.replace(/\.mdx$/, ''),
        data: parsed.data,
        body,
      };
    });
}
