/** Formats a review date for readers, e.g. "22 November 2026". Dates are calendar dates, so UTC. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** YYYY-MM-DD, for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
