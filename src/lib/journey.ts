import { STAGE_IDS, TOPICS_COLLECTION, isStageId, type GuideCollection } from './stages';
import { routes } from './routes';
import { oncePer } from './once-per';
import type { Locale } from '../i18n/locales';
import { stageLabel } from '../i18n/stage-text';
import { t } from '../i18n/t';

/** The fields of a guide that navigation needs; pure data, so it is testable without Astro. */
export interface GuideRef {
  collection: GuideCollection;
  id: string;
  title: string;
  description: string;
  order: number;
}

export interface Crumb {
  label: string;
  href: string;
}

function collectionRank(collection: GuideCollection): number {
  return collection === TOPICS_COLLECTION ? STAGE_IDS.length : STAGE_IDS.indexOf(collection);
}

/** Sorts guides into journey order: by stage, then by each guide's `order`, then by id for stability. */
export function sortGuides<T extends GuideRef>(guides: readonly T[]): T[] {
  return [...guides].sort(
    (a, b) =>
      collectionRank(a.collection) - collectionRank(b.collection) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );
}

export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/**
 * Previous and next guide along the whole journey (all four stages in order), so a reader can walk from
 * the first consultation guide to the last maintenance guide. Topic guides are not part of the walk; they
 * come before it ("Before you decide" on the home page), so their next guide is the journey's first.
 */
export function journeyNeighbours<T extends GuideRef>(guides: readonly T[], current: GuideRef): Neighbours<T> {
  const { journey, places } = journeyOf(guides) as Journey<T>;
  if (!isStageId(current.collection)) return journey[0] ? { next: journey[0] } : {};
  const index = places.get(placeKey(current));
  if (index === undefined) return {};
  return { previous: journey[index - 1], next: journey[index + 1] };
}

interface Journey<T> {
  journey: T[];
  /** Each guide's place in `journey`, by `placeKey`. */
  places: Map<string, number>;
}

const placeKey = (guide: Pick<GuideRef, 'collection' | 'id'>) => `${guide.collection}/${guide.id}`;

/**
 * The journey of a list of guides, sorted once per list: every guide page asks with the same list, and
 * sorting it for each page made the build's time grow with the square of the guides (about 0.1 s at 1,000
 * guides, 25 times that at 5,000). Lists are never changed once made, so the list itself is the key.
 */
const journeyOf = oncePer((guides: readonly GuideRef[]): Journey<GuideRef> => {
  const journey = sortGuides(guides.filter((guide) => isStageId(guide.collection)));
  const places = new Map<string, number>();
  // The first of two entries with one key wins, as a search from the start would find it.
  journey.forEach((guide, index) => {
    if (!places.has(placeKey(guide))) places.set(placeKey(guide), index);
  });
  return { journey, places };
});

/** Home → stage (or topics) → guide. The last crumb is the current page. */
export function breadcrumbs(guide: GuideRef, locale: Locale): Crumb[] {
  const home: Crumb = { label: t(locale, 'nav.home'), href: routes.home(locale) };
  const parent: Crumb | undefined = isStageId(guide.collection)
    ? { label: stageLabel(guide.collection, locale), href: routes.stage(guide.collection, locale) }
    : undefined;
  const current: Crumb = { label: guide.title, href: routes.guide(guide) };
  return parent ? [home, parent, current] : [home, current];
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Sections worth listing in an on-page table of contents: the guide's h2 headings. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2);
  return sections.length >= MIN_SECTIONS_FOR_TOC ? sections : [];
}

/** A guide with fewer sections than this is short enough to need no table of contents. */
export const MIN_SECTIONS_FOR_TOC = 3;
