/**
 * The page map: which pages exist for this brand, and their locale-less paths. Slugs stay in
 * English in every language; `about` is the treatment's own address.
 */
import { brand } from 'virtual:aftercare/brand';
import type { GuideKind } from '../schemas/guide';
import { kindsOf } from './guides';

/** `chemical-peel/` for about, `chemical-peel/aftercare/` for the rest. */
export function treatmentPage(treatment: string, kind: GuideKind): string {
  return kind === 'about' ? `${treatment}/` : `${treatment}/${kind}/`;
}

/** `getStaticPaths` for one kind of guide page: every language and treatment that has it. */
export async function guideRoutes(kind: GuideKind) {
  const routes = [];
  for (const treatment of brand.treatments)
    if ((await kindsOf(treatment)).includes(kind))
      for (const lang of brand.locales) routes.push({ params: { lang, treatment } });
  return routes;
}

/** `getStaticPaths` for pages that exist once per language. */
export function localeRoutes() {
  return brand.locales.map((lang) => ({ params: { lang } }));
}
