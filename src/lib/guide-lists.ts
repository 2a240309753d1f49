import { isStageId, stageNumber, STAGES, type GuideCollection } from './stages';
import { GUIDES_PER_PAGE, hasListing, pageContaining } from './pagination';
import { routes, socialCardKeys } from './routes';
import { sectionLabel } from './seo';
import type { Crumb } from './journey';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { stageBlurb } from '../i18n/stage-text';
import { t } from '../i18n/t';
import { oncePer } from './once-per';

/** How many guides of a section a preview shows before "All N guides". */
export const PREVIEW_GUIDES = 5;

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

interface SectionMember {
  collection: GuideCollection;
  id: string;
}

/**
 * A list's guides by section, in the list's order, and each one's place in its section (the first, for an id
 * given twice). Every guide page asks about the same list, so it is grouped once: filtering it again for each
 * page read every guide's section 8 million times at 2,000 guides.
 */
const sectionsOf = oncePer((all: readonly SectionMember[]) => {
  const sections = new Map<GuideCollection, { guides: SectionMember[]; places: Map<string, number> }>();
  for (const guide of all) {
    const collection = guide.collection;
    let section = sections.get(collection);
    if (!section) sections.set(collection, (section = { guides: [], places: new Map() }));
    if (!section.places.has(guide.id)) section.places.set(guide.id, section.guides.length);
    section.guides.push(guide);
  }
  return sections;
});

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
export function sectionList<T extends SectionMember>(
  all: readonly T[],
  current: SectionMember,
  locale: Locale = DEFAULT_LOCALE,
  perPage = GUIDES_PER_PAGE,
): SectionList<T> {
  const section = sectionsOf(all).get(current.collection);
  const guides = (section?.guides ?? []) as T[];
  const page = pageContaining(guides, section?.places.get(current.id) ?? -1, perPage);
  const href = hasListing(current.collection, guides.length, perPage) ? routes.guideList(current.collection, page.number, locale) : undefined;
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
