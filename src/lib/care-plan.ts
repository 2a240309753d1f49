/** Labels for the preparation checklist and the aftercare timeline, derived from day counts. */
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';

const DAYS_IN_WEEK = 7;

/** "On the morning of your treatment", "The day before", "2 weeks before", "3 days before". */
export function daysBeforeLabel(days: number, locale: Locale): string {
  if (days === 0) return t(locale, 'day.morningOf');
  if (days === 1) return t(locale, 'day.dayBefore');
  if (days % DAYS_IN_WEEK === 0) {
    const weeks = days / DAYS_IN_WEEK;
    return weeks === 1 ? t(locale, 'day.weekBefore') : t(locale, 'day.weeksBefore', { weeks });
  }
  return t(locale, 'day.daysBefore', { days });
}

/** "Treatment day", "Day 1 (the day after)", "Day 3". */
export function dayAfterLabel(day: number, locale: Locale): string {
  if (day === 0) return t(locale, 'day.treatment');
  if (day === 1) return t(locale, 'day.first');
  return t(locale, 'day.nth', { day });
}

/** Groups items by a day count, in the order a patient meets them. */
export function groupByDay<T>(items: readonly T[], day: (item: T) => number, direction: 'countdown' | 'countup'): [number, T[]][] {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(day(item), [...(groups.get(day(item)) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => (direction === 'countdown' ? b - a : a - b));
}
