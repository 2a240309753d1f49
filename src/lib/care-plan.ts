/** Labels for the preparation checklist and the aftercare timeline, derived from day counts. */

const DAYS_IN_WEEK = 7;

/** "On the morning of your treatment", "The day before", "2 weeks before", "3 days before". */
export function daysBeforeLabel(days: number): string {
  if (days === 0) return 'On the morning of your treatment';
  if (days === 1) return 'The day before';
  if (days % DAYS_IN_WEEK === 0) {
    const weeks = days / DAYS_IN_WEEK;
    return weeks === 1 ? '1 week before' : `${weeks} weeks before`;
  }
  return `${days} days before`;
}

/** "Treatment day", "Day 1 (the day after)", "Day 3". */
export function dayAfterLabel(day: number): string {
  if (day === 0) return 'Treatment day';
  if (day === 1) return 'Day 1 (the day after)';
  return `Day ${day}`;
}

/** Groups items by a day count, in the order a patient meets them. */
export function groupByDay<T>(items: readonly T[], day: (item: T) => number, direction: 'countdown' | 'countup'): [number, T[]][] {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(day(item), [...(groups.get(day(item)) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => (direction === 'countdown' ? b - a : a - b));
}
