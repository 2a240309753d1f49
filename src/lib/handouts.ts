import { CARE_LEVELS, type CareLevel } from './care-card';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import type { StageId } from './stages';

/**
 * The printable one-page handouts. Each belongs to a stage (its stage page links to it) and is built from
 * frontmatter the guides already hold, so a guide edit reaches the handout too. Their title and intro are
 * interface strings (`handout.<id>.title`, `.intro`): `handoutText()`.
 */
export const HANDOUTS = [
  { id: 'getting-ready', stage: 'consultation' },
  { id: 'first-week', stage: 'aftercare' },
] as const satisfies readonly { id: string; stage: StageId }[];

export type Handout = (typeof HANDOUTS)[number];
export type HandoutId = Handout['id'];

/** A handout's title and the line under it, in `locale`. */
export function handoutText(id: HandoutId, locale: Locale): { title: string; intro: string } {
  return { title: t(locale, `handout.${id}.title`), intro: t(locale, `handout.${id}.intro`) };
}

/** The aftercare guide whose care cards the "first week" handout prints: the one about warning signs. */
export const CARE_CARDS_GUIDE = { collection: 'aftercare', id: 'warning-signs' } as const;

/** One `<CareCard>` of a guide's MDX source: its level and its bullet points as plain text. */
export interface CareCardContent {
  level: CareLevel;
  bullets: string[];
}

/** Markdown and MDX tags dropped, so a bullet prints as plain words. */
function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The care cards of a guide's MDX body, in page order (the content check has already validated them). */
export function careCardsIn(mdxBody: string): CareCardContent[] {
  const isLevel = (value: string | undefined): value is CareLevel => (CARE_LEVELS as readonly (string | undefined)[]).includes(value);
  return [...mdxBody.matchAll(/<CareCard\s+level=["']([a-z-]+)["']\s*>([\s\S]*?)<\/CareCard>/g)].flatMap(([, level, inner]) =>
    isLevel(level)
      ? [
          {
            level,
            bullets: (inner ?? '')
              .split('\n')
              .filter((line) => /^\s*[-*]\s+/.test(line))
              .map((line) => plainText(line.replace(/^\s*[-*]\s+/, ''))),
          },
        ]
      : [],
  );
}

/** Review dates of a handout built from several guides: the latest review, the soonest next one. */
export function combinedReview(guides: readonly { lastReviewed: Date; nextReview: Date }[]): { lastReviewed: Date; nextReview: Date } {
  if (guides.length === 0) throw new Error('A handout needs at least one guide to take its review dates from.');
  const times = (pick: (guide: { lastReviewed: Date; nextReview: Date }) => Date) => guides.map((guide) => pick(guide).getTime());
  return { lastReviewed: new Date(Math.max(...times((guide) => guide.lastReviewed))), nextReview: new Date(Math.min(...times((guide) => guide.nextReview))) };
}

/** Sources of several guides, each URL once, in first-cited order. */
export function uniqueSources<T extends { url: string }>(lists: readonly (readonly T[])[]): T[] {
  return [...new Map(lists.flat().map((source) => [source.url, source])).values()];
}
