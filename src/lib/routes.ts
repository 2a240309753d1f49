import { GUIDE_COLLECTIONS, getStage, isStageId, STAGE_IDS, TOPICS_SEGMENT, type GuideCollection, type StageId } from './stages';
import { listPageCount } from './pagination';
import { HANDOUTS, type HandoutId } from './handouts';
import { DEFAULT_LOCALE, entryLocale, localePrefix, type Locale } from '../i18n/locales';

/**
 * Builds every internal URL of the site. Templates call these helpers instead of concatenating strings,
 * so a route changes in one place and the base path (a clinic hosting under /guide/) is always applied.
 */
/**
 * The site's base path (`/`, or a clinic's `/guide/`). Vite replaces `import.meta.env.BASE_URL` in the bundle;
 * Node running this module itself (the config, tests) has no env object there, so the base is `/`. No module may
 * name the env object on its own (with `?.`, say): into such a module Astro writes every environment variable
 * whose name occurs anywhere in its source (the shell's `_` always does), so the bundle, and with it the hash
 * Astro reuses pages by, would change with the shell or tool that started the build
 * (tests/unit/import-meta-env.test.ts).
 */
const SITE_BASE = ((): string => {
  try {
    return import.meta.env.BASE_URL ?? '/';
  } catch {
    return '/';
  }
})();

/**
 * Read once: the base never changes while a module runs, and where Node runs this module each read threw and
 * caught a TypeError, about 0.16 s of the writing checks' thread at 1,000 guides (every link of every guide).
 */
export function siteBase(): string {
  return SITE_BASE;
}

export function withBase(path: string, base: string = siteBase()): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Where a route's path is in the built site: without the base (Astro writes the site for the base, not into
 * it) and without the first slash. `/guide/aftercare/first-week.md` → `aftercare/first-week.md`.
 */
export function siteFile(path: string, base: string = siteBase()): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(trimmedBase) ? path.slice(trimmedBase.length) : path.replace(/^\//, '');
}

function collectionSegment(collection: GuideCollection): string {
  return isStageId(collection) ? getStage(collection).segment : TOPICS_SEGMENT;
}

/** A path of the site in one language: English at the root, every other language under its prefix. */
function localised(path: string, locale: Locale): string {
  return withBase(`${localePrefix(locale)}${path}`);
}

/**
 * The `[...lang]` route parameter of a page in `locale`: undefined for English (no prefix), the code otherwise.
 * Every page under `src/pages/[...lang]/` takes it.
 */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** Route parameters of a guide page (`src/pages/[...lang]/[section]/[guide].astro`): its language comes from its entry id. */
export function guideParams(guide: { collection: GuideCollection; id: string }): { lang: string | undefined; section: string; guide: string } {
  const { locale, slug } = entryLocale(guide.id);
  return { lang: langParam(locale), section: collectionSegment(guide.collection), guide: slug };
}

/** The folder of a section's numbered list pages, after its segment: `/aftercare/page/2/`, `/es/aftercare/page/2/`. */
export const LIST_PAGE_FOLDER = 'page';

/** Route parameters of a section's list page 2 and later (`src/pages/[...lang]/[section]/page/[page].astro`). */
export function listPageParams(
  collection: GuideCollection,
  page: number,
  locale: Locale = DEFAULT_LOCALE,
): { lang: string | undefined; section: string; page: string } {
  return { lang: langParam(locale), section: collectionSegment(collection), page: String(page) };
}

/** A guide's path without the site's base: `/es/aftercare/primera-semana` for the entry `es/primera-semana`. */
function guidePath(guide: { collection: GuideCollection; id: string }): string {
  const { locale, slug } = entryLocale(guide.id);
  return `${localePrefix(locale)}/${collectionSegment(guide.collection)}/${slug}`;
}

/** Routes take the page's `locale` (English by default); a guide's or term's language is its entry's own. */
export const routes = {
  home: (locale: Locale = DEFAULT_LOCALE) => localised('/', locale),
  stage: (stage: StageId, locale: Locale = DEFAULT_LOCALE) => localised(`/${getStage(stage).segment}/`, locale),
  guide: (guide: { collection: GuideCollection; id: string }) => withBase(`${guidePath(guide)}/`),
  /**
   * A page of a section's guides (src/lib/guide-lists.ts): page 1 is the stage page (`/aftercare/`, or
   * `/topics/`), later pages `/aftercare/page/2/`; in Spanish `/es/aftercare/page/2/`.
   */
  guideList: (collection: GuideCollection, page = 1, locale: Locale = DEFAULT_LOCALE) => {
    const section = collectionSegment(collection);
    return localised(page <= 1 ? `/${section}/` : `/${section}/${LIST_PAGE_FOLDER}/${page}/`, locale);
  },
  faq: (locale: Locale = DEFAULT_LOCALE) => localised('/faq/', locale),
  glossary: (locale: Locale = DEFAULT_LOCALE) => localised('/glossary/', locale),
  /** A glossary entry by its id: `es/erythema` is on the Spanish glossary page, at `#erythema`. */
  glossaryTerm: (id: string) => {
    const { locale, slug } = entryLocale(id);
    return localised(`/glossary/#${slug}`, locale);
  },
  search: (locale: Locale = DEFAULT_LOCALE) => localised('/search/', locale),
  /** The treatment-plan tool: the checklist and aftercare days on the reader's own dates. */
  plan: (locale: Locale = DEFAULT_LOCALE) => localised('/plan/', locale),
  openSearch: () => withBase('/opensearch.xml'),
  /** A guide as plain Markdown, for AI assistants: `/aftercare/first-week.md`, `/es/aftercare/primera-semana.md`. */
  guideMarkdown: (guide: { collection: GuideCollection; id: string }) => withBase(`${guidePath(guide)}.md`),
  /** The site summary and guide index for AI assistants (llmstxt.org). */
  llms: () => withBase('/llms.txt'),
  /** A page's social card (`og:image`); `key` is one of `socialCardKeys`. */
  socialCard: (key: string) => withBase(`/${SOCIAL_FOLDER}/${key}.png`),
  appleTouchIcon: () => withBase('/apple-touch-icon.png'),
  sitemap: () => withBase('/sitemap-index.xml'),
  /** A one-page printable handout (src/lib/handouts.ts). */
  handout: (id: HandoutId, locale: Locale = DEFAULT_LOCALE) => localised(`/handouts/${id}/`, locale),
} as const;

/** Folder of the social cards in the built site. */
export const SOCIAL_FOLDER = 'social';

/** The card of pages that are neither a guide nor a stage (home, FAQ, glossary…). */
export const SITE_CARD_KEY = 'site';

/** Which social card a page shows: its guide's, its stage's, or the site's. */
export const socialCardKeys = {
  guide: (guide: { collection: GuideCollection; id: string }) => guidePath(guide).slice(1),
  stage: (stage: StageId, locale: Locale = DEFAULT_LOCALE) => `${localePrefix(locale)}/${getStage(stage).segment}`.slice(1),
  site: () => SITE_CARD_KEY,
} as const;

/** Every page path the site builds for these guides in these languages, for checking internal links before the build. */
export function sitePaths(guides: readonly { collection: GuideCollection; id: string }[], locales: readonly Locale[] = [DEFAULT_LOCALE]): Set<string> {
  return new Set([
    ...locales.flatMap((locale) => [
      routes.home(locale),
      routes.faq(locale),
      routes.glossary(locale),
      routes.plan(locale),
      ...STAGE_IDS.map((stage) => routes.stage(stage, locale)),
      ...HANDOUTS.map((handout) => routes.handout(handout.id, locale)),
      // A section's numbered list pages, past GUIDES_PER_PAGE guides in this language (page 1 of a stage is its stage page).
      ...GUIDE_COLLECTIONS.flatMap((collection) => {
        const count = guides.filter((guide) => guide.collection === collection && entryLocale(guide.id).locale === locale).length;
        return Array.from({ length: listPageCount(collection, count) }, (_, index) => routes.guideList(collection, index + 1, locale));
      }),
    ]),
    ...guides.map((guide) => routes.guide(guide)),
  ]);
}
