import type { Clinic } from '../schemas/clinic';
import { isoDate, parseIsoDate } from './dates';
import type { ContentProblem } from './friendly-errors';
import { didYouMean } from './suggest';

/** What `review:` in clinic.yaml says: who reviewed the default guides, and when, for all or per guide. */
export type ClinicReview = NonNullable<Clinic['review']>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day the clinic's reviewer reviewed a guide (`<stage>/<id>`), or undefined when the review does not cover it. */
export function reviewDateFor(review: ClinicReview, address: string): Date | undefined {
  return review.guides[address] ?? review.date;
}

export interface ReviewContext {
  /** `<stage>/<id>` of every default guide the clinic publishes (hidden and replaced ones left out). */
  defaultGuides: readonly string[];
  /** The day review dates are checked against (REVIEW_DATE or today). */
  today: Date;
}

/**
 * The clinic's review names one of its own practitioners, dates that are not in the future, and default
 * guides the clinic publishes; each problem names its field.
 */
export function reviewProblems(clinic: Clinic, file: string, context: ReviewContext): ContentProblem[] {
  const review = clinic.review;
  if (!review) return [];
  const problems: ContentProblem[] = [];
  const practitioners = Object.keys(clinic.practitioners);
  if (!practitioners.includes(review.by)) {
    problems.push({
      file,
      field: 'review.by',
      message: `names "${review.by}", who is not among practitioners.${didYouMean(review.by, practitioners)} Add them under practitioners, or use one of: ${practitioners.join(', ') || '(none yet)'}`,
    });
  }
  const future = (field: string, date: Date) => {
    if (date.getTime() > context.today.getTime()) {
      problems.push({ file, field, message: `is ${isoDate(date)}, after today (${isoDate(context.today)}). Write the day the review took place` });
    }
  };
  if (review.date) future('review.date', review.date);
  for (const [address, date] of Object.entries(review.guides)) {
    if (!context.defaultGuides.includes(address)) {
      problems.push({
        file,
        field: `review.guides.${address}`,
        message: `is not a default guide this clinic publishes.${didYouMean(address, context.defaultGuides)} Name one as <stage>/<id>; your own guides carry their reviewer themselves`,
      });
      continue;
    }
    future(`review.guides.${address}`, date);
  }
  return problems;
}

/** The frontmatter block of an MDX source: its text and where it ends. */
function frontmatter(source: string): { text: string; end: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  return match ? { text: match[1]!, end: match[0].length } : undefined;
}

function dateField(text: string, name: string): Date | undefined {
  const value = new RegExp(`^${name}:\\s*["']?([0-9-]+)["']?\\s*$`, 'm').exec(text)?.[1];
  return value ? parseIsoDate(value) : undefined;
}

export type ReviewOutcome =
  | { kind: 'applied'; source: string }
  /** The guide was revised after the clinic's review: it keeps its default reviewer, and the build says so. */
  | { kind: 'outdated'; revised: Date; reviewed: Date }
  | { kind: 'unreadable' };

/**
 * A default guide as the clinic's reviewer reviewed it: `reviewedBy` becomes them, `lastReviewed` their
 * date, and `nextReview` that date plus the guide's own review interval, so review expiry still applies.
 * A guide revised after their review keeps its default reviewer: the clinic reviewed an older text.
 */
export function applyClinicReview(source: string, reviewer: string, reviewed: Date): ReviewOutcome {
  const block = frontmatter(source);
  const lastReviewed = block && dateField(block.text, 'lastReviewed');
  const nextReview = block && dateField(block.text, 'nextReview');
  if (!block || !lastReviewed || !nextReview || !/^reviewedBy:/m.test(block.text)) return { kind: 'unreadable' };
  if (lastReviewed.getTime() > reviewed.getTime()) return { kind: 'outdated', revised: lastReviewed, reviewed };
  const interval = Math.round((nextReview.getTime() - lastReviewed.getTime()) / DAY_MS);
  const next = new Date(reviewed.getTime() + interval * DAY_MS);
  const text = block.text
    .replace(/^reviewedBy:.*$/m, `reviewedBy: ${reviewer}`)
    .replace(/^lastReviewed:.*$/m, `lastReviewed: ${isoDate(reviewed)}`)
    .replace(/^nextReview:.*$/m, `nextReview: ${isoDate(next)}`);
  return { kind: 'applied', source: `---\n${text}\n---\n${source.slice(block.end)}` };
}
