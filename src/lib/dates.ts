/** Formats a review date for readers, e.g. "22 November 2026". Dates are calendar dates, so UTC. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** YYYY-MM-DD, for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar date written YYYY-MM-DD, as a UTC date; undefined for anything else, 2026-02-30 included. */
export function parseIsoDate(value: string): Date | undefined {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return undefined;
  const date = new Date(`${trimmed}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === trimmed ? date : undefined;
}

/** Names the day review deadlines are checked against, as YYYY-MM-DD; today when unset. */
export const REVIEW_DATE_ENV = 'REVIEW_DATE';

/**
 * The day a build checks review dates against: `REVIEW_DATE` when set (to ask "will this still build on
 * 1 March?", and so the tests do not turn red when the calendar passes a fixture's review date), else today.
 */
export function reviewDate(value: string | undefined, now: Date = new Date()): Date {
  if (value === undefined || value.trim() === '') return now;
  const date = parseIsoDate(value);
  if (!date) throw new Error(`${REVIEW_DATE_ENV}="${value}" is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-01, or leave it unset for today.`);
  return date;
}
