import { STAGE_IDS, type GuideCollection, type StageId, isStageId } from './stages';

/** Folder of the Pagefind index inside the built site. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The search page's URL parameters: `q` (the words) and `stage` (repeatable filter). */
export const SEARCH_PARAMS = { query: 'q', stage: 'stage' } as const;

export interface SearchState {
  query: string;
  stages: StageId[];
}

/** Reads `?q=…&stage=…` leniently: unknown stages are dropped, order follows the journey. */
export function readSearchState(params: URLSearchParams): SearchState {
  const wanted = new Set(params.getAll(SEARCH_PARAMS.stage));
  return {
    query: (params.get(SEARCH_PARAMS.query) ?? '').trim(),
    stages: STAGE_IDS.filter((stage) => wanted.has(stage) && isStageId(stage)),
  };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(SEARCH_PARAMS.query, state.query);
  for (const stage of state.stages) params.append(SEARCH_PARAMS.stage, stage);
  return params;
}

/**
 * Pagefind excerpts are escaped page text with `<mark>` around matches. Keep only the marks, so nothing
 * else from an excerpt can become markup.
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

/** Where a keyboard press moves focus among `count` results; -1 means back to the search box. */
export function nextFocusIndex(current: number, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current <= 0 ? -1 : current - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** "1 result", "12 results for “numbing cream”", announced to screen readers. */
export function resultCountText(count: number, query: string): string {
  const noun = count === 1 ? 'result' : 'results';
  return `${count} ${noun} for “${query}”`;
}

/** How topic guides (not part of one stage) are labelled in results and lists. */
export const TOPICS_LABEL = 'Before you decide';

/** Labels of the indexed pages that are not guides, shown with their search results. */
export const PAGE_SECTION_LABELS = { faq: 'Questions people ask', glossary: 'Glossary' } as const;

/**
 * Sort key for journey order in the index ("02-003" = stage 2, guide order 3), so results can be listed
 * in the order a patient meets them. Topics sort after the stages.
 */
export function journeySortKey(guide: { collection: GuideCollection; order: number }): string {
  const stage = isStageId(guide.collection) ? STAGE_IDS.indexOf(guide.collection) + 1 : STAGE_IDS.length + 1;
  return `${String(stage).padStart(2, '0')}-${String(guide.order).padStart(3, '0')}`;
}

/**
 * Pagefind attributes for a page's main content element: the section label shown with results, the stage
 * facet and the journey sort key. Attribute forms keep these values out of the indexed text and excerpts.
 */
export function searchAttributes(facts: { section: string; stage?: StageId; sortKey?: string }): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-pagefind-meta': `section:${facts.section}`,
    ...(facts.stage ? { 'data-pagefind-filter': `stage:${facts.stage}` } : {}),
    ...(facts.sortKey ? { 'data-pagefind-sort': `journey:${facts.sortKey}` } : {}),
  };
}

/** Glossary terms a guide links with `<Term id="…">`, in order of first use. */
export function termIdsIn(mdxBody: string): string[] {
  return [...new Set([...mdxBody.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((match) => match[1]!))];
}
