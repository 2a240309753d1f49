import { z } from 'astro/zod';
import type { StageId, GuideCollection } from '../lib/stages';
import { calendarDate, expecting, intRange, text } from './fields';
import { sourceSchema } from './source';

/** Limits that search engines and readers care about; the messages quote them. */
export const GUIDE_LIMITS = {
  titleMax: 70,
  descriptionMin: 50,
  descriptionMax: 160,
  summaryMax: 5,
  reviewIntervalYears: 3,
} as const;

/**
 * Fields every guide has. `reviewedBy` is passed in: Astro's `reference('reviewers')` inside the site,
 * a plain id check in the pre-build content check (which runs outside Astro's virtual modules).
 */
function baseShape(reviewedBy: z.ZodType) {
  return {
    /** Page title and h1; search engines cut titles longer than about 70 characters. */
    title: text('a title').max(GUIDE_LIMITS.titleMax, {
      error: (issue) =>
        `is too long: ${String(issue.input).length} characters, at most ${GUIDE_LIMITS.titleMax}. Shorten the title`,
    }),
    /** The meta description and the text under the title in lists. */
    description: text('a one-sentence description')
      .min(GUIDE_LIMITS.descriptionMin, {
        error: (issue) =>
          `is too short: ${String(issue.input).length} characters, at least ${GUIDE_LIMITS.descriptionMin}. Say what the reader will learn`,
      })
      .max(GUIDE_LIMITS.descriptionMax, {
        error: (issue) =>
          `is too long: ${String(issue.input).length} characters, at most ${GUIDE_LIMITS.descriptionMax}. Shorten it; search engines cut the rest`,
      }),
    /** Position within its stage, unique per stage (checked across files). */
    order: z.int({ error: expecting('a whole number, unique within the stage, that sets the reading order') }).min(0),
    /** 1–5 key points a reader takes away, shown in a box at the top. */
    summary: z
      .array(text('a key point'), { error: expecting('a list of 1 to 5 key points') })
      .min(1, { error: 'needs at least one key point' })
      .max(GUIDE_LIMITS.summaryMax, { error: `has more than ${GUIDE_LIMITS.summaryMax} key points; keep the most important` }),
    lastReviewed: calendarDate,
    nextReview: calendarDate,
    reviewedBy,
    /** Where the facts come from. */
    sources: z.array(sourceSchema, { error: expecting('a list of sources, each with title, publisher, url and year') }).min(1, { error: 'needs at least one source' }),
    /** Words patients use for this topic ("numbing cream"); indexed for search, not shown. */
    aliases: z.array(text('an alias')).default([]),
    /** A draft is built in development only. */
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    /** A translation: the English entry id it translates, who translated it and when the translation was last reviewed. */
    translationOf: text('the id of the English guide this translates').optional(),
    translatedBy: reviewedBy.optional(),
    translationReviewed: calendarDate.optional(),
  };
}

const stageShapes = {
  consultation: {
    /** Things to do before treatment; `daysBefore: 0` is the morning of treatment. */
    checklist: z
      .array(
        z.strictObject({
          daysBefore: z.int({ error: expecting('a whole number of days before treatment (0 = the morning of)') }).min(0),
          action: text('what to do'),
        }),
      )
      .optional(),
  },
  procedure: {
    /** How long the appointment takes, in minutes. */
    durationMinutes: intRange('minutes').optional(),
  },
  aftercare: {
    /** Day-by-day care; `dayAfter: 0` is the treatment day. */
    timeline: z
      .array(
        z.strictObject({
          dayAfter: z.int({ error: expecting('a whole number of days after treatment (0 = treatment day)') }).min(0),
          do: z.array(text('something to do')).default([]),
          avoid: z.array(text('something to avoid')).default([]),
        }),
      )
      .optional(),
  },
  maintenance: {
    /** How many sessions, and how far apart. */
    sessions: z
      .strictObject({ count: intRange('sessions'), intervalWeeks: intRange('weeks') })
      .optional(),
  },
  topics: {},
} satisfies Record<GuideCollection, z.ZodRawShape>;

function withReviewRules<T extends z.ZodType<{ lastReviewed: Date; nextReview: Date }>>(schema: T) {
  return schema.superRefine((data, ctx) => {
    const { lastReviewed, nextReview } = data;
    const latest = new Date(lastReviewed);
    latest.setUTCFullYear(latest.getUTCFullYear() + GUIDE_LIMITS.reviewIntervalYears);
    if (nextReview <= lastReviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `(${isoDate(nextReview)}) must be after lastReviewed (${isoDate(lastReviewed)}). Set the date the page is next due for review`,
      });
    } else if (nextReview > latest) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `(${isoDate(nextReview)}) is more than ${GUIDE_LIMITS.reviewIntervalYears} years after lastReviewed (${isoDate(lastReviewed)}). Review medical pages at least every ${GUIDE_LIMITS.reviewIntervalYears} years`,
      });
    }
  });
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The frontmatter schema of one guide collection. */
export function guideSchema(collection: GuideCollection, reviewedBy: z.ZodType) {
  return withReviewRules(z.strictObject({ ...baseShape(reviewedBy), ...stageShapes[collection] }));
}

/** Field names a guide of this collection accepts, for "did you mean" hints. */
export function guideFields(collection: GuideCollection): string[] {
  return [...Object.keys(baseShape(z.string())), ...Object.keys(stageShapes[collection])];
}

export type GuideData = z.infer<ReturnType<typeof guideSchema>> & {
  checklist?: { daysBefore: number; action: string }[];
  durationMinutes?: { min: number; max: number };
  timeline?: { dayAfter: number; do: string[]; avoid: string[] }[];
  sessions?: { count: { min: number; max: number }; intervalWeeks: { min: number; max: number } };
};

export type { StageId };
