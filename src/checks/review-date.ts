import { CONTENT_RULES } from '../lib/content-rules';
import { isoDate } from '../lib/dates';
import type { SiteGate } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An overdue review stops the build; one falling due within the warning window is a warning. */
export const reviewDateGate: SiteGate = ({ file, data }, context, { problems, warnings }) => {
  const reviewer = context.reviewerNames.get((data.reviewedBy as { id?: string }).id ?? String(data.reviewedBy)) ?? 'the reviewer';
  const daysLeft = Math.floor((data.nextReview.getTime() - context.today.getTime()) / DAY_MS);
  if (daysLeft < 0) {
    problems.push({
      file,
      field: 'nextReview',
      message: `was ${isoDate(data.nextReview)}: the review is overdue. Ask ${reviewer} to review "${data.title}", then update lastReviewed and nextReview`,
    });
  } else if (daysLeft <= CONTENT_RULES.reviewWarningDays) {
    warnings.push({
      file,
      field: 'nextReview',
      message: `is ${isoDate(data.nextReview)}, in ${daysLeft} days. Ask ${reviewer} to review "${data.title}" soon`,
    });
  }
};
