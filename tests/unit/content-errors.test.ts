import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contentFixture, setField, type FileChange } from '../support/fixture-content';

/** A fixed build day, so review-date rules do not change with the calendar. */
export const TODAY = new Date('2026-11-22T00:00:00Z');

/** The messages an author sees, one line per problem. */
function messages(changes: Record<string, FileChange>): string[] {
  return checkContent(contentFixture(changes), { today: TODAY }).problems.map(formatProblem);
}

const GUIDE = 'consultation/guide-1.mdx';

describe('content check', () => {
  it('passes the untouched fixture', () => {
    const result = checkContent(contentFixture(), { today: TODAY });
    expect(result.problems).toEqual([]);
    // Eight English guides and one Spanish translation (aftercare/es/guia-1).
    expect(result.guides).toHaveLength(9);
    expect(result.guides[0]).toMatchObject({ collection: 'consultation', id: 'guide-1', file: 'content/consultation/guide-1.mdx' });
  });

  it('names a missing title', () => {
    expect(messages({ [GUIDE]: setField('title', null) })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: title is missing. Add a title.",
      ]
    `);
  });

  it('says how long a too-long description is', () => {
    expect(messages({ [GUIDE]: setField('description', `"${'A long description of the stage. '.repeat(6)}"`) })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: description is too long: 197 characters, at most 160. Shorten it; search engines cut the rest.",
      ]
    `);
  });

  it('rejects a field that belongs to another stage', () => {
    expect(messages({ 'procedure/guide-2.mdx': setField('timeline', '[]') })).toMatchInlineSnapshot(`
      [
        "content/procedure/guide-2.mdx: timeline is not a field of procedure guides. Remove it or fix its spelling (procedure guides accept: title, description, order, summary, lastReviewed, nextReview, reviewedBy, sources, aliases, draft, translationOf, translatedBy, translationReviewed, durationMinutes).",
      ]
    `);
  });

  it('rejects a date that does not exist', () => {
    expect(messages({ [GUIDE]: setField('lastReviewed', '2026-13-45') })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: lastReviewed is not a date (found "2026-13-45"): 13 is not a month. Write the date as YYYY-MM-DD, the month (01 to 12) before the day.",
      ]
    `);
  });

  it('rejects nextReview before lastReviewed', () => {
    expect(messages({ [GUIDE]: setField('nextReview', '2025-01-01') })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: nextReview (2025-01-01) must be after lastReviewed (2026-11-01). Set the date the page is next due for review.",
      ]
    `);
  });

  it('rejects nextReview more than three years away', () => {
    expect(messages({ [GUIDE]: setField('nextReview', '2030-01-01') })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: nextReview (2030-01-01) is more than 3 years after lastReviewed (2026-11-01). Review medical pages at least every 3 years.",
      ]
    `);
  });

  it('names an unknown reviewer and the known ones', () => {
    expect(messages({ [GUIDE]: setField('reviewedBy', 'dr-who') })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: reviewedBy names "dr-who", but content/reviewers/ has no dr-who.yaml. Use one of: editorial-team.",
      ]
    `);
  });

  it('rejects a typo in a field name', () => {
    expect(messages({ [GUIDE]: (text) => text.replace('summary:', 'sumary:') })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: sumary is not a field of consultation guides. Did you mean "summary"? Remove it or fix its spelling (consultation guides accept: title, description, order, summary, lastReviewed, nextReview, reviewedBy, sources, aliases, draft, translationOf, translatedBy, translationReviewed, checklist).",
      ]
    `);
  });

  it('rejects a wrong type and a non-https source', () => {
    expect(
      messages({
        [GUIDE]: (text) => setField('order', 'first')(text).replace('https://www.aad.org', 'http://www.aad.org'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: order must be a whole number, unique within the stage, that sets the reading order (found "first").",
        "content/consultation/guide-1.mdx: sources[2].url must be a full https:// address (found "http://www.aad.org/news/microneedling").",
      ]
    `);
  });

  it('finds a duplicate order within a stage', () => {
    expect(messages({ 'aftercare/guide-2.mdx': setField('order', '1') })).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-2.mdx: order 1 is also used by content/aftercare/guide-1.mdx. Give each guide in content/aftercare/ its own order number.",
      ]
    `);
  });

  it('points at the line of an MDX syntax error', () => {
    expect(messages({ [GUIDE]: (text) => `${text}\n<Aside type="tip">\n\nNever closed.\n` })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx:37: <Aside> on this line is never closed. Add </Aside> on its own line where it should end, with a blank line before it.",
      ]
    `);
  });

  it('rejects an unknown content folder and an empty stage', () => {
    expect(
      messages({
        'procedures/x.mdx': 'x',
        'maintenance/guide-1.mdx': null,
        'maintenance/guide-2.mdx': null,
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/procedures/: is not a known content folder. Move its files into one of: content/consultation/, content/procedure/, content/aftercare/, content/maintenance/, content/topics/, content/reviewers/, content/glossary/, content/faq/, content/clinics/.",
        "content/maintenance/: has no guides. Add at least one .mdx guide: every stage needs one.",
      ]
    `);
  });

  it('checks data files and the guides FAQ entries point to', () => {
    expect(
      messages({
        'reviewers/editorial-team.yaml': (text) => `${text}email: someone@example.org\n`,
        'faq/does-it-hurt.yaml': (text) => text.replace('procedure/on-the-day', 'procedure/missing'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/reviewers/editorial-team.yaml: email is not a field of reviewer files. Remove it or fix its spelling (reviewer files accept: name, credentials, role, kind).",
        "content/faq/does-it-hurt.yaml: guide names "procedure/missing", which is not a guide. Use <stage>/<id> of an existing guide, for example procedure/guide-2.",
      ]
    `);
  });

  it('refuses a guide over the size limit with a clear message', () => {
    expect(messages({ [GUIDE]: (text) => `${text}\n${'Plain words. '.repeat(50_000)}\n` })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: is 636 KB; a guide may be at most 512 KB. Split it into several guides.",
      ]
    `);
  });
  // Moved from the full-build bad-input cases (tests/build/bad-input.test.ts): the build prints these same lines.
  it('names the line of broken YAML frontmatter', () => {
    expect(messages({ [GUIDE]: (text) => text.replace('title: "consultation guide 1"', 'title: "consultation guide 1') })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx:2: frontmatter is not valid YAML: Missing closing "quote. Check that line: close every quote, and put quotes around text that holds a colon.",
      ]
    `);
  });

  it('refuses two files that make the same guide id', () => {
    const twin = readFileSync(join(contentFixture(), 'content', 'consultation', 'guide-2.mdx'), 'utf8').replace(/^order: 2$/m, 'order: 5');
    expect(messages({ 'consultation/Guide 1.mdx': twin })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: makes the same guide id "guide-1" as content/consultation/Guide 1.mdx, so one would hide the other. Rename one of the files.",
      ]
    `);
  });

  it('names a missing image and where to put it', () => {
    expect(messages({ [GUIDE]: (text) => `${text}\n![A roller](./roller.png)\n` })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx:37: shows image ./roller.png, but there is no such file. Add it next to the guide or fix the path.",
      ]
    `);
  });

  it('refuses an image from outside the content or public/, before it looks for the file', () => {
    expect(messages({ [GUIDE]: (text) => `${text}\n![Keys](../../../../root/.ssh/id.png)\n\n![Site](/../package.png)\n` })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx:37: shows image ../../../../root/.ssh/id.png, which is outside the content folder: a build publishes no file from elsewhere. Save the image next to the guide and write ./name.png.",
        "content/consultation/guide-1.mdx:39: shows image /../package.png, which is outside public/: a build publishes no file from elsewhere. Save the image next to the guide and write ./name.png.",
      ]
    `);
  });

  it('names an empty title', () => {
    expect(messages({ [GUIDE]: setField('title', '""') })).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: title is empty. Write a title.",
      ]
    `);
  });
});
