/**
 * Reads and checks a clinic's brand file once, at build start, so that every mistake stops the
 * build with the file, the field, what was found and what is needed, before any page is made.
 */
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { brandSchema, type BrandData } from '../schemas/brand';
import { contrastRatio, minimumContrast } from '../lib/contrast';
import { formatIssues, type FieldIssue } from './issues';
import { splitFrontmatter } from './frontmatter';
import { overrideProblems } from '../lib/overrides';
import { guideKinds, guideSchema } from '../schemas/guide';
import { signOffIssues } from './sign-off';
import { bidiControlIssues } from './bidi';
import { checkLogo, UnsafeLogo, type CheckedLogo } from './logo';

/** A validated brand, with where it came from. */
export interface Brand extends BrandData {
  id: string;
  /** Absolute path of the logo file, as the clinic wrote it. */
  logoFile: string;
  /** The logo as pages get it: an SVG cleaned of anything that runs or reaches outside it. */
  safeLogo: CheckedLogo;
}

export class BrandError extends Error {
  override name = 'BrandError';
}

/** The brand files in `<contentRoot>/brands/`, by id. */
export function listBrandIds(contentRoot: string): string[] {
  return readdirSync(join(contentRoot, 'brands'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** Colour pairs that must reach WCAG AA, as [field, foreground, background, minimum]. */
function contrastIssues(brand: BrandData): FieldIssue[] {
  return (['light', 'dark'] as const).flatMap((scheme) => {
    const palette = brand.colors[scheme];
    const pairs = [
      ['text', minimumContrast.text],
      ['primary', minimumContrast.text],
      ['accent', minimumContrast.nonText],
    ] as const;
    return pairs.flatMap(([field, minimum]) => {
      const ratio = contrastRatio(palette[field], palette.background);
      if (ratio >= minimum) return [];
      return [
        {
          path: ['colors', scheme, field],
          message: `${palette[field]} on background ${palette.background} has contrast ${ratio.toFixed(2)}:1; WCAG AA needs ${minimum}:1. Pick a ${field === 'accent' ? 'stronger' : 'darker or lighter'} colour.`,
        },
      ];
    });
  });
}

/** A path as the person running the build would type it. */
const shown = (path: string) => relative(process.cwd(), path) || '.';

/**
 * The logo: a file beside the brand file (never a path out of the brands folder), that can be
 * made safe (logo.ts). Returns the cleaned logo, or the issue that stops the build.
 */
function logoCheck(file: string, brand: BrandData): { issue?: FieldIssue; logo?: CheckedLogo } {
  const folder = dirname(file);
  const logoFile = resolve(folder, brand.logo.src);
  const inFolder = (path: string) => {
    const inside = relative(folder, path);
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  };
  const at = ['logo', 'src'];
  if (!inFolder(logoFile) || (existsSync(logoFile) && !inFolder(realpathSync(logoFile))))
    return {
      issue: {
        path: at,
        message: `"${brand.logo.src}" is outside the brands folder (${shown(folder)}/): put the logo beside the brand file and write its name, like "./clinic-logo.svg"`,
      },
    };
  if (!existsSync(logoFile))
    return {
      issue: {
        path: at,
        message: `no file at ${shown(logoFile)}: put the logo beside the brand file, or fix the path`,
      },
    };
  try {
    return { logo: checkLogo(logoFile) };
  } catch (error) {
    if (!(error instanceof UnsafeLogo)) throw error;
    return { issue: { path: at, message: `${shown(logoFile)} ${error.message}` } };
  }
}

/** Checks what a schema cannot: the treatments the brand names have guides. */
function fileIssues(contentRoot: string, brand: BrandData): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const guides = join(contentRoot, 'guides/en');
  const known = readdirSync(guides);
  brand.treatments.forEach((treatment, index) => {
    if (!known.includes(treatment))
      issues.push({
        path: ['treatments', index],
        message: `"${treatment}" has no guides in ${shown(guides)}/: use one of ${known.join(', ')}`,
      });
  });
  return issues;
}

/** Overrides must name rules the treatment's (English) aftercare guide really has. */
function overrideIssues(contentRoot: string, brand: BrandData): FieldIssue[] {
  return Object.entries(brand.overrides).flatMap(([treatment, overrides]) => {
    const guide = join(contentRoot, 'guides/en', treatment, 'aftercare.mdx');
    if (!existsSync(guide)) return [];
    const parsed = guideSchema.safeParse(splitFrontmatter(readFileSync(guide, 'utf8')).frontmatter);
    if (!parsed.success || parsed.data.kind !== 'aftercare') return [];
    return overrideProblems(parsed.data.rules, overrides).map(([path, message]) => ({
      path: ['overrides', treatment, ...path],
      message,
    }));
  });
}

/** The folder of pages that replace shared ones: `<id>/pages/<lang>/<treatment>/<kind>.mdx`. */
export function brandPagesDir(contentRoot: string, id: string): string {
  return join(contentRoot, 'brands', id, 'pages');
}

/** A replacement page must be for a language, treatment and kind the clinic publishes. */
function pageIssues(contentRoot: string, brand: BrandData, id: string): FieldIssue[] {
  const dir = brandPagesDir(contentRoot, id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx'))
    .flatMap((path) => {
      const [locale, treatment, name, ...rest] = path.split(/[\\/]/);
      const kind = name?.replace(/\.mdx$/, '');
      const ok =
        rest.length === 0 &&
        brand.locales.includes(locale as never) &&
        brand.treatments.includes(treatment ?? '') &&
        guideKinds.includes(kind as never);
      if (ok) return [];
      return [
        {
          path: ['pages'],
          message: `${shown(join(dir, path))} replaces no page: name it <language>/<treatment>/<kind>.mdx with a language in ${brand.locales.join(', ')}, a treatment in ${brand.treatments.join(', ')} and a kind in ${guideKinds.join(', ')}`,
        },
      ];
    });
}

/**
 * Loads `<contentRoot>/brands/<id>.yaml`, or throws a `BrandError` that lists every problem.
 * `signOff: false` leaves the sign-off's dates unchecked: the review pack for a new sign-off is
 * made while the old one is stale.
 */
export function loadBrand(contentRoot: string, id: string, { signOff = true } = {}): Brand {
  const file = join(contentRoot, 'brands', `${id}.yaml`);
  if (!existsSync(file))
    throw new BrandError(
      `No brand "${id}": ${shown(file)} does not exist. Brands found: ${listBrandIds(contentRoot).join(', ')}. Set BRAND to one of them.`,
    );

  let input: unknown;
  try {
    input = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BrandError(`The brand file ${shown(file)} is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = brandSchema.safeParse(input);
  const heading = `Brand "${id}" has settings to fix`;
  const hidden = bidiControlIssues(input);
  if (!parsed.success || hidden.length)
    throw new BrandError(formatIssues(heading, shown(file), [...hidden, ...(parsed.error?.issues ?? [])]));

  const logo = logoCheck(file, parsed.data);
  const issues = [
    ...(logo.issue ? [logo.issue] : []),
    ...fileIssues(contentRoot, parsed.data),
    ...overrideIssues(contentRoot, parsed.data),
    ...pageIssues(contentRoot, parsed.data, id),
    ...contrastIssues(parsed.data),
    ...(signOff ? signOffIssues(contentRoot, parsed.data, id) : []),
  ];
  if (issues.length) throw new BrandError(formatIssues(heading, shown(file), issues));
  return { ...parsed.data, id, logoFile: resolve(dirname(file), parsed.data.logo.src), safeLogo: logo.logo! };
}
