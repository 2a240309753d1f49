import { DEFAULT_LOCALE, entryLocale, LOCALES, type Locale } from '../i18n/locales';
import { routes, sitePaths, withBase } from './routes';
import type { GuideCollection } from './stages';

/**
 * Page paths of guides in every language, for the content check's link and section gates and the clinic
 * assembly's hidden guides.
 *
 * Stopgap until `sitePaths`/`routes.guide` in src/lib/routes.ts (owned by the routing work of issue 15) know
 * languages: they build English paths from an entry id, so `es/primera-semana` would become
 * `/aftercare/es/primera-semana/` instead of `/es/aftercare/primera-semana/`. When they do, these two
 * functions become `routes.guide` and `sitePaths`.
 */

/** An English path moved under a language's prefix (`/faq/` → `/es/faq/`), keeping the site's base path. */
export function localizePath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path;
  const base = withBase('/');
  return `${base}${locale}/${path.slice(base.length)}`;
}

/** The page of a guide in its own language: `es/primera-semana` in aftercare is `/es/aftercare/primera-semana/`. */
export function guidePagePath(guide: { collection: GuideCollection; id: string }): string {
  const { locale, slug } = entryLocale(guide.id);
  return localizePath(routes.guide({ collection: guide.collection, id: slug }), locale);
}

/**
 * The page in each other language of an English page, keyed `<locale>\n<English path>`: the fixed pages
 * (`/faq/` → `/es/faq/`) whose translated path exists, and each English guide its translation names
 * (`translationOf`).
 */
export function translatedPaths(
  guides: readonly { collection: GuideCollection; id: string; translationOf?: string }[],
  paths: ReadonlySet<string>,
): Map<string, string> {
  const translated = new Map<string, string>();
  for (const locale of LOCALES.filter((code) => code !== DEFAULT_LOCALE)) {
    for (const path of sitePaths([])) {
      if (paths.has(localizePath(path, locale))) translated.set(`${locale}\n${path}`, localizePath(path, locale));
    }
  }
  for (const guide of guides) {
    const { locale } = entryLocale(guide.id);
    if (locale === DEFAULT_LOCALE || !guide.translationOf) continue;
    translated.set(`${locale}\n${routes.guide({ collection: guide.collection, id: guide.translationOf })}`, guidePagePath(guide));
  }
  return translated;
}

/**
 * Every page path the site builds for these guides: the English site (`sitePaths`) and, for each other
 * language with at least one guide, its home, stage, FAQ, glossary, plan and handout pages and its guides.
 */
export function pagePaths(guides: readonly { collection: GuideCollection; id: string }[]): Set<string> {
  const byLocale = new Map<Locale, { collection: GuideCollection; id: string }[]>();
  for (const guide of guides) {
    const { locale, slug } = entryLocale(guide.id);
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), { collection: guide.collection, id: slug }]);
  }
  const paths = sitePaths(byLocale.get(DEFAULT_LOCALE) ?? []);
  for (const locale of LOCALES) {
    const own = byLocale.get(locale);
    if (locale === DEFAULT_LOCALE || !own) continue;
    for (const path of sitePaths(own)) paths.add(localizePath(path, locale));
  }
  return paths;
}
