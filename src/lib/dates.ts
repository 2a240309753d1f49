/** One formatter per language: making one costs far more than formatting with it, and every page shows dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a review date for readers, e.g. "22 November 2026". Dates are calendar dates, so UTC. */
export function formatDate(date: Date, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
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

const MONTH_NAMES = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month, 1))),
);

/** How many days a month (1–12) of a year has: February has 29 in leap years. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why a value written YYYY-MM-DD is not a calendar date ("22 is not a month…"), so the author is told
 * what is wrong rather than the format they already used; undefined when it is a date or is not written
 * YYYY-MM-DD at all (then the format is the problem).
 */
export function whyNotADate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) {
    // Day and month swapped (2026-22-11) is the usual cause: name the date that was probably meant.
    const swapped = day >= 1 && day <= 12 && month >= 1 && month <= daysIn(year, day) ? `; for ${month} ${MONTH_NAMES[day - 1]} write ${match[1]}-${match[3]}-${match[2]}` : '';
    return `${month} is not a month. Write the date as YYYY-MM-DD, the month (01 to 12) before the day${swapped}`;
  }
  const days = daysIn(year, month);
  if (day >= 1 && day <= days) return undefined;
  const leap = month === 2 && day === 29 ? ` (${year} is not a leap year)` : '';
  const why = day < 1 ? `${day} is not a day: days start at 01` : `${day} is not a day of ${MONTH_NAMES[month - 1]} ${year}, which has ${days} days${leap}`;
  return `${why}. Use a day from 01 to ${days}`;
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
