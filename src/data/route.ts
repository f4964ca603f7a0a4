/**
 * What a page knows about itself, worked out once per page by src/middleware.ts (as Starlight's
 * route data is) and read by every component from `Astro.locals.route`: the reader's language,
 * the page's locale-less path, the treatment and guide it shows, and how to link, translate and
 * write dates in that language. Components take nothing of this through props.
 */
import type { APIContext } from 'astro';
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import { brand } from 'virtual:aftercare/brand';
import { useTranslations, type Translate } from '../i18n';
import { isLocale, localeCodes, localeDir, localeTag, type Locale } from '../i18n/locales';
import { regionalTag } from '../lib/format';
import { guideKinds, type GuideKind } from '../schemas/guide';
import { kindsOf, nativeLocales, resolveGuide, treatmentName, type ResolvedGuide } from './guides';

export interface RouteData {
  /** The reader's language: the page's URL segment. */
  locale: Locale;
  /** `lang` of the page, e.g. `zh-CN`. */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** Dates and times: the language as written in the clinic's country (`en-GB`). */
  dateTag: string;
  /** The page's path without base or language: `''` (home), `faq/`, `micro-needling/aftercare/`. */
  page: string;
  t: Translate;
  /** A page of this copy in the reader's language (or `locale`), under the base path. */
  link: (page: string, locale?: Locale) => string;
  /** The same, with the site's origin, for canonical and alternate links. */
  absoluteLink: (page: string, locale?: Locale) => string;
  /** The treatment a page belongs to, with the kinds of page it has. */
  treatment?: { id: string; name: string; kinds: GuideKind[] } | undefined;
  /** What a guide page shows: the guide in the reader's language, or its fallback. */
  guide?: ResolvedGuide | undefined;
  kind?: GuideKind | undefined;
  /** The language the main content is written in: the guide's, else the reader's. */
  contentLocale: Locale;
  /**
   * The main content's language, for the labels components print inside it: on a fallback page
   * the content and its labels are in the fallback language, and only the notice in the reader's.
   */
  content: { locale: Locale; tag: string; dateTag: string; t: Translate };
  /** The languages with their own version of this page. */
  alternates: Locale[];
}

/** The locale-less path of a URL path: `/aftercare/es/faq/` → `faq/`. */
function pageOf(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const [first, ...segments] = rest.split('/').filter(Boolean);
  const inLanguage = isLocale(first) ? segments : [];
  return inLanguage.length ? `${inLanguage.join('/')}/` : '';
}

export async function routeData(context: Pick<APIContext, 'params' | 'url' | 'currentLocale'>): Promise<RouteData> {
  const { lang, treatment: treatmentId } = context.params;
  // Astro names a locale by its BCP-47 code (`zh-CN`), our URLs and content by their path (`zh-cn`).
  const current = localeCodes.find((code) => localeTag(code) === context.currentLocale);
  const locale: Locale = isLocale(lang) ? lang : (current ?? brand.defaultLocale);
  const link = (page: string, to: Locale = locale) => getRelativeLocaleUrl(localeTag(to), page);
  const absoluteLink = (page: string, to: Locale = locale) => getAbsoluteLocaleUrl(localeTag(to), page);
  const languageOf = (of: Locale) => ({
    locale: of,
    tag: localeTag(of),
    dateTag: regionalTag(localeTag(of), brand.region),
    t: useTranslations(of),
  });
  const base = {
    locale,
    tag: localeTag(locale),
    dir: localeDir(locale),
    dateTag: regionalTag(localeTag(locale), brand.region),
    page: pageOf(context.url.pathname),
    t: useTranslations(locale),
    link,
    absoluteLink,
    contentLocale: locale,
    content: languageOf(locale),
    alternates: brand.locales,
  };
  if (!treatmentId || !brand.treatments.includes(treatmentId)) return base;

  // `micro-needling/aftercare/` is aftercare; `micro-needling/`, the treatment's own page, is about.
  const kind = (base.page.split('/')[1] || 'about') as GuideKind;
  if (!guideKinds.includes(kind)) return base;
  const guide = await resolveGuide(locale, treatmentId, kind);
  return {
    ...base,
    treatment: { id: treatmentId, name: await treatmentName(locale, treatmentId), kinds: await kindsOf(treatmentId) },
    guide,
    kind,
    contentLocale: guide?.contentLocale ?? locale,
    content: languageOf(guide?.contentLocale ?? locale),
    alternates: await nativeLocales(treatmentId, kind),
  };
}
