import type { Locale } from '../i18n/locales';
import { STAGE_IDS, TOPICS_COLLECTION, type GuideCollection } from './stages';
import { sectionLabel } from './seo';

/** A titled group of a reference page (the FAQ, the glossary), with the id its jump link points to. */
export interface Group<T> {
  id: string;
  label: string;
  items: T[];
}

/** Sections in the order a patient meets them: deciding first, then the four stages. */
const SECTION_ORDER: readonly GuideCollection[] = [TOPICS_COLLECTION, ...STAGE_IDS];

/**
 * FAQ questions grouped by the section of the guide that answers them, in journey order, each group in the
 * questions' own order. Empty sections are left out, so the jump list only offers groups that exist.
 */
export function faqGroups<T extends { order: number; guide: { collection: GuideCollection } }>(entries: readonly T[], locale: Locale): Group<T>[] {
  return SECTION_ORDER.map((collection) => ({
    id: `faq-${collection}`,
    label: sectionLabel(collection, locale),
    items: entries.filter((entry) => entry.guide.collection === collection).sort((a, b) => a.order - b.order),
  })).filter((group) => group.items.length > 0);
}

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The A–Z letter a word is filed under: its first letter, accents dropped; digits and signs under "#". */
export function letterOf(word: string): string {
  const first = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().charAt(0).toUpperCase();
  return ALPHABET.includes(first) ? first : '#';
}

/** Glossary terms filed by letter, A to Z (then "#"), each letter's terms alphabetical. */
export function alphabetGroups<T>(items: readonly T[], word: (item: T) => string): Group<T>[] {
  const letters = [...ALPHABET, '#'];
  return letters
    .map((letter) => ({
      id: `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`,
      label: letter,
      items: items.filter((item) => letterOf(word(item)) === letter).sort((a, b) => word(a).localeCompare(word(b))),
    }))
    .filter((group) => group.items.length > 0);
}
