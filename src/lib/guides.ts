import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { GUIDE_COLLECTIONS, isStageId, type GuideCollection, type StageId } from './stages';
import { sortGuides, type GuideRef } from './journey';
import { routes } from './routes';
import { buildPlan } from './treatment-plan';
import { CARE_CARDS_GUIDE, HANDOUTS, careCardsIn, combinedReview, handoutText, uniqueSources, type Handout } from './handouts';
import type { GuideData } from '../schemas/guide';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import type { Reviewer } from '../schemas/reviewer';

/** A guide page: its navigation fields, its validated frontmatter and the entry to render. */
export interface Guide extends GuideRef {
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
        return { collection, id: entry.id, title: data.title, description: data.description, order: data.order, data, entry };
      });
    }),
  );
  return sortGuides(lists.flat());
}

/** Every published guide in journey order (stages first, then topics). Queried once per build. */
export function getAllGuides(): Promise<Guide[]> {
  allGuides ??= loadGuides();
  return allGuides;
}

export async function getStageGuides(stage: StageId): Promise<Guide[]> {
  return (await getAllGuides()).filter((guide) => guide.collection === stage);
}

export async function getJourneyGuides(): Promise<Guide[]> {
  return (await getAllGuides()).filter((guide) => isStageId(guide.collection));
}

export async function getTopicGuides(): Promise<Guide[]> {
  return (await getAllGuides()).filter((guide) => !isStageId(guide.collection));
}

/** Finds a guide by its `<collection>/<id>` address, as FAQ entries name them. */
export async function findGuide(address: string): Promise<Guide | undefined> {
  return (await getAllGuides()).find((guide) => `${guide.collection}/${guide.id}` === address);
}

export async function getReviewer(reference: { id: string }): Promise<Reviewer> {
  const entry = await getEntry('reviewers', reference.id);
  if (!entry) throw new Error(`Reviewer "${reference.id}" not found in content/reviewers/.`);
  return entry.data as Reviewer;
}

export async function getGlossary() {
  return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term));
}

export async function getFaq() {
  return (await getCollection('faq')).sort((a, b) => a.data.order - b.data.order);
}

/** Patient words for the given glossary terms, so a guide that uses a term is found by its other names. */
export async function getGlossaryAliases(ids: readonly string[]): Promise<string[]> {
  const entries = await Promise.all(ids.map((id) => getEntry('glossary', id)));
  return entries.flatMap((entry) => entry?.data.aliases ?? []);
}

/** The days before and after treatment, from the checklists and timelines of every published guide; day labels in `locale`. */
export async function getTreatmentPlan(locale: Locale = DEFAULT_LOCALE) {
  const guides = await getAllGuides();
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
  const guides = await getAllGuides();
  const plan = await getTreatmentPlan(locale);
  const before = handout.stage === 'consultation';
  const dayGuides = guides.filter((guide) => (before ? guide.data.checklist?.length : guide.data.timeline?.length));
  const cardGuide = before ? undefined : guides.find((guide) => guide.collection === CARE_CARDS_GUIDE.collection && guide.id === CARE_CARDS_GUIDE.id);
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

/** The handouts this site can print: those whose guides it publishes (a small or clinic site may have none). Words in `locale`. */
export async function getHandouts(locale: Locale = DEFAULT_LOCALE) {
  const all = await Promise.all(HANDOUTS.map(async (handout) => ({ handout, data: await handoutData(handout, locale) })));
  return all.flatMap(({ handout, data }) => (data ? [{ ...handout, ...handoutText(handout.id, locale), ...data }] : []));
}
