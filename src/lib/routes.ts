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
  /** A one-page printable handout (src/lib/handouts.ts). */
  handout: (id: HandoutId) => withBase(`/handouts/${id}/`),
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
