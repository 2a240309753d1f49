import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { formatProblem } from '../../src/lib/friendly-errors';
import { whyNotADate } from '../../src/lib/dates';
import { closest } from '../../src/lib/suggest';
import { contentFixture, setField, type FileChange } from '../support/fixture-content';

/** A fixed build day, so review-date rules do not change with the calendar. */
const TODAY = new Date('2026-11-22T00:00:00Z');

function messages(changes: Record<string, FileChange>): string[] {
  return checkContent(contentFixture(changes), { today: TODAY }).problems.map(formatProblem);
}

/** The guide the fixture's FAQ entry points to; the links below point to it as well. */
const TARGET = 'procedure/on-the-day.mdx';
/** Another guide that links to the target, to a section of it, and to a glossary term. */
const LINKING = { 'aftercare/guide-1.mdx': (text: string) => `${text}\nSee [the day itself](/procedure/on-the-day/) and [its first part](/procedure/on-the-day/#first-part).\n` };

describe('one mistake gives one message: a guide with errors still counts as a page', () => {
  it('a misspelt field: no "is missing" twin, no broken links or FAQ entries', () => {
    expect(messages({ ...LINKING, [TARGET]: (text) => text.replace('description:', 'descripton:') })).toMatchInlineSnapshot(`
      [
        "content/procedure/on-the-day.mdx: descripton is not a field of procedure guides. Did you mean "description"? Remove it or fix its spelling (procedure guides accept: title, description, order, summary, lastReviewed, nextReview, reviewedBy, sources, aliases, draft, translationOf, translatedBy, translationReviewed, durationMinutes).",
      ]
    `);
  });

  it('an impossible date says what is wrong with it', () => {
    expect(messages({ ...LINKING, [TARGET]: setField('lastReviewed', '2026-22-11') })).toMatchInlineSnapshot(`
      [
        "content/procedure/on-the-day.mdx: lastReviewed is not a date (found "2026-22-11"): 22 is not a month. Write the date as YYYY-MM-DD, the month (01 to 12) before the day; for 22 November write 2026-11-22.",
      ]
    `);
  });

  it('an unknown reviewer is matched to the nearest one', () => {
    expect(messages({ ...LINKING, [TARGET]: setField('reviewedBy', 'editorial-tem') })).toMatchInlineSnapshot(`
      [
        "content/procedure/on-the-day.mdx: reviewedBy names "editorial-tem", but content/reviewers/ has no editorial-tem.yaml. Did you mean "editorial-team"? Use one of: editorial-team.",
      ]
    `);
  });

  it('an unclosed tag says which tag and what to add; links to its sections are not checked against a page that did not parse', () => {
    expect(messages({ ...LINKING, [TARGET]: (text) => `${text}\n<CareCard level="urgent">\n\n- It gets worse.\n` })).toMatchInlineSnapshot(`
      [
        "content/procedure/on-the-day.mdx:37: <CareCard> on this line is never closed. Add </CareCard> on its own line where it should end, with a blank line before it.",
      ]
    `);
  });
});

describe('near misses are named', () => {
  it('internal link paths, with an example that is a real page', () => {
    const body = [
      'Read [guide 2](/aftercare/guide-2) and [day](/procedure/on-the-dya/) and [nowhere](/nowhere/at/all/).',
    ].join('\n');
    expect(messages({ 'aftercare/guide-1.mdx': (text) => `${text}\n${body}\n` })).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: links to /aftercare/guide-2, which is not a page of this site. Did you mean "/aftercare/guide-2/"? Link to an existing page, with its trailing slash.",
        "content/aftercare/guide-1.mdx:37: links to /procedure/on-the-dya/, which is not a page of this site. Did you mean "/procedure/on-the-day/"? Link to an existing page, with its trailing slash.",
        "content/aftercare/guide-1.mdx:37: links to /nowhere/at/all/, which is not a page of this site. Link to an existing page, with its trailing slash, for example /consultation/.",
      ]
    `);
  });

  it('sections, glossary ids and FAQ guide references', () => {
    expect(
      messages({
        'aftercare/guide-1.mdx': (text) => `${text}\nSee [the part](/aftercare/guide-2/#frist-part) and <Term id="colagen">collagen</Term>.\n`,
        'faq/does-it-hurt.yaml': (text) => text.replace('procedure/on-the-day', 'procedure/on-the-dya'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/faq/does-it-hurt.yaml: guide names "procedure/on-the-dya", which is not a guide. Did you mean "procedure/on-the-day"? Use <stage>/<id> of an existing guide.",
        "content/aftercare/guide-1.mdx:37: <Term id="colagen"> names no glossary term. Did you mean "collagen"? Add content/glossary/colagen.yaml or use an existing id.",
        "content/aftercare/guide-1.mdx:37: links to /aftercare/guide-2/#frist-part, but that page has no section #frist-part. Did you mean "first-part"? Use one of: summary-heading, first-part, second-part, third-part.",
      ]
    `);
  });
});

describe('whyNotADate', () => {
  it('says which part of a date is impossible; a real date or another format is left to the format message', () => {
    expect(
      ['2026-22-11', '2026-13-45', '2026-00-10', '2026-11-31', '2027-02-29', '2028-02-30', '2026-11-00', '22/11/2026', '2026-11-22'].map(
        (value) => `${value} → ${whyNotADate(value) ?? 'undefined'}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "2026-22-11 → 22 is not a month. Write the date as YYYY-MM-DD, the month (01 to 12) before the day; for 22 November write 2026-11-22",
        "2026-13-45 → 13 is not a month. Write the date as YYYY-MM-DD, the month (01 to 12) before the day",
        "2026-00-10 → 0 is not a month. Write the date as YYYY-MM-DD, the month (01 to 12) before the day",
        "2026-11-31 → 31 is not a day of November 2026, which has 30 days. Use a day from 01 to 30",
        "2027-02-29 → 29 is not a day of February 2027, which has 28 days (2027 is not a leap year). Use a day from 01 to 28",
        "2028-02-30 → 30 is not a day of February 2028, which has 29 days. Use a day from 01 to 29",
        "2026-11-00 → 0 is not a day: days start at 01. Use a day from 01 to 30",
        "22/11/2026 → undefined",
        "2026-11-22 → undefined",
      ]
    `);
  });
});

describe('closest', () => {
  it('finds the nearest candidate however far, and never the word itself', () => {
    expect(closest('/nowhere/', ['/nowhere/', '/faq/', '/plan/'])).toBe('/faq/');
    expect(closest('x', [])).toBeUndefined();
  });
});
