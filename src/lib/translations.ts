import { DEFAULT_LOCALE, LOCALES, entryLocale, localePrefix, type Locale } from '../i18n/locales';
import { routes, siteBase, sitePaths, withBase } from './routes';
import { isStageId, type GuideCollection } from './stages';
import { oncePer } from './once-per';

/**
 * Which pages are the same page in another language. A guide names the English guide it translates
 * (`translationOf`); every other page has the same path under each language's prefix (`/faq/`, `/es/faq/`).
 */

/** A guide as pairing needs it: its collection, its entry id (its folder is its language) and what it translates. */
export interface TranslatableGuide {
  collection: GuideCollection;
  id: string;
  translationOf?: string;
}

/** The address of the English guide a guide is, or translates: `aftercare/first-week` for `aftercare/es/primera-semana`. */
export function englishAddress(guide: TranslatableGuide): string {
  const english = entryLocale(guide.id).locale === DEFAULT_LOCALE ? guide.id : (guide.translationOf ?? guide.id);
  return `${guide.collection}/${english}`;
}

/** A page's version in each language that has one. */
export type Versions<T> = Partial<Record<Locale, T>>;

/**
 * Every guide grouped with its translations, by the English guide's address. A translation whose English
 * guide is missing (hidden by a clinic, or a typo the content check reports) stands alone.
 */
export function translationSets<T extends TranslatableGuide>(guides: readonly T[]): Map<string, Versions<T>> {
  const sets = new Map<string, Versions<T>>();
  for (const guide of guides) {
    const address = englishAddress(guide);
    const set = sets.get(address) ?? {};
    set[entryLocale(guide.id).locale] ??= guide;
    sets.set(address, set);
  }
  return sets;
}

/** The sets of each list of guides asked about: every guide page asks with the same list, so it is paired once, not once a page. */
const setsOfList = oncePer((guides: readonly TranslatableGuide[]) => translationSets(guides));

/** A guide's versions in every language (itself included), from all the site's guides (a list not changed afterwards). */
export function versionsOf<T extends TranslatableGuide>(guides: readonly T[], guide: TranslatableGuide): Versions<T> {
  return (setsOfList(guides).get(englishAddress(guide)) ?? {}) as Versions<T>;
}

/** The paths of a guide's versions, by language. */
export function guideVersionPaths(versions: Versions<TranslatableGuide>): Versions<string> {
  return Object.fromEntries(Object.entries(versions).map(([locale, guide]) => [locale, routes.guide(guide)]));
}

/**
 * The same path in another language: `/es/faq/` → `/faq/` and back. `base` is the site's base path (a
 * clinic hosting under `/guide/`), which stays in front.
 */
export function pathInLocale(pathname: string, from: Locale, to: Locale, base: string = siteBase()): string {
  const root = withBase('/', base);
  const inSite = pathname.startsWith(root) ? pathname.slice(root.length - 1) : pathname;
  const prefix = localePrefix(from);
  const bare = prefix && (inSite === prefix || inSite.startsWith(`${prefix}/`)) ? inSite.slice(prefix.length) || '/' : inSite;
  return withBase(`${localePrefix(to)}${bare}`, base);
}

/** A page that is the same path in every language of the site (home, stage pages, FAQ, tools). */
export function samePathVersions(pathname: string, current: Locale, locales: readonly Locale[], base?: string): Versions<string> {
  return Object.fromEntries(locales.map((locale) => [locale, pathInLocale(pathname, current, locale, base)]));
}

/** The home page in each language: where the switcher of a page that exists in one language only (404) goes. */
export function homeVersions(locales: readonly Locale[]): Versions<string> {
  return Object.fromEntries(locales.map((locale) => [locale, routes.home(locale)]));
}

/** One `<link rel="alternate" hreflang>`: a language code (or `x-default`) and an absolute URL. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The hreflang links of a page: one per language it exists in (in the site's language order), then
 * `x-default`, the English version. None when it exists in one language only: there is nothing to point to.
 */
export function hreflangAlternates(paths: Versions<string>, siteUrl: URL | string): Alternate[] {
  const present = LOCALES.flatMap((locale) => (paths[locale] ? [{ hreflang: locale, href: new URL(paths[locale], siteUrl).href }] : []));
  if (present.length < 2) return [];
  const english = present.find((alternate) => alternate.hreflang === DEFAULT_LOCALE);
  return english ? [...present, { hreflang: 'x-default', href: english.href }] : present;
}

/** A link of the language switcher. `missing`: the page has no version in that language, so `href` is the nearest page that does. */
export interface SwitcherLink {
  locale: Locale;
  href: string;
  missing: boolean;
}

/**
 * The language switcher of a page in `current`: a link for each other language of the site, to the same page
 * in it, or, for a guide without that translation, to that language's page of the guide's stage (the home
 * page for a topic guide). Empty on a one-language site.
 */
export function switcherLinks(
  current: Locale,
  siteLocales: readonly Locale[],
  paths: Versions<string>,
  collection?: GuideCollection,
): SwitcherLink[] {
  return siteLocales
    .filter((locale) => locale !== current)
    .map((locale) => {
      const href = paths[locale];
      if (href) return { locale, href, missing: false };
      const fallback = collection && isStageId(collection) ? routes.stage(collection, locale) : routes.home(locale);
      return { locale, href: fallback, missing: true };
    });
}

/**
 * The page in each other language of an English page, keyed `<locale>\n<English path>`: the fixed pages
 * (`/faq/` → `/es/faq/`) whose translated path exists in `paths`, and each English guide its translation
 * names (`translationOf`). The content check uses it to send a translation's links to pages in its language.
 */
export function translatedPaths(guides: readonly (TranslatableGuide & { translationOf?: string })[], paths: ReadonlySet<string>): Map<string, string> {
  const translated = new Map<string, string>();
  for (const locale of LOCALES.filter((code) => code !== DEFAULT_LOCALE)) {
    for (const path of sitePaths([])) {
      const there = pathInLocale(path, DEFAULT_LOCALE, locale);
      if (paths.has(there)) translated.set(`${locale}\n${path}`, there);
    }
  }
  for (const guide of guides) {
    const { locale } = entryLocale(guide.id);
    if (locale === DEFAULT_LOCALE || !guide.translationOf) continue;
    translated.set(`${locale}\n${routes.guide({ collection: guide.collection, id: guide.translationOf })}`, routes.guide(guide));
  }
  return translated;
}
