import { visit } from 'unist-util-visit';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { CARE_LEVELS } from '../lib/care-card';
import { oncePer } from '../lib/once-per';
import type { ContentProblem } from '../lib/friendly-errors';
import { signIn, type Sign } from '../schemas/sign';
import { LOCALES, type Locale } from '../i18n/locales';
import { withoutAccents } from './languages';
import { nodesOfType } from './mdx-nodes';

/** Where the signs are listed, relative to the content folder; messages name it. */
export const SIGNS_FILE = 'signs.yaml';

/** One bullet of a `<CareCard>`, where it is and which card level it sits in. */
export interface CareCardItem {
  /** The guide, as messages name it. */
  file: string;
  line: number | undefined;
  /** Line of the `<CareCard>` the item is in. */
  cardLine: number | undefined;
  /** The level written on the card (unchecked: the guide gates report a missing or unknown level). */
  level: string | undefined;
  text: string;
  /** The guide's language: the item names a sign with that language's phrases. */
  locale: Locale;
}

/**
 * Lower case without accents, every run of other characters than letters and digits as one space, padded:
 * whole-word `includes` matches, in any language ("convulsion" matches "convulsión").
 */
function words(text: string): string {
  return ` ${withoutAccents(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The bullets of every `<CareCard>` in a guide's tree, in order. */
export function careCardItems(file: string, tree: Root, locale: Locale = 'en'): CareCardItem[] {
  const items: CareCardItem[] = [];
  for (const card of nodesOfType(tree, 'mdxJsxFlowElement')) {
    if (card.name !== 'CareCard') continue;
    const level = card.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'level')?.value;
    visit(card, 'listItem', (item) => {
      items.push({
        file,
        line: item.position?.start.line,
        cardLine: card.position?.start.line,
        level: typeof level === 'string' ? level : undefined,
        text: mdastToString(item).trim(),
        locale,
      });
    });
  }
  return items;
}

/**
 * Each sign's phrases in each language as `words`, worked out once per list of signs: the check asks for every
 * care card item of every guide (at 1,000 guides, a tenth of a second of each build went to doing it again).
 */
const phraseWords = oncePer(
  (signs: readonly Sign[]) => new Map(LOCALES.map((locale) => [locale, signs.map((sign) => (signIn(sign, locale)?.phrases ?? []).map(words))])),
);

/**
 * The signs each item text names, per list of signs, by language and text: guides repeat the same care card
 * items, and the check asks about every item of every guide on every build (0.16 s at 1,000 guides, before
 * Astro starts, when each was worked out again).
 */
const namedBefore = oncePer((_signs: readonly Sign[]) => new Map<string, readonly Sign[]>());

/** The signs a care card item names: those with a phrase of the item's language that appears in it as whole words. */
export function signsIn(text: string, signs: readonly Sign[], locale: Locale = 'en'): readonly Sign[] {
  const named = namedBefore(signs);
  const key = `${locale}\n${text}`;
  let found = named.get(key);
  if (!found) {
    const item = words(text);
    const phrases = phraseWords(signs).get(locale)!;
    found = signs.filter((_, index) => phrases[index]!.some((phrase) => item.includes(phrase)));
    named.set(key, found);
  }
  return found;
}

/** Phrases given to two signs make an item's sign ambiguous; each phrase belongs to one sign, in each language. */
export function sharedPhrases(signs: readonly Sign[], signsFile: string, locale: Locale = 'en'): ContentProblem[] {
  const owner = new Map<string, string>();
  const problems: ContentProblem[] = [];
  const field = locale === 'en' ? 'phrases' : `${locale}.phrases`;
  signs.forEach((sign, index) => {
    for (const phrase of signIn(sign, locale)?.phrases ?? []) {
      const key = words(phrase);
      const first = owner.get(key);
      if (first && first !== sign.id) {
        problems.push({
          file: signsFile,
          field: `[${index + 1}].${field}`,
          message: `"${phrase}" is also a phrase of the sign "${first}". Give each phrase to one sign`,
        });
      } else {
        owner.set(key, sign.id);
      }
    }
  });
  return problems;
}

/**
 * One card of each level per page: two cards of one level carry the same heading, so screen readers would
 * list two regions with the same name. Reports the second and later cards.
 */
export function oneCardPerLevel(items: readonly CareCardItem[]): ContentProblem[] {
  const firstCard = new Map<string, number | undefined>();
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const item of items) {
    const key = `${item.file}\n${item.level}`;
    const first = firstCard.get(key);
    if (!firstCard.has(key)) {
      firstCard.set(key, item.cardLine);
    } else if (first !== item.cardLine && !reported.has(`${item.file}\n${item.cardLine}`)) {
      reported.add(`${item.file}\n${item.cardLine}`);
      problems.push({
        file: item.file,
        line: item.cardLine,
        message: `has a second <CareCard level="${item.level}"> (the first is on line ${first}). Put all ${item.level} signs of the page in one card`,
      });
    }
  }
  return problems;
}

/**
 * One sign, one urgency: every care card item must name a sign listed in the signs file, and sit in a card
 * of that sign's level. Since each sign has exactly one level there, no sign can be urgent on one page and
 * non-urgent on another (or in a clinic's own guide). Also one card of each level per page. `signsFile` is
 * how messages name the signs file.
 */
export function checkSignUrgency(items: readonly CareCardItem[], signs: readonly Sign[], signsFile: string): ContentProblem[] {
  const problems = oneCardPerLevel(items);
  for (const item of items) {
    const named = signsIn(item.text, signs, item.locale);
    if (named.length === 0) {
      const phrases = item.locale === 'en' ? 'the words of a listed sign' : `the ${item.locale}.phrases of a listed sign`;
      problems.push({
        file: item.file,
        line: item.line,
        message: `"${item.text}" names no sign in ${signsFile}. Use ${phrases}, or add the sign there with its level and source`,
      });
      continue;
    }
    // A card without a known level is reported by the guide gates; which level it should have is unknown.
    if (!(CARE_LEVELS as readonly (string | undefined)[]).includes(item.level)) continue;
    const misplaced = named.find((sign) => sign.level !== item.level);
    if (misplaced) {
      problems.push({
        file: item.file,
        line: item.line,
        message: `"${item.text}" is the sign "${signIn(misplaced, item.locale)!.wording}", which is ${misplaced.level} in ${signsFile}; put it in ${/^[aeiou]/.test(misplaced.level) ? 'an' : 'a'} ${misplaced.level} care card`,
      });
    }
  }
  return problems;
}
