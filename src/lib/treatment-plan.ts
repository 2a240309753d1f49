import type { DateArray, EventAttributes, HeaderAttributes } from 'ics';
import { dayAfterLabel, daysBeforeLabel, groupByDay } from './care-plan';
import { isoDate, parseIsoDate } from './dates';
import { fill } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { template, type StringKey } from '../i18n/t';

/** One thing to do (or not to do) on a day of the plan. */
export interface PlanItem {
  kind: 'do' | 'avoid';
  text: string;
}

/** A guide that explains a day's steps. */
export interface PlanGuide {
  title: string;
  href: string;
}

/**
 * One day of a patient's plan: days from treatment (negative before it, 0 the day itself), what to do, and
 * the guides (once each) that explain it.
 */
export interface PlanDay {
  phase: 'before' | 'after';
  offset: number;
  label: string;
  items: PlanItem[];
  guides: PlanGuide[];
}

/** What the plan is made from: the consultation checklists and aftercare timelines in guide frontmatter. */
export interface PlanSource {
  title: string;
  href: string;
  checklist?: readonly { daysBefore: number; action: string }[];
  timeline?: readonly { dayAfter: number; do: readonly string[]; avoid: readonly string[] }[];
  /** Maintenance guides: how many sessions and how far apart (`sessions` frontmatter). */
  sessions?: { intervalWeeks: { min: number; max: number } };
}

/** When the next session usually falls: days after treatment, from the maintenance `sessions` interval. */
export interface FollowUpWindow {
  fromDays: number;
  toDays: number;
  fromWeeks: number;
  toWeeks: number;
  guide: PlanGuide;
}

/** The follow-up window of the first guide that gives a session interval; none when no guide does. */
export function followUpWindow(sources: readonly PlanSource[]): FollowUpWindow | undefined {
  const source = sources.find((candidate) => candidate.sessions);
  if (!source?.sessions) return undefined;
  const { min, max } = source.sessions.intervalWeeks;
  return { fromDays: min * 7, toDays: max * 7, fromWeeks: min, toWeeks: max, guide: { title: source.title, href: source.href } };
}

/**
 * The days before and after treatment, in the order a patient meets them, built from every guide's
 * frontmatter: the same lists `<Checklist />` and `<Timeline />` show, so there is one source of truth.
 */
export function buildPlan(sources: readonly PlanSource[], locale: Locale): { before: PlanDay[]; after: PlanDay[]; followUp?: FollowUpWindow } {
  type Dated = { day: number; item: PlanItem; guide: PlanGuide };
  const dated = (source: PlanSource, day: number, kind: PlanItem['kind'], text: string): Dated => ({
    day,
    item: { kind, text },
    guide: { title: source.title, href: source.href },
  });
  const before = sources.flatMap((source) => (source.checklist ?? []).map((item) => dated(source, item.daysBefore, 'do', item.action)));
  const after = sources.flatMap((source) =>
    (source.timeline ?? []).flatMap((entry) => [
      ...entry.do.map((text) => dated(source, entry.dayAfter, 'do', text)),
      ...entry.avoid.map((text) => dated(source, entry.dayAfter, 'avoid', text)),
    ]),
  );
  const days = (entries: Dated[], phase: PlanDay['phase']) =>
    groupByDay(entries, (entry) => entry.day, phase === 'before' ? 'countdown' : 'countup').map(([day, group]): PlanDay => ({
      phase,
      offset: phase === 'before' ? -day : day,
      label: phase === 'before' ? daysBeforeLabel(day, locale) : dayAfterLabel(day, locale),
      items: group.map((entry) => entry.item),
      guides: [...new Map(group.map((entry) => [entry.guide.href, entry.guide])).values()],
    }));
  const followUp = followUpWindow(sources);
  return { before: days(before, 'before'), after: days(after, 'after'), ...(followUp ? { followUp } : {}) };
}

/** A treatment date as `<input type="date">` gives it (YYYY-MM-DD), as a UTC calendar date. */
export const parseTreatmentDate = parseIsoDate;

/** The calendar date `days` after `date` (before it when negative). UTC, so clock changes never shift a day. */
export function shiftDate(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

/** "Thursday 3 December 2026" (en-GB) or "Thursday, December 3, 2026" (en-US). */
export function formatPlanDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** The calendar file's header: who made it and the name calendars show for it. */
export const planCalendarHeader = (siteName: string): HeaderAttributes => ({ productId: 'microneedling-guide', calName: siteName });

const dateArray = (date: Date): DateArray => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];

/**
 * The words the plan tool writes in the browser (dates, messages, the calendar file), as string keys. The page
 * hands their text to the script (`data-plan-text`), so the script bundles no string table; placeholders stay
 * in (`eventTitle` "Micro-needling: {day}", `bookBetween` "… {from} and {to}.") and the script fills them.
 */
const PLAN_TEXT_KEYS = {
  do: 'plan.do',
  avoid: 'plan.avoid',
  readMore: 'plan.readMore',
  eventTitle: 'plan.eventTitle',
  eventFollowClinic: 'plan.eventFollowClinic',
  bookBetween: 'plan.bookBetween',
  showing: 'plan.showing',
  calendarFailed: 'plan.calendarFailed',
  calendarDownloading: 'plan.calendarDownloading',
  calendarFile: 'plan.calendarFile',
} as const satisfies Record<string, StringKey>;

export type PlanText = Record<keyof typeof PLAN_TEXT_KEYS, string>;

/** The plan tool's words in `locale`. */
export function planText(locale: Locale): PlanText {
  return Object.fromEntries(Object.entries(PLAN_TEXT_KEYS).map(([field, key]) => [field, template(locale, key)])) as PlanText;
}

/** Text of one calendar entry: what to do, then what to avoid, then where to read more. */
function eventDescription(day: PlanDay, siteUrl: string, text: PlanText): string {
  const lines = (kind: PlanItem['kind'], heading: string) => {
    const items = day.items.filter((item) => item.kind === kind);
    return items.length > 0 ? [heading, ...items.map((item) => `- ${item.text}`)] : [];
  };
  return [
    ...lines('do', text.do),
    ...lines('avoid', text.avoid),
    text.readMore,
    ...day.guides.map((guide) => `- ${guide.title}: ${new URL(guide.href, siteUrl).href}`),
    text.eventFollowClinic,
  ].join('\n');
}

/**
 * One all-day calendar entry per day of the plan. Entry ids derive from the date and the day, so adding the
 * same plan twice updates the entries instead of doubling them.
 */
export function planEvents(days: readonly PlanDay[], treatment: Date, site: { url: string }, text: PlanText): EventAttributes[] {
  const host = new URL(site.url).hostname;
  const treatmentDay = isoDate(treatment);
  return days.map((day) => {
    const date = shiftDate(treatment, day.offset);
    return {
      start: dateArray(date),
      end: dateArray(shiftDate(date, 1)),
      title: fill(text.eventTitle, { day: `${day.label.charAt(0).toLowerCase()}${day.label.slice(1)}` }),
      description: eventDescription(day, site.url, text),
      uid: `plan-${treatmentDay}-${day.phase}-${Math.abs(day.offset)}@${host}`,
      transp: 'TRANSPARENT',
    };
  });
}
