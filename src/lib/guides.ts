import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { GUIDE_COLLECTIONS, isStageId, type GuideCollection, type StageId } from './stages';
import { sortGuides, type GuideRef } from './journey';
import { langParam, routes } from './routes';
import { hasListing, paginate, type GuidePage } from './pagination';
import { site } from './site';
import { buildPlan } from './treatment-plan';
import { CARE_CARDS_GUIDE, HANDOUTS, careCardsIn, combinedReview, handoutText, uniqueSources, type Handout, type HandoutId } from './handouts';
import type { GuideData } from '../schemas/guide';
import type { Reviewer } from '../schemas/reviewer';
import { DEFAULT_LOCALE, entryLocale, type Locale } from '../i18n/locales';

/** A guide page: its navigation fields, its language (its folder's), its validated frontmatter and the entry to render. */
export interface Guide extends GuideRef {
  locale: Locale;
  /** The English guide this one translates (its `translationOf`), for pairing pages across languages. */
  translationOf?: string;
  data: GuideData;
  entry: CollectionEntry<GuideCollection>;
}

let allGuides: Promise<Guide[]> | undefined;

async function loadGuides(): Promise<Guide[]> {
  const lists = await Promise.all(
    GUIDE_COLLECTIONS.map(async (collection) => {
      const entries = await getCollection(collection, (entry) => import.meta.env.DEV || !entry.data.draft);
      return entries.map((entry): Guide => {
        const data = entry.data as GuideData;
        const { locale } = entryLocale(entry.id);
        return { collection, id: entry.id, locale, translationOf: data.translationOf, title: data.title, description: data.description, order: data.order, data, entry };
      });
    }),
  );
  return sortGuides(lists.flat());
}

/** Every published guide of every language in journey order. Queried once per build. */
export function getEveryGuide(): Promise<Guide[]> {
  allGuides ??= loadGuides();
  return allGuides;
}

let siteGuides: Promise<Guide[]> | undefined;
const guidesByLocale = new Map<Locale, Promise<Guide[]>>();

/**
 * Every published guide in the languages this site publishes (a clinic's `locales`). Filtered once: every
 * guide page asks, and the same list each time lets what is worked out from it be kept (`versionsOf`).
 */
export function getSiteGuides(): Promise<Guide[]> {
  siteGuides ??= getEveryGuide().then((guides) => guides.filter((guide) => site.locales.includes(guide.locale)));
  return siteGuides;
}

/** `getStaticPaths` of a page built once per language of the site: `/faq/` and `/es/faq/`. */
export function localePaths(): { params: { lang: string | undefined } }[] {
  return site.locales.map((locale) => ({ params: { lang: langParam(locale) } }));
}

/** Every published guide in one language, in journey order (stages first, then topics). Filtered once per language. */
export function getAllGuides(locale: Locale = DEFAULT_LOCALE): Promise<Guide[]> {
  let guides = guidesByLocale.get(locale);
  if (!guides) {
    guides = getEveryGuide().then((every) => every.filter((guide) => guide.locale === locale));
    guidesByLocale.set(locale, guides);
  }
  return guides;
}

export async function getStageGuides(stage: StageId, locale: Locale = DEFAULT_LOCALE): Promise<Guide[]> {
  return (await getAllGuides(locale)).filter((guide) => guide.collection === stage);
}

export async function getJourneyGuides(locale: Locale = DEFAULT_LOCALE): Promise<Guide[]> {
  return (await getAllGuides(locale)).filter((guide) => isStageId(guide.collection));
}

export async function getTopicGuides(locale: Locale = DEFAULT_LOCALE): Promise<Guide[]> {
  return (await getAllGuides(locale)).filter((guide) => !isStageId(guide.collection));
}

/**
 * Every page that lists a section's guides, in each published language: each stage's (and the topics'
 * past the limit), numbered.
 */
export async function getGuideListPages(): Promise<{ locale: Locale; collection: GuideCollection; page: GuidePage<Guide> }[]> {
  const perLocale = await Promise.all(
    site.locales.map(async (locale) => {
      const all = await getAllGuides(locale);
      return GUIDE_COLLECTIONS.flatMap((collection) => {
        const guides = all.filter((guide) => guide.collection === collection);
        return hasListing(collection, guides.length) ? paginate(guides).map((page) => ({ locale, collection, page })) : [];
      });
    }),
  );
  return perLocale.flat();
}

/** Finds a guide by its `<collection>/<id>` address, as FAQ entries name them (`aftercare/es/primera-semana`). */
export async function findGuide(address: string): Promise<Guide | undefined> {
  return (await getEveryGuide()).find((guide) => `${guide.collection}/${guide.id}` === address);
}

export async function getReviewer(reference: { id: string }): Promise<Reviewer> {
  const entry = await getEntry('reviewers', reference.id);
  if (!entry) throw new Error(`Reviewer "${reference.id}" not found in content/reviewers/.`);
  return entry.data as Reviewer;
}

/** An entry of a data collection is in `locale` when its folder says so (`es/erythema`). */
const inLocale = (locale: Locale) => (entry: { id: string }) => entryLocale(entry.id).locale === locale;

export async function getGlossary(locale: Locale = DEFAULT_LOCALE) {
  return (await getCollection('glossary', inLocale(locale))).sort((a, b) => a.data.term.localeCompare(b.data.term, locale));
}

export async function getFaq(locale: Locale = DEFAULT_LOCALE) {
  return (await getCollection('faq', inLocale(locale))).sort((a, b) => a.data.order - b.data.order);
}

/**
 * The glossary entry id of a term in a language: `<Term id="erythema">` on a Spanish page is the entry
 * `es/erythema` (the same file name in `content/glossary/es/`).
 */
export function termEntryId(id: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? id : `${locale}/${id}`;
}

/** Patient words for the given glossary terms in a language, so a guide that uses a term is found by its other names. */
export async function getGlossaryAliases(ids: readonly string[], locale: Locale = DEFAULT_LOCALE): Promise<string[]> {
  const entries = await Promise.all(ids.map((id) => getEntry('glossary', termEntryId(id, locale))));
  return entries.flatMap((entry) => entry?.data.aliases ?? []);
}

/** The days before and after treatment, from the checklists and timelines of every published guide in a language. */
export async function getTreatmentPlan(locale: Locale = DEFAULT_LOCALE) {
  const guides = await getAllGuides(locale);
  return buildPlan(
    guides.map((guide) => ({
      title: guide.title,
      href: routes.guide(guide),
      checklist: guide.data.checklist,
      timeline: guide.data.timeline,
      sessions: guide.data.sessions,
    })),
    locale,
  );
}

/**
 * What a printed handout shows (undefined when the site has no guide for it): the days of the plan for its stage, the care cards (first week), and the
 * review dates and sources of every guide it draws on.
 */
async function handoutData(handout: Handout, locale: Locale) {
  const guides = await getAllGuides(locale);
  const plan = await getTreatmentPlan(locale);
  const before = handout.stage === 'consultation';
  const dayGuides = guides.filter((guide) => (before ? guide.data.checklist?.length : guide.data.timeline?.length));
  const cardGuide = before ? undefined : guides.find((guide) => guide.collection === CARE_CARDS_GUIDE.collection && translates(guide, CARE_CARDS_GUIDE.id));
  const used = [...dayGuides, ...(cardGuide && !dayGuides.includes(cardGuide) ? [cardGuide] : [])];
  if (used.length === 0) return undefined;
  return {
    days: before ? plan.before : plan.after,
    careCards: cardGuide ? careCardsIn(cardGuide.entry.body ?? '') : [],
    guides: used.map((guide) => ({ title: guide.title, href: routes.guide(guide) })),
    review: combinedReview(used.map((guide) => guide.data)),
    sources: uniqueSources(used.map((guide) => guide.data.sources)),
  };
}

/** A guide is `englishId` or its translation. */
function translates(guide: Guide, englishId: string): boolean {
  return guide.id === englishId || guide.data.translationOf === englishId;
}

/** A handout's path in each language the site prints it in (a language without its guides has none). */
export async function handoutVersions(id: HandoutId): Promise<Partial<Record<Locale, string>>> {
  const printed = await Promise.all(site.locales.map(async (locale) => ((await getHandouts(locale)).some((handout) => handout.id === id) ? [locale] : [])));
  return Object.fromEntries(printed.flat().map((locale) => [locale, routes.handout(id, locale)]));
}

/** The handouts this site can print in a language: those whose guides it publishes (a small or clinic site may have none). */
export async function getHandouts(locale: Locale = DEFAULT_LOCALE) {
  const all = await Promise.all(HANDOUTS.map(async (handout) => ({ handout, data: await handoutData(handout, locale) })));
  return all.flatMap(({ handout, data }) => (data ? [{ ...handout, ...handoutText(handout.id, locale), ...data }] : []));
}
