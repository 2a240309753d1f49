import { isStageId, stageNumber, STAGES, type GuideCollection } from './stages';
import { routes, socialCardKeys } from './routes';
import { sectionLabel } from './seo';
import type { Crumb } from './journey';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { stageBlurb } from '../i18n/stage-text';
import { t } from '../i18n/t';

/**
 * Pages that list guides stay small at any size: a stage page lists at most this many guides and
 * continues on numbered pages; a page that lists several sections (search without JavaScript, the home
 * page's topics) lists every guide only while the whole list fits on one such page, else a short preview
 * of each section with a link to its pages. 50 guides with their descriptions are about 15 KB of HTML.
 * A site up to this size looks as it always has: no page numbers anywhere.
 */
export const GUIDES_PER_PAGE = 50;

/** How many guides of a section a preview shows before "All N guides". */
export const PREVIEW_GUIDES = 5;

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

/** What a page that lists several sections shows of one: every guide, or the first few and a link to the rest. */
export interface Preview<T> {
  shown: T[];
  /** When some guides are not shown: how many, and the section's own list pages that show them. */
  more?: { count: number; href: string };
}

/**
 * One section's guides on a page that lists several (search without JavaScript, the home page's topics).
 * `listedInAll` is how many guides the whole page would list: while that fits on one page, or the section
 * has no list pages of its own to link to, every guide is shown, as on a small site.
 */
export function preview<T>(
  collection: GuideCollection,
  guides: readonly T[],
  listedInAll: number,
  locale: Locale = DEFAULT_LOCALE,
  perPage = GUIDES_PER_PAGE,
  size = PREVIEW_GUIDES,
): Preview<T> {
  if (listedInAll <= perPage || guides.length <= size || !hasListing(collection, guides.length, perPage)) return { shown: [...guides] };
  return { shown: guides.slice(0, size), more: { count: guides.length - size, href: routes.guideList(collection, 1, locale) } };
}

/** The guides a guide page lists beside it: its section's, or the page of them it is on, and where they continue. */
export interface SectionList<T> {
  guides: T[];
  /** The list page these come from; none for topics without list pages. */
  href?: string;
}

/**
 * The guides of `current`'s section that its page lists: all while they fit on one page, else the page it is on.
 * `all` are the guides of the page's language, which the links go to.
 */
export function sectionList<T extends { collection: GuideCollection; id: string }>(
  all: readonly T[],
  current: { collection: GuideCollection; id: string },
  locale: Locale = DEFAULT_LOCALE,
  perPage = GUIDES_PER_PAGE,
): SectionList<T> {
  const section = all.filter((guide) => guide.collection === current.collection);
  const page = pageContaining(section, section.findIndex((guide) => guide.id === current.id), perPage);
  const href = hasListing(current.collection, section.length, perPage) ? routes.guideList(current.collection, page.number, locale) : undefined;
  return { guides: page.guides, href };
}

/** The words and links of one list page of a section, page 1 being the stage page. */
export interface ListPageFacts {
  /** The section's name: the page's h1. */
  label: string;
  /** The `<title>`: the label, and the page number past page 1 (so each page's title is its own). */
  title: string;
  description: string;
  path: string;
  /** "Step 2 of 4" for a stage. */
  step?: string;
  crumbs: Crumb[];
  /** The social card the page shows: its stage's, or the site's. */
  card: string;
  previous?: string;
  next?: string;
}

/** The words and links of one list page of a section in `locale`; the topics' blurb shows only past GUIDES_PER_PAGE topics. */
export function listPageFacts(collection: GuideCollection, page: { number: number; pageCount: number }, locale: Locale = DEFAULT_LOCALE): ListPageFacts {
  const label = sectionLabel(collection, locale);
  const path = routes.guideList(collection, page.number, locale);
  const crumbs: Crumb[] = [
    { label: t(locale, 'nav.home'), href: routes.home(locale) },
    { label, href: routes.guideList(collection, 1, locale) },
    ...(page.number > 1 ? [{ label: t(locale, 'list.page', { number: page.number }), href: path }] : []),
  ];
  return {
    label,
    title: page.number > 1 ? t(locale, 'list.titlePage', { label, number: page.number, total: page.pageCount }) : label,
    description: isStageId(collection) ? stageBlurb(collection, locale) : t(locale, 'topics.blurb'),
    path,
    step: isStageId(collection) ? t(locale, 'stage.stepOf', { number: stageNumber(collection), total: STAGES.length }) : undefined,
    crumbs,
    card: isStageId(collection) ? socialCardKeys.stage(collection, locale) : socialCardKeys.site(),
    previous: page.number > 1 ? routes.guideList(collection, page.number - 1, locale) : undefined,
    next: page.number < page.pageCount ? routes.guideList(collection, page.number + 1, locale) : undefined,
  };
}
