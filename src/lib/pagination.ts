import { isStageId, type GuideCollection } from './stages';

/**
 * Pages that list guides stay small at any size: a stage page lists at most this many guides and
 * continues on numbered pages; a page that lists several sections (search without JavaScript, the home
 * page's topics) lists every guide only while the whole list fits on one such page, else a short preview
 * of each section with a link to its pages. 50 guides with their descriptions are about 15 KB of HTML.
 * A site up to this size looks as it always has: no page numbers anywhere.
 */
export const GUIDES_PER_PAGE = 50;

/** One numbered page of a section's guides (`number` from 1). */
export interface GuidePage<T> {
  number: number;
  pageCount: number;
  guides: T[];
}

/** A section's guides in pages of `perPage`, in the order given; one page (maybe empty) when they fit. */
export function paginate<T>(guides: readonly T[], perPage = GUIDES_PER_PAGE): GuidePage<T>[] {
  const pageCount = Math.max(1, Math.ceil(guides.length / perPage));
  return Array.from({ length: pageCount }, (_, index) => ({
    number: index + 1,
    pageCount,
    guides: guides.slice(index * perPage, (index + 1) * perPage),
  }));
}

/** The page that lists the guide at `index` of a section (the first page for an unknown index). */
export function pageContaining<T>(guides: readonly T[], index: number, perPage = GUIDES_PER_PAGE): GuidePage<T> {
  const pages = paginate(guides, perPage);
  return pages[Math.min(Math.max(0, Math.floor(index / perPage)), pages.length - 1)]!;
}

/**
 * Whether a collection has pages of its own that list its guides. Every stage has (its stage page);
 * topics only when they no longer fit in full on the home page, which lists them otherwise.
 */
export function hasListing(collection: GuideCollection, guideCount: number, perPage = GUIDES_PER_PAGE): boolean {
  return isStageId(collection) || guideCount > perPage;
}

/** How many numbered pages list a collection's guides: none when it has no listing of its own. */
export function listPageCount(collection: GuideCollection, guideCount: number, perPage = GUIDES_PER_PAGE): number {
  return hasListing(collection, guideCount, perPage) ? paginate(Array.from({ length: guideCount }), perPage).length : 0;
}
