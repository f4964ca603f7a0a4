/**
 * Every collection query lives here. Pages ask for a guide by language, treatment and kind, and
 * get the native entry, or the fallback language's entry marked as a fallback; the clinic's own
 * pages replace shared ones, and its protocol overrides are applied to aftercare rules.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { brand } from 'virtual:aftercare/brand';
import { defaultLocale, isLocale, type Locale } from '../i18n/locales';
import { guideKinds, type GuideKind, type GuideOf } from '../schemas/guide';
import { applyRuleOverrides } from '../lib/overrides';
import { droppedSafetyItems } from '../lib/safety-core';
import { checkTranslations, translationError } from './translation-facts';

export type GuideEntry = CollectionEntry<'guides'>;

/** A guide as a page shows it: which language it is in, and whether that is a fallback. */
export interface ResolvedGuide<K extends GuideKind = GuideKind> {
  entry: GuideEntry;
  data: GuideOf<K>;
  /** The language the content is written in. */
  contentLocale: Locale;
  /** True when the reader's language lacks this page and `contentLocale` stands in. */
  isFallback: boolean;
}

interface Indexed {
  entry: GuideEntry;
  locale: Locale;
  treatment: string;
  kind: GuideKind;
}

let index: Promise<Map<string, Indexed>> | undefined;
const key = (locale: string, treatment: string, kind: string) => `${locale}/${treatment}/${kind}`;

/**
 * Reads the collections once per build, the clinic's pages last so they replace shared ones, and
 * checks that each file's place matches its content.
 */
function loadIndex(): Promise<Map<string, Indexed>> {
  index ??= getCollection('guides').then((entries) => {
    const map = new Map<string, Indexed>();
    const isClinics = (entry: GuideEntry) => entry.id.startsWith('brands/');
    const ordered = [...entries.filter((entry) => !isClinics(entry)), ...entries.filter(isClinics)];
    for (const entry of ordered) {
      const [locale, treatment, kind] = entry.id.split('/').slice(-3);
      const file = entry.filePath ?? entry.id;
      if (!isLocale(locale)) throw new Error(`${file}: "${locale}" is not a language of src/i18n/locales.ts`);
      if (kind !== entry.data.kind)
        throw new Error(
          `${file}: kind is "${entry.data.kind}" but the file is named "${kind}.mdx": make them match (${guideKinds.join(', ')})`,
        );
      const replaced = map.get(key(locale, treatment!, kind));
      if (replaced && isClinics(entry)) keepsSafetyCore(replaced.entry, entry);
      map.set(key(locale, treatment!, kind), { entry, locale, treatment: treatment!, kind: entry.data.kind });
    }
    stopOnUnfaithfulTranslations(entries.filter((entry) => !isClinics(entry)));
    warnStaleTranslations(map);
    return map;
  });
  return index;
}

/** A clinic's own page must keep the safety items of the page it replaces: the build stops if not. */
function keepsSafetyCore(shared: GuideEntry, clinic: GuideEntry) {
  const dropped = droppedSafetyItems(shared.data, clinic.data);
  if (dropped.length)
    throw new Error(
      `${clinic.filePath ?? clinic.id} replaces ${shared.filePath ?? shared.id} but leaves out its safety items: ${dropped.join(', ')}. Keep each of them (in your own words, with the same id), and add your own.`,
    );
}

/**
 * A translation that drops, adds or changes a rule, phase, care sign, question or step of its
 * English original would tell patients something else: the build stops, naming the file and the id.
 */
function stopOnUnfaithfulTranslations(entries: GuideEntry[]) {
  const { differences } = checkTranslations(
    entries.map((entry) => {
      const [locale, treatment, kind] = entry.id.split('/').slice(-3) as [string, string, string];
      return { file: entry.filePath ?? entry.id, locale, treatment, kind, data: entry.data };
    }),
  );
  if (differences.length) throw new Error(translationError(differences));
}

/** A translation whose original has a newer revision may be out of date: say so in the build log. */
function warnStaleTranslations(map: Map<string, Indexed>) {
  for (const { entry, treatment, kind } of map.values()) {
    const translation = entry.data.translation;
    const source = translation && map.get(key(translation.from, treatment, kind))?.entry;
    if (source && source.data.revision > translation.sourceRevision)
      console.warn(
        `[content] ${entry.filePath ?? entry.id} translates revision ${translation.sourceRevision} of ${source.filePath ?? source.id}, which is now at revision ${source.data.revision}: update the translation, then its translation.sourceRevision`,
      );
  }
}

/** The languages a page falls back to, in order: the reader's, the clinic's default, English. */
export function fallbackChain(locale: Locale): Locale[] {
  return [...new Set([locale, brand.defaultLocale, defaultLocale])];
}

/** The guide a reader of `locale` sees, or `undefined` when no language has it. */
export async function resolveGuide<K extends GuideKind>(
  locale: Locale,
  treatment: string,
  kind: K,
): Promise<ResolvedGuide<K> | undefined> {
  const map = await loadIndex();
  for (const contentLocale of fallbackChain(locale)) {
    const found = map.get(key(contentLocale, treatment, kind));
    if (found)
      return {
        entry: found.entry,
        data: withOverrides(found.entry.data as GuideOf<K>, treatment, contentLocale),
        contentLocale,
        isFallback: contentLocale !== locale,
      };
  }
  return undefined;
}

/** An aftercare guide's rules after the clinic's protocol overrides. */
function withOverrides<G extends GuideOf<GuideKind>>(data: G, treatment: string, locale: Locale): G {
  if (data.kind !== 'aftercare') return data;
  return { ...data, rules: applyRuleOverrides(data.rules, brand.overrides[treatment], locale, brand.defaultLocale) };
}

/** The guide kinds that exist for a treatment, in reading order. */
export async function kindsOf(treatment: string): Promise<GuideKind[]> {
  const map = await loadIndex();
  return guideKinds.filter((kind) =>
    [...map.values()].some((item) => item.treatment === treatment && item.kind === kind),
  );
}

/** The languages that have their own (not fallback) version of a page. */
export async function nativeLocales(treatment: string, kind: GuideKind): Promise<Locale[]> {
  const map = await loadIndex();
  return brand.locales.filter((locale) => map.has(key(locale, treatment, kind)));
}

/** The treatment's name in the reader's language, from its `about` page. */
export async function treatmentName(locale: Locale, treatment: string): Promise<string> {
  const about = await resolveGuide(locale, treatment, 'about');
  return about?.data.treatmentName ?? treatment;
}

/** The original of a translated page, to tell when the translation is older than its source. */
export async function sourceOf(guide: ResolvedGuide): Promise<GuideEntry | undefined> {
  const from = guide.data.translation?.from;
  if (!from) return undefined;
  const [, treatment, kind] = guide.entry.id.split('/').slice(-3);
  return (await loadIndex()).get(key(from, treatment!, kind!))?.entry;
}

/**
 * A rule or phase of a treatment's aftercare guide, for text that states its window; a wrong id
 * stops the build with the ids that exist.
 */
export async function findWindow(locale: Locale, treatment: string, type: 'rule' | 'phase', id: string) {
  const aftercare = await resolveGuide(locale, treatment, 'aftercare');
  const items = type === 'rule' ? aftercare?.data.rules : aftercare?.data.phases;
  const item = items?.find((candidate) => candidate.id === id);
  if (!aftercare || !item) {
    const known = items?.map((candidate) => candidate.id).join(', ') ?? 'none';
    throw new Error(
      `A guide of "${treatment}" names ${type} "${id}", which its aftercare guide does not have. ${type}s: ${known}`,
    );
  }
  return { window: { from: item.from, until: item.until }, contentLocale: aftercare.contentLocale };
}
