import { getStage, isStageId, STAGE_IDS, TOPICS_SEGMENT, type GuideCollection, type StageId } from './stages';
import { HANDOUTS, type HandoutId } from './handouts';

/**
 * Builds every internal URL of the site. Templates call these helpers instead of concatenating strings,
 * so a route changes in one place and the base path (a clinic hosting under /guide/) is always applied.
 */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

function collectionSegment(collection: GuideCollection): string {
  return isStageId(collection) ? getStage(collection).segment : TOPICS_SEGMENT;
}

/** Route parameters of a guide page (`src/pages/[section]/[guide].astro`). */
export function guideParams(guide: { collection: GuideCollection; id: string }): { section: string; guide: string } {
  return { section: collectionSegment(guide.collection), guide: guide.id };
}

export const routes = {
  home: () => withBase('/'),
  stage: (stage: StageId) => withBase(`/${getStage(stage).segment}/`),
  guide: (guide: { collection: GuideCollection; id: string }) => {
    const params = guideParams(guide);
    return withBase(`/${params.section}/${params.guide}/`);
  },
  faq: () => withBase('/faq/'),
  glossary: () => withBase('/glossary/'),
  glossaryTerm: (id: string) => withBase(`/glossary/#${id}`),
  search: () => withBase('/search/'),
  /** The treatment-plan tool: the checklist and aftercare days on the reader's own dates. */
  plan: () => withBase('/plan/'),
  openSearch: () => withBase('/opensearch.xml'),
  /** A guide as plain Markdown, for AI assistants: `/aftercare/first-week.md`. */
  guideMarkdown: (guide: { collection: GuideCollection; id: string }) => {
    const params = guideParams(guide);
    return withBase(`/${params.section}/${params.guide}.md`);
  },
  /** The site summary and guide index for AI assistants (llmstxt.org). */
  llms: () => withBase('/llms.txt'),
  /** A page's social card (`og:image`); `key` is one of `socialCardKeys`. */
  socialCard: (key: string) => withBase(`/${SOCIAL_FOLDER}/${key}.png`),
  appleTouchIcon: () => withBase('/apple-touch-icon.png'),
  sitemap: () => withBase('/sitemap-index.xml'),
  /** A one-page printable handout (src/lib/handouts.ts). */
  handout: (id: HandoutId) => withBase(`/handouts/${id}/`),
} as const;

/** Folder of the social cards in the built site. */
export const SOCIAL_FOLDER = 'social';

/** The card of pages that are neither a guide nor a stage (home, FAQ, glossary…). */
export const SITE_CARD_KEY = 'site';

/** Which social card a page shows: its guide's, its stage's, or the site's. */
export const socialCardKeys = {
  guide: (guide: { collection: GuideCollection; id: string }) => {
    const params = guideParams(guide);
    return `${params.section}/${params.guide}`;
  },
  stage: (stage: StageId) => getStage(stage).segment,
  site: () => SITE_CARD_KEY,
} as const;

/** Every page path the site builds for these guides, for checking internal links before the build. */
export function sitePaths(guides: readonly { collection: GuideCollection; id: string }[]): Set<string> {
  return new Set([
    routes.home(),
    routes.faq(),
    routes.glossary(),
    routes.plan(),
    ...STAGE_IDS.map((stage) => routes.stage(stage)),
    ...HANDOUTS.map((handout) => routes.handout(handout.id)),
    ...guides.map((guide) => routes.guide(guide)),
  ]);
}
