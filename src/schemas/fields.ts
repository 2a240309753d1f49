import { z } from 'astro/zod';
import { parseIsoDate, whyNotADate } from '../lib/dates';

/**
 * An error message for a field of the wrong type that says "is missing" when the field is absent,
 * so authors are told to add it rather than that `undefined` has the wrong type.
 */
export const expecting =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `is missing. Add ${what}` : `must be ${what}`;

const expectingDate = expecting('a date written as YYYY-MM-DD, for example 2026-03-01');

/**
 * A calendar date written as YYYY-MM-DD. YAML loaders differ (Astro's turns dates into Date objects, the
 * `yaml` package keeps strings), so both are accepted and a string must be a real ISO date. A string in
 * the right form that is no date is told why ("22 is not a month"), not the form it already has.
 */
export const calendarDate = z.preprocess(
  (value) => (typeof value === 'string' ? (parseIsoDate(value) ?? value) : value),
  z.date({
    error: (issue) => {
      const why = typeof issue.input === 'string' ? whyNotADate(issue.input) : undefined;
      return why ? `is not a date (found "${String(issue.input)}"): ${why}` : expectingDate(issue);
    },
  }),
);

/** Plain text that must not be empty. */
export const text = (what: string) =>
  z.string({ error: expecting(what) }).trim().min(1, { error: `is empty. Write ${what}` });

/** An inclusive whole-number range such as `{ min: 2, max: 4 }`. */
export const intRange = (unit: string) =>
  z
    .strictObject({
      min: z.int({ error: expecting(`the smallest number of ${unit}, as a whole number`) }).min(0),
      max: z.int({ error: expecting(`the largest number of ${unit}, as a whole number`) }).min(0),
    })
    .refine((range) => range.min <= range.max, { error: 'min must not be larger than max' });
